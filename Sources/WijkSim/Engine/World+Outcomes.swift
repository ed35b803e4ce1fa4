/// docs/ODD.md §1.3 phases 7–8 (§3.4.19–3.4.22): outcomes, feedback, trust and awareness.
///
/// Feedback: a result reaches the resident with probability
/// `coverage · feedbackWithFollowUp + (1 − coverage) · (1 − feedbackGap)` on the
/// connector route (coverage = the share of follow-up the connector managed this week)
/// and `1 − feedbackGap` otherwise. Trust (asymmetric [X: Kampen 2006; E:004]):
/// connected with feedback: t += g·(1 − t); without: t += silentSuccessShare·g·(1 − t);
/// declined (an explained no): t += explainedNoShare·g·(1 − t); stranded or abandoned:
/// t −= l·t. A resident helped by a connector tells Poisson(wordOfMouthContacts)
/// neighbours, each becoming aware with the neighbourhood's cohesion [E:001 L455].
extension World {
    /// Ends request `r` with `outcome` and applies its feedback to the resident.
    mutating func close(_ r: Int, as outcome: Outcome) {
        leaveIntake(r)
        let request = requests[r]
        requests[r].stage = .closed
        requests[r].closedAs = outcome
        residents.flags[Int(request.resident)] -= 1
        if !request.touched && request.counted {
            tally.untouchedOpen[request.kind.rawValue] -= 1
            unitTally.hoodUntouched[Int(request.neighbourhood)] -= 1
        }
        if request.counted { record(request, outcome) }
        if outcome == .connected && request.route == .connector { reinforceCooperation(request) }
        applyTrust(r, request, outcome)
    }

    /// Whether an abandoned request was abandoned *in a queue*, before anyone took it up: it still
    /// waited for a connector's intake (never touched), or — general channel and app — for the
    /// departments' first decision (nothing accepted yet). `request` is the state before closing.
    func abandonedInQueue(_ request: Request) -> Bool {
        !request.touched || (request.route != .connector && request.stage == .atDepartments && request.accepted == 0)
    }

    /// Whether a request belongs to the *cohort* of the cohort connection rate: raised early
    /// enough that the mean patience of its kind, rounded up to whole weeks, ends within the
    /// simulated weeks (`raisedWeek + ⌈patienceWeeks[kind]⌉ ≤ T`). Requests raised later are
    /// cut off by the horizon rather than by the model, so they are left out.
    @inline(__always)
    func isInCohort(_ request: Request) -> Bool {
        let patience = scenario.residents.patienceWeeks[request.kind].rounded(.up)
        return Double(request.raisedWeek) + patience <= Double(totalWeeks)
    }

    /// Departments that carried out a connector's request value the connector more and the
    /// personal tie grows (the reinforcing loop [E:001 L606]):
    /// awareness += a·(1 − awareness), tie += t·(1 − tie) for every department involved.
    private mutating func reinforceCooperation(_ request: Request) {
        let c = Int(request.connector)
        let awarenessGain = scenario.departmentBehaviour.awarenessGainPerSuccess
        let tieGain = scenario.connectorTeam.tieGainPerSuccess
        var m = request.accepted & request.done
        while m != 0 {
            let d = m.trailingZeroBitCount
            m &= m - 1
            departments[d].awareness += awarenessGain * (1 - departments[d].awareness)
            if c >= 0 { connectors[c].ties[d] += tieGain * (1 - connectors[c].ties[d]) }
        }
    }

    private mutating func record(_ request: Request, _ outcome: Outcome) {
        let kind = request.kind.rawValue
        tally.outcomes[kind * 4 + outcome.rawValue] += 1
        unitTally.hoodOutcomes[Int(request.neighbourhood) * 4 + outcome.rawValue] += 1
        let connected = outcome == .connected
        if outcome == .abandoned && abandonedInQueue(request) { tally.abandonedInQueue[kind] += 1 }
        if connected && isInCohort(request) { tally.cohortConnected[kind] += 1 }
        let byDepartments = min(3, request.departmentCount)
        tally.resolvedByDepartments[byDepartments] += 1
        if request.route == .connector && !request.fromDepartment {
            tally.connectorRouteResolved[kind] += 1
            if connected { tally.connectorRouteConnected[kind] += 1 }
            let slot = Int(request.connector) * 4 + kind
            unitTally.connectorClosed[slot] += 1
            if connected { unitTally.connectorConnected[slot] += 1 }
            if week >= warmupWeeks {
                tally.weekRouteResolved += 1
                if connected { tally.weekRouteConnected += 1 }
            }
        } else if request.route != .connector {
            tally.generalResolved += 1
            if connected { tally.generalConnected += 1 }
        }
        if connected {
            tally.connectedByFlow[FlowRoute(request).rawValue * RequestKind.count + kind] += 1
            tally.connectedByDepartments[byDepartments] += 1
            let weeks = min(week - Int(request.raisedWeek), totalWeeks)
            tally.timeHistogram[kind][weeks] += 1
        }
        if week >= warmupWeeks {
            tally.weekResolved += 1
            if connected { tally.weekConnected += 1 }
        }
    }

