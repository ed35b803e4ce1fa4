/// docs/ODD.md §1.3 phase 2 (§3.4.7–3.4.9): residents raise requests.
///
/// Resident i has a *candidate* ask in a week with probability 1 − exp(−λᵢ), where
/// λᵢ = requestsPerYear / 52 · (1 + w) · activityᵢ is the rate at the highest trust
/// (w = trustEffectOnAsking). A candidate becomes a request with probability
/// m(trust)/(1 + w), m(trust) = 1 − w + 2·w·trust (thinning, using the trust the
/// resident has at that moment), and only if the resident has fewer than
/// `maxOpenRequests` open. Instead of visiting every resident every week, the
/// calendar holds each materialised resident's next candidate week, drawn as
/// `week + 1 + ⌊Exponential(1) / λᵢ⌋` (the geometric gap of that Bernoulli process);
/// residents who have not had a candidate ask yet join the calendar at their first one,
/// drawn from the pool (``World/drawFirstAsks()``).
extension World {
    mutating func raiseRequests() {
        drawFirstAsks()
        let p = scenario.residents
        let w = p.trustEffectOnAsking
        let bound = 1 + w
        var generator = rng.arrivals
        var i = bucketHead[week]
        bucketHead[week] = -1
        while i >= 0 {
            let slot = Int(i)
            i = residents.nextInBucket[slot]
            knowTrust(slot: slot)
            let trust = Double(residents.trust[slot])
            let accept = (1 - w + 2 * w * trust) / bound
            if generator.uniform() < accept && residents.openRequests(slot: slot) < p.maxOpenRequests {
                raiseRequest(slot: slot, kind: nil, department: -1, origin: 0)
            }
            scheduleCandidate(slot, after: week, using: &generator)
        }
        rng.arrivals = generator
    }

    /// Puts record `slot`'s next candidate ask in the calendar: the first week after `week`
    /// of a Bernoulli process with per-week probability 1 − exp(−rate), i.e. `week + 1 + ⌊E / rate⌋`.
    mutating func scheduleCandidate(_ slot: Int, after week: Int, using generator: inout Xoshiro256StarStar) {
        let rate = Double(residents.askRate[slot])
        guard rate > 0 else { return }
        let gap = generator.exponential(mean: 1) / rate
        guard gap < Double(totalWeeks - week) else { return }
        let next = week + 1 + Int(gap)
        guard next < totalWeeks else { return }
        residents.nextInBucket[slot] = bucketHead[next]
        bucketHead[next] = Int32(slot)
    }

    @inline(__always)
    private func drawKind(using generator: inout Xoshiro256StarStar) -> RequestKind {
        let mix = scenario.requests.mix
        let u = generator.uniform()
        if u < mix.question { return .question }
        if u < mix.question + mix.signal { return .signal }
        if u < mix.question + mix.signal + mix.initiative { return .initiative }
        return .conflict
    }

    /// Creates a request and routes it: to a connector in post for aware residents (or
    /// department call-ins), to the app for small signals under app triage, else to the general channel.
    ///
    /// Every draw about the request comes from its own generator
    /// (``RandomStreams/requestGenerator(resident:week:origin:)``), kept in the request.
    /// - Parameters:
    ///   - kind: the kind, or nil to draw it from `requests.mix`.
    ///   - department: the department whose plan caused a conflict (a call-in), or -1.
    ///   - origin: 0 for a resident's own ask, 1 + plan number for a call-in.
    mutating func raiseRequest(resident: Int, kind: RequestKind?, department: Int, origin: Int) {
        raiseRequest(slot: materialise(resident), kind: kind, department: department, origin: origin)
    }

