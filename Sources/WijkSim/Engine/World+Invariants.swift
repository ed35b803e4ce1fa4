/// Invariants of a replicate, checked every week in tests.
extension World {
    /// Traps with the offending values when an invariant fails: conservation per kind,
    /// untouched within open, trust and awareness in range, non-negative counts.
    func checkInvariants() {
        var openByKind = [Int](repeating: 0, count: RequestKind.count)
        var untouchedByKind = [Int](repeating: 0, count: RequestKind.count)
        for id in openRequests {
            let request = requests[Int(id)]
            guard request.counted, request.stage != .closed else { continue }
            openByKind[request.kind.rawValue] += 1
            if !request.touched { untouchedByKind[request.kind.rawValue] += 1 }
        }
        for kind in 0..<RequestKind.count {
            let closed = [Outcome.connected, .declined, .stranded, .abandoned].reduce(0) { $0 + tally.outcomeCount(kind, $1) }
            precondition(tally.raised[kind] == closed + openByKind[kind],
                         "week \(week) kind \(kind): raised \(tally.raised[kind]) != closed \(closed) + open \(openByKind[kind])")
            precondition(tally.untouchedOpen[kind] == untouchedByKind[kind],
                         "week \(week) kind \(kind): untouched tally \(tally.untouchedOpen[kind]) != \(untouchedByKind[kind])")
        }
        var waiting = [Int](repeating: 0, count: connectors.count)
        for id in openRequests where requests[Int(id)].stage == .atConnector && requests[Int(id)].route == .connector {
            waiting[Int(requests[Int(id)].connector)] += 1
        }
        for c in connectors.indices {
            precondition(connectors[c].backlog == waiting[c], "week \(week) connector \(c): backlog \(connectors[c].backlog) != \(waiting[c])")
        }
        precondition(awareCount >= 0 && awareCount <= residents.count, "week \(week): aware \(awareCount)")
        for d in departments.indices {
            precondition((0...1).contains(departments[d].awareness), "week \(week): department \(d) awareness \(departments[d].awareness)")
            precondition(departments[d].backlogHours > -1e-6, "week \(week): department \(d) backlog \(departments[d].backlogHours)")
        }
        for c in connectors.indices {
            for tie in connectors[c].ties { precondition((0...1).contains(tie), "week \(week): connector \(c) tie \(tie)") }
        }
        var sum = 0.0
        for t in residents.trust {
            precondition(t >= 0 && t <= 1, "week \(week): trust \(t)")
            sum += Double(t)
        }
        precondition(abs(sum - trustSum) < 1e-6 * Double(max(1, residents.count)), "week \(week): trust sum \(sum) vs \(trustSum)")
    }
}
