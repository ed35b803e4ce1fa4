/// Keeps the request store proportional to the open requests, not to all requests
/// ever raised: closed requests are dropped and the open ones renumbered.
///
/// Behaviour-preserving by construction: every queue keeps its order; entries of
/// closed requests are dropped where skipping them costs nothing (connector queues,
/// pending decisions, escalations, the council queue) and kept as closed
/// placeholders (`request == -1`) where skipping them still matters (department
/// tasks, whose hours count in the backlog until the department reaches them).
/// A test runs the same replicate with compaction every week and never, and
/// expects identical results.
extension World {
    /// Compacts when closed requests outnumber open ones three to one (and at least
    /// `compactionMinimum` requests are stored).
    mutating func compactIfWorthwhile() {
        let stored = requests.count
        guard stored >= compactionMinimum, stored >= 4 * openRequests.count else { return }
        compactRequests()
    }

    mutating func compactRequests() {
        var newIndex = [Int32](repeating: -1, count: requests.count)
        var kept: [Request] = []
        // Room for the requests raised until the next compaction, so the store rarely regrows.
        kept.reserveCapacity(max(openRequests.count * 4, compactionMinimum, 64))
        for id in openRequests where requests[Int(id)].stage != .closed {
            newIndex[Int(id)] = Int32(kept.count)
            kept.append(requests[Int(id)])
        }
        func remap(_ id: Int32) -> Int32? {
            id < 0 ? nil : (newIndex[Int(id)] < 0 ? nil : newIndex[Int(id)])
        }
        openRequests = (0..<Int32(kept.count)).map { $0 }
        for c in connectors.indices {
            for k in connectors[c].queues.indices { connectors[c].queues[k].compactMap(remap) }
        }
        for d in departments.indices {
            let placeholder: (DepartmentTask) -> DepartmentTask? = { task in
                DepartmentTask(request: remap(task.request) ?? -1, hoursLeft: task.hoursLeft)
            }
            departments[d].queue.compactMap(placeholder)
            departments[d].priorityQueue.compactMap(placeholder)
        }
        pendingDecisions = pendingDecisions.compactMap { p in remap(p.request).map { PendingDecision(request: $0, dueWeek: p.dueWeek) } }
        escalations = escalations.compactMap { e in
            remap(e.request).map { PendingEscalation(request: $0, department: e.department, afterRefusal: e.afterRefusal, dueWeek: e.dueWeek, counted: e.counted) }
        }
        councilQueue = councilQueue.compactMap(remap)
        requests = kept
    }
}