    /// As ``raiseRequest(resident:kind:department:origin:)``, for the resident of record `slot`
    /// (whose trust is drawn now if it was not: every raiser's trust is read when its request closes).
    mutating func raiseRequest(slot: Int, kind: RequestKind?, department: Int, origin: Int) {
        knowTrust(slot: slot)
        let resident = residents.id(ofSlot: slot)
        var generator = rng.requestGenerator(resident: resident, week: week, origin: origin)
        let fromDepartment = department >= 0
        let kind = kind ?? drawKind(using: &generator)
        let hood = Int(residents.hood[slot])
        var needed: UInt64 = 0
        if department >= 0 {
            needed = 1 << UInt64(department)
        } else if !generator.bernoulli(scenario.requests.noDepartmentShare[kind]) {
            let shares = scenario.requests.departmentCountShares
            var u = generator.uniform(), count = shares.count
            for (index, share) in shares.enumerated() {
                if u < share { count = index + 1; break }
                u -= share
            }
            needed = drawDepartments(count: count, using: &generator)
        }
        let isInitiative = kind == .initiative
        let needsDecision = isInitiative && generator.bernoulli(scenario.requests.initiativeDecisionShare)
        let liability = isInitiative && generator.bernoulli(scenario.requests.initiativeLiabilityShare)
        let patience = generator.exponential(mean: scenario.residents.patienceWeeks[kind])
        let cost = needsDecision ? generator.exponential(mean: scenario.council.meanInitiativeCost) : 0
        let counted = week >= warmupWeeks

        var route = Route.general
        var connector = -1
        if fromDepartment || resolveAwareness(resident) {
            connector = pickConnector(neighbourhood: hood)
            if connector >= 0 { route = .connector }
        }
        if route == .connector && effective.hasAppTriage && kind == .signal && needed.nonzeroBitCount == 1
            && !fromDepartment && generator.bernoulli(scenario.interventions.appTriage.share) {
            route = .app
            connector = -1
        } else if route == .general && effective.hasAppTriage && kind == .signal && needed.nonzeroBitCount == 1 {
            route = .app
        }
        if route != .connector && needed == 0 {
            // Without a connector nobody settles it directly: the front office forwards it to one department.
            needed = drawDepartments(count: 1, using: &generator)
        }
        let misrouted = route == .connector && !fromDepartment && generator.bernoulli(effective.misrouteProbability)
        let request = Request(
            resident: Int32(slot), raisedWeek: Int32(week),
            deadlineWeek: Int32(min(Double(totalWeeks + 1), Double(week) + patience.rounded(.up))),
            stageWeek: Int32(week), connector: Int16(connector), neighbourhood: Int16(hood), kind: kind,
            route: route, stage: .atConnector, touched: false,
            misrouted: misrouted,
            fromDepartment: fromDepartment, needsDecision: needsDecision, liability: liability,
            hasOwner: false, counted: counted, escalated: false,
            connectorHoursLeft: Float(scenario.requests.connectorHours[kind]), needed: needed, accepted: 0, done: 0,
            prioritised: 0, cost: Float(cost), rng: generator)
        let id = Int32(requests.count)
        requests.append(request)
        openRequests.append(id)
        residents.flags[slot] += 1
        if counted {
            residents.status[slot] |= ResidentPopulation.askedBit
            tally.raised[kind.rawValue] += 1
            tally.untouchedOpen[kind.rawValue] += 1
            tally.weekRaised += 1
            if isInCohort(request) { tally.cohortRaised[kind.rawValue] += 1 }
            unitTally.hoodRaised[hood] += 1
            unitTally.hoodUntouched[hood] += 1
        }
        if route == .connector {
            connectors[connector].queues[kind.rawValue].append(id)
            connectors[connector].backlog += 1
        } else {
            markTouched(Int(id))
            handOver(Int(id))
        }
    }

    /// Draws `count` distinct departments, weighted by `requestWeight`, as a bit mask.
    @inline(__always)
    private func drawDepartments(count: Int, using generator: inout Xoshiro256StarStar) -> UInt64 {
        var mask: UInt64 = 0
        let total = departmentWeights.last ?? 0
        var attempts = 0
        while mask.nonzeroBitCount < count {
            attempts += 1
            var d = 0
            if total > 0 && attempts < 64 {
                let u = generator.uniform() * total
                while d < departmentWeights.count - 1 && departmentWeights[d] <= u { d += 1 }
            } else {
                // Weights exhausted (zero-weight departments): take the first ones not yet chosen.
                while mask & (1 << UInt64(d)) != 0 { d += 1 }
            }
            mask |= 1 << UInt64(d)
        }
        return mask
    }

    /// A connector in post serving `neighbourhood` (the least loaded, ties by id), or -1.
    @inline(__always)
    func pickConnector(neighbourhood: Int) -> Int {
        var best = -1
        var bestLoad = Int.max
        for c in connectorsByNeighbourhood[neighbourhood] where isInPost(c) {
            let load = connectors[c].backlog
            if load < bestLoad { best = c; bestLoad = load }
        }
        return best
    }
}
