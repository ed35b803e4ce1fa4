/// docs/ODD.md §1.3 phase 1b and phase 4 (§3.4.6 Connector week opens, §3.4.11–3.4.13):
/// connectors get their week's hours and work their queues within them.
///
/// Order within a connector's week: follow-up of its requests at departments
/// (`followUpHours` each; the share it manages is its follow-up coverage), then
/// intake. Intake hours are first split over the four role queues by emphasis,
/// then left-over hours spill to the queues in emphasis order; each queue is
/// served oldest first. Work that does not fit waits; a request never worked
/// on is *untouched*.
extension World {
    /// Gives every connector in post its week's hours.
    mutating func openConnectorWeek() {
        for c in connectors.indices {
            let hours = isInPost(c) ? connectors[c].hoursPerWeek : 0
            connectors[c].hoursLeft = hours
            if week >= warmupWeeks {
                tally.connectorHoursAvailable += hours
                unitTally.connectorHoursAvailable[c] += hours
                if !isInPost(c) && !effective.hasNoConnectors && week >= connectors[c].startWeek { tally.vacancyWeeks += 1 }
            }
        }
    }

    mutating func runConnectors() {
        let followUp = scenario.requests.followUpHours
        let recorded = week >= warmupWeeks
        for c in connectors.indices where isInPost(c) {
            let available = connectors[c].hoursLeft
            let needed = Double(connectors[c].followUpLoad) * followUp
            let spent = min(available, needed)
            connectors[c].followUpCoverage = needed > 0 ? spent / needed : 1
            connectors[c].hoursLeft = available - spent
            var used = spent
            let intake = connectors[c].hoursLeft
            var leftover = 0.0
            for k in connectors[c].emphasisOrder {
                let budget = intake * connectors[c].emphasis[k]
                let rest = workQueue(connector: c, kind: k, hours: budget)
                leftover += rest
                used += budget - rest
            }
            for k in connectors[c].emphasisOrder where leftover > 1e-9 {
                let rest = workQueue(connector: c, kind: k, hours: leftover)
                used += leftover - rest
                leftover = rest
            }
            connectors[c].hoursLeft = leftover
            if recorded {
                tally.connectorHoursUsed += used
                unitTally.connectorHoursUsed[c] += used
            }
        }
    }

    /// Works queue `kind` of connector `c` with `hours`; returns the hours left.
    private mutating func workQueue(connector c: Int, kind: Int, hours: Double) -> Double {
        var hours = hours
        while hours > 1e-9, let id = connectors[c].queues[kind].first {
            let r = Int(id)
            if requests[r].stage == .closed {
                _ = connectors[c].queues[kind].popFirst()
                continue
            }
            if !requests[r].touched {
                if requests[r].misrouted {
                    requests[r].connectorHoursLeft = Float(scenario.requests.misrouteHours)
                } else {
                    meetConnector(r)
                }
            }
            markTouched(r)
            let need = Double(requests[r].connectorHoursLeft)
            if need > hours {
                requests[r].connectorHoursLeft = Float(need - hours)
                return 0
            }
            hours -= need
            requests[r].connectorHoursLeft = 0
            _ = connectors[c].queues[kind].popFirst()
            finishIntake(r, connector: c)
        }
        return hours
    }

    /// After intake: a misrouted contact goes to the general channel; the connector
    /// settles what it can (mandate, or no department needed: success = role skill);
    /// everything else is handed over.
    private mutating func finishIntake(_ r: Int, connector c: Int) {
        if requests[r].counted { unitTally.connectorIntakes[c] += 1 }
        if requests[r].misrouted {
            if requests[r].counted { tally.misrouted += 1 }
            leaveIntake(r)
            requests[r].route = .general
            requests[r].connector = -1
            if requests[r].needed == 0 { requests[r].needed = forwardingDepartment(r) }
            handOver(r)
            return
        }
        let kind = requests[r].kind
        if effective.hasMandate && requests[r].departmentCount <= 1 && !requests[r].needsDecision {
            let m = scenario.interventions.connectorMandate
            let cost = requests[r].rng.exponential(mean: m.meanCost)
            if cost <= connectors[c].mandateBudget {
                connectors[c].mandateBudget -= cost
                if requests[r].rng.bernoulli(m.success) {
                    close(r, as: .connected)
                    return
                }
            }
        }
        if requests[r].needed == 0 {
            let skill = connectors[c].skill(kind)
            if requests[r].rng.bernoulli(skill) {
                close(r, as: .connected)
                return
            }
            // The connector could not settle it: fetch a colleague in one department.
            requests[r].needed = forwardingDepartment(r)
        }
        handOver(r)
    }

    /// One department drawn by `requestWeight` (request `r`'s stream), as a bit mask: where
    /// work goes that turned out to need a department after all.
    private mutating func forwardingDepartment(_ r: Int) -> UInt64 {
        let total = departmentWeights.last ?? 0
        var d = 0
        if total > 0 {
            let u = requests[r].rng.uniform() * total
            while d < departmentWeights.count - 1 && departmentWeights[d] <= u { d += 1 }
        }
        return 1 << UInt64(d)
    }

    /// Request `r` leaves its connector's intake queue (handed over or closed): the
    /// connector's backlog count drops once; the stage moves on from `.atConnector`.
    mutating func leaveIntake(_ r: Int) {
        guard requests[r].stage == .atConnector else { return }
        requests[r].stage = .atDepartments
        let c = Int(requests[r].connector)
        if c >= 0 && requests[r].route == .connector { connectors[c].backlog -= 1 }
    }

    /// Marks request `r` as worked on (it stops counting as untouched).
    mutating func markTouched(_ r: Int) {
        guard !requests[r].touched else { return }
        requests[r].touched = true
        if requests[r].counted {
            tally.untouchedOpen[requests[r].kind.rawValue] -= 1
            unitTally.hoodUntouched[Int(requests[r].neighbourhood)] -= 1
        }
    }

    /// Hands request `r` to its departments; they decide after a response time of
    /// ⌊Exponential(responseWeeks[kind])⌋ weeks (step 5).
    /// Cross-domain requests get an owner under an integral table, or (initiatives)
    /// under an initiative process; then the departments decide once, together.
    mutating func handOver(_ r: Int) {
        leaveIntake(r)
        let count = requests[r].departmentCount
        requests[r].stage = .atDepartments
        requests[r].stageWeek = Int32(week)
        requests[r].hasOwner = count >= 2
            && (effective.hasIntegralTable || (effective.hasInitiativeProcess && requests[r].kind == .initiative))
        if requests[r].route == .connector && week >= warmupWeeks {
            tally.contactsByConnectors += count
            tally.handovers += 1
        }
        let delay = requests[r].rng.exponential(mean: scenario.departmentBehaviour.responseWeeks[requests[r].kind])
        pendingDecisions.append(PendingDecision(request: Int32(r), dueWeek: Int32(week + Int(delay))))
    }

    /// Connector `c` decides whether to escalate request `r`; returns true if it does
    /// [E:001 L492-494]. Probability: escalationPropensity · (1 − effective stigma).
    mutating func decidesToEscalate(_ r: Int, connector c: Int) -> Bool {
        guard c >= 0, isInPost(c) else { return false }
        if week >= warmupWeeks { tally.escalationOpportunities += 1 }
        let p = connectors[c].escalationPropensity * (1 - effective.escalationStigma)
        return requests[r].rng.bernoulli(p)
    }
}