    private mutating func applyTrust(_ r: Int, _ request: Request, _ outcome: Outcome) {
        let t = scenario.trust
        let slot = Int(request.resident)
        let before = Double(residents.trust[slot])
        var after = before
        switch outcome {
        case .connected:
            let c = Int(request.connector)
            let gap = scenario.barriers.feedbackGap
            var feedback = 1 - gap
            if request.route == .connector && c >= 0 && isInPost(c) {
                let coverage = connectors[c].followUpCoverage
                feedback = coverage * scenario.connectorTeam.feedbackWithFollowUp + (1 - coverage) * (1 - gap)
            }
            let heard = requests[r].rng.bernoulli(feedback)
            after += (heard ? 1 : t.silentSuccessShare) * t.gainOnSuccess * (1 - before)
            if heard && request.route == .connector { spreadWord(neighbourhood: Int(request.neighbourhood)) }
        case .declined:
            after += t.explainedNoShare * t.gainOnSuccess * (1 - before)
        case .stranded, .abandoned:
            after -= t.lossOnFailure * before
        case .untouched, .inProgress:
            return
        }
        let stored = setTrust(slot: slot, to: min(1, max(0, after))).after
        guard request.counted else { return }
        if request.route == .connector && !request.fromDepartment {
            tally.connectorTrustDelta += stored - before
            tally.connectorTrustCount += 1
        } else if request.route != .connector {
            tally.generalTrustDelta += stored - before
            tally.generalTrustCount += 1
        }
        if outcome == .connected {
            tally.trustGainSum += stored - before
            tally.trustGainCount += 1
        }
        if outcome == .stranded || outcome == .abandoned {
            tally.trustLossSum += before - stored
            tally.trustLossCount += 1
        }
    }

    /// Personal contact with a connector on request `r`: trust += contactGain · (1 − trust);
    /// counted in the connector route's trust change per request.
    mutating func meetConnector(_ r: Int) {
        let slot = Int(requests[r].resident)
        let before = Double(residents.trust[slot])
        let after = setTrust(slot: slot, to: min(1, before + scenario.trust.contactGain * (1 - before))).after
        if requests[r].counted && !requests[r].fromDepartment { tally.connectorTrustDelta += after - before }
    }

    /// A helped resident tells Poisson(wordOfMouthContacts) random neighbours.
    private mutating func spreadWord(neighbourhood hood: Int) {
        let contacts = rng.trust.poisson(mean: scenario.residents.wordOfMouthContacts)
        let cohesion = scenario.municipality.neighbourhoods[hood].cohesion
        for _ in 0..<contacts {
            let i = residents.randomResident(in: hood, using: &rng.trust)
            if rng.trust.bernoulli(cohesion) { makeAware(i) }
        }
    }

    /// Connector presence (outreach, newspaper, bewonersavonden): Poisson(population ·
    /// outreachPerYear / 52) random residents of each served neighbourhood hear of it.
    mutating func runOutreach() {
        let rate = scenario.residents.outreachPerYear / Double(EngineConstants.weeksPerYear)
        guard rate > 0 else { return }
        for hood in connectorsByNeighbourhood.indices {
            var served = false
            for c in connectorsByNeighbourhood[hood] where isInPost(c) { served = true }
            guard served else { continue }
            let population = Double(residents.start[hood + 1] - residents.start[hood])
            let contacts = rng.trust.poisson(mean: population * rate)
            for _ in 0..<contacts { makeAware(residents.randomResident(in: hood, using: &rng.trust)) }
        }
    }

    /// Weekly pass over open requests: residents give up past their patience; the
    /// connector counts what it follows up next week and escalates stalled requests.
    mutating func reviewOpenRequests() {
        for c in connectors.indices { connectors[c].followUpLoad = 0 }
        let stall = scenario.requests.stallWeeks
        var kept = 0
        for index in openRequests.indices {
            let id = openRequests[index]
            let r = Int(id)
            if requests[r].stage != .closed && Int(requests[r].deadlineWeek) <= week {
                close(r, as: .abandoned)
            }
            guard requests[r].stage != .closed else { continue }
            openRequests[kept] = id
            kept += 1
            let c = Int(requests[r].connector)
            guard requests[r].route == .connector, c >= 0, requests[r].stage != .atConnector else { continue }
            connectors[c].followUpLoad += 1
            if requests[r].stage == .atDepartments && requests[r].accepted != 0 && !requests[r].escalated
                && week - Int(requests[r].stageWeek) == stall && decidesToEscalate(r, connector: c) {
                let stalled = requests[r].accepted & ~requests[r].done
                if stalled != 0 { startEscalation(r, department: stalled.trailingZeroBitCount, afterRefusal: false) }
            }
        }
        openRequests.removeSubrange(kept...)
    }
}
