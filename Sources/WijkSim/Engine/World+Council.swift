/// docs/ODD.md §1.3 phase 6 (§3.4.17–3.4.18): the council decides on initiatives and handles escalations.
///
/// The college meets every `meetingIntervalWeeks` (not in the freeze before an
/// election). Each waiting initiative it can fund from the year's budget is
/// approved with `approvalRate`, then stopped late by an alderman with
/// `politicalVeto` [E:002]. Initiatives it cannot fund wait for the next year.
/// Escalations take effect after the portfolio's delay and succeed with the
/// portfolio's probability [E:001 L494, L616].
extension World {
    mutating func runCouncil() {
        resolveEscalations()
        let c = scenario.council
        guard week % c.meetingIntervalWeeks == 0, !isElectionFreeze else { return }
        var kept = 0
        for index in councilQueue.indices {
            let r = Int(councilQueue[index])
            guard requests[r].stage == .atCouncil else { continue }
            let cost = Double(requests[r].cost)
            guard cost <= councilBudget else {
                councilQueue[kept] = councilQueue[index]
                kept += 1
                continue
            }
            let recorded = week >= warmupWeeks
            if recorded { tally.councilDecisions += 1 }
            guard requests[r].rng.bernoulli(c.approvalRate) else {
                close(r, as: .declined)
                continue
            }
            if requests[r].rng.bernoulli(scenario.barriers.politicalVeto) {
                // Stopped late: only a connector explains it.
                if requests[r].route == .connector && requests[r].rng.bernoulli(scenario.connectorTeam.explainRefusal) {
                    close(r, as: .declined)
                } else {
                    close(r, as: .stranded)
                }
                continue
            }
            if recorded { tally.councilApprovals += 1 }
            councilBudget -= cost
            close(r, as: .connected)
        }
        councilQueue.removeSubrange(kept...)
    }

    /// Whether decisions are frozen before an election [E:000].
    var isElectionFreeze: Bool {
        let c = scenario.council
        guard c.electionIntervalWeeks > 0, week >= c.firstElectionWeek - c.electionFreezeWeeks else { return false }
        let sinceFirst = week - c.firstElectionWeek
        // Weeks until the next election at or after this week.
        let untilNext = sinceFirst <= 0 ? -sinceFirst
            : (c.electionIntervalWeeks - sinceFirst % c.electionIntervalWeeks) % c.electionIntervalWeeks
        return untilNext > 0 && untilNext <= c.electionFreezeWeeks
    }

    /// Sends request `r` up the line over department `d`'s head; the tie with `d` suffers.
    mutating func startEscalation(_ r: Int, department d: Int, afterRefusal: Bool) {
        let c = Int(requests[r].connector)
        let team = scenario.connectorTeam
        connectors[c].ties[d] = max(0, connectors[c].ties[d] - team.tieLossPerEscalation)
        requests[r].escalated = true
        if afterRefusal { requests[r].stage = .escalating }
        let delay = Int(scenario.council.escalationDelayWeeks[effective.portfolio].rounded())
        escalations.append(PendingEscalation(
            request: Int32(r), department: Int16(d), afterRefusal: afterRefusal, dueWeek: Int32(week + delay),
            counted: week >= warmupWeeks))
        if week >= warmupWeeks {
            tally.escalationsAttempted += 1
            tally.weekEscalations += 1
        }
    }

    /// Escalations that are due succeed (the departments comply, with priority) or fail
    /// (after a refusal: the refusal stands).
    private mutating func resolveEscalations() {
        var kept = 0
        for index in escalations.indices {
            let e = escalations[index]
            guard Int(e.dueWeek) <= week else {
                escalations[kept] = e
                kept += 1
                continue
            }
            let r = Int(e.request)
            let pending = e.afterRefusal ? requests[r].stage == .escalating : requests[r].stage == .atDepartments
            guard pending else { continue }
            let succeeds = requests[r].rng.bernoulli(scenario.council.escalationSuccess[effective.portfolio])
            if succeeds && e.counted { tally.escalationsSuccessful += 1 }
            if e.afterRefusal {
                guard succeeds else {
                    giveUp(r)
                    continue
                }
                requests[r].stage = .atDepartments
                requests[r].stageWeek = Int32(week)
                var m = requests[r].needed & ~requests[r].accepted
                while m != 0 {
                    let d = m.trailingZeroBitCount
                    m &= m - 1
                    accept(r, department: d, priority: true)
                }
            } else if succeeds {
                // A stalled request: its waiting tasks move to the priority queues.
                var m = requests[r].accepted & ~requests[r].done & ~requests[r].prioritised
                while m != 0 {
                    let d = m.trailingZeroBitCount
                    m &= m - 1
                    accept(r, department: d, priority: true)
                }
            }
        }
        escalations.removeSubrange(kept...)
    }
}
