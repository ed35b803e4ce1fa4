/// Invariants of a replicate, checked every week in tests.
extension World {
    /// Traps with the first broken invariant of ``invariantViolations()``.
    func checkInvariants() {
        if let first = invariantViolations().first { preconditionFailure(first) }
    }

    /// Every broken invariant, one message each, in a fixed order (empty when all hold):
    /// conservation per kind (raised = closed + open), connected requests by flow add up to the
    /// connected ones, the untouched tally equals the untouched open requests, the same two
    /// per neighbourhood (``UnitTally``), each connector's backlog equals its waiting requests,
    /// 0 ≤ aware residents ≤ residents, department awareness and connector ties in [0, 1],
    /// department backlog hours ≥ −1e−6, every read resident's trust in [0, 1], the running
    /// trust change within 1e−6 per record of Σ (trust − initial trust) over the records, and
    /// per neighbourhood: latent + known awareness = population (the same for unread + read
    /// trust), aware = latent aware + known aware, 0 ≤ latent aware ≤ latent, no aware bit
    /// without its known bit.
    /// Reads state only; costs O(residents / 64 + records + open requests + connectors × departments).
    func invariantViolations() -> [String] {
        var problems: [String] = []
        var openByKind = [Int](repeating: 0, count: RequestKind.count)
        var untouchedByKind = [Int](repeating: 0, count: RequestKind.count)
        let hoods = unitTally.hoodRaised.count
        var openByHood = [Int](repeating: 0, count: hoods), untouchedByHood = [Int](repeating: 0, count: hoods)
        for id in openRequests {
            let request = requests[Int(id)]
            guard request.counted, request.stage != .closed else { continue }
            openByKind[request.kind.rawValue] += 1
            openByHood[Int(request.neighbourhood)] += 1
            if !request.touched {
                untouchedByKind[request.kind.rawValue] += 1
                untouchedByHood[Int(request.neighbourhood)] += 1
            }
        }
        for h in 0..<hoods {
            let closed = (0..<4).reduce(0) { $0 + unitTally.hoodOutcomes[h * 4 + $1] }
            if unitTally.hoodRaised[h] != closed + openByHood[h] {
                problems.append("week \(week) neighbourhood \(h): raised \(unitTally.hoodRaised[h]) != closed \(closed) + open \(openByHood[h])")
            }
            if unitTally.hoodUntouched[h] != untouchedByHood[h] {
                problems.append("week \(week) neighbourhood \(h): untouched tally \(unitTally.hoodUntouched[h]) != \(untouchedByHood[h])")
            }
        }
        for kind in 0..<RequestKind.count {
            let closed = [Outcome.connected, .declined, .stranded, .abandoned].reduce(0) { $0 + tally.outcomeCount(kind, $1) }
            if tally.raised[kind] != closed + openByKind[kind] {
                problems.append("week \(week) kind \(kind): raised \(tally.raised[kind]) != closed \(closed) + open \(openByKind[kind])")
            }
            let byFlow = (0..<FlowRoute.count).reduce(0) { $0 + tally.connectedByFlow[$1 * RequestKind.count + kind] }
            if byFlow != tally.outcomeCount(kind, .connected) {
                problems.append("week \(week) kind \(kind): connected by flow \(byFlow) != connected \(tally.outcomeCount(kind, .connected))")
            }
            if tally.untouchedOpen[kind] != untouchedByKind[kind] {
                problems.append("week \(week) kind \(kind): untouched tally \(tally.untouchedOpen[kind]) != \(untouchedByKind[kind])")
            }
        }
        var waiting = [Int](repeating: 0, count: connectors.count)
        for id in openRequests where requests[Int(id)].stage == .atConnector && requests[Int(id)].route == .connector {
            waiting[Int(requests[Int(id)].connector)] += 1
        }
        for c in connectors.indices where connectors[c].backlog != waiting[c] {
            problems.append("week \(week) connector \(c): backlog \(connectors[c].backlog) != \(waiting[c])")
        }
        if !(awareCount >= 0 && awareCount <= residents.count) { problems.append("week \(week): aware \(awareCount)") }
        for d in departments.indices {
            if !(0...1).contains(departments[d].awareness) {
                problems.append("week \(week): department \(d) awareness \(departments[d].awareness)")
            }
            if !(departments[d].backlogHours > -1e-6) {
                problems.append("week \(week): department \(d) backlog \(departments[d].backlogHours)")
            }
        }
        for c in connectors.indices {
            for tie in connectors[c].ties where !(0...1).contains(tie) { problems.append("week \(week): connector \(c) tie \(tie)") }
        }
        var change = 0.0
        var badTrust = 0
        var knownTrust = [Int](repeating: 0, count: hoods)
        for slot in 0..<residents.recordCount {
            let hood = Int(residents.hood[slot])
            guard residents.has(ResidentPopulation.trustKnownBit, slot: slot) else { continue }
            knownTrust[hood] += 1
            let t = residents.trust[slot]
            if !(t >= 0 && t <= 1) { badTrust += 1 }
            change += Double(t) - Double(residents.initialTrust[slot])
        }
        if badTrust > 0 { problems.append("week \(week): \(badTrust) residents with trust outside [0, 1]") }
        if !(abs(change - trustChange) < 1e-6 * Double(max(1, residents.recordCount))) {
            problems.append("week \(week): trust change \(change) vs running \(trustChange)")
        }
        for h in 0..<hoods {
            let population = residents.population(of: h)
            let ids = Int(residents.start[h])..<Int(residents.start[h + 1])
            let known = residents.count(of: residents.awareKnown, in: ids)
            let knownAware = residents.count(of: residents.aware, in: ids)
            if untouched.latent[h] + known != population || untouched.trustUnknown[h] + knownTrust[h] != population {
                problems.append("week \(week) neighbourhood \(h): awareness latent \(untouched.latent[h]) + known \(known), trust unknown \(untouched.trustUnknown[h]) + known \(knownTrust[h]) vs population \(population)")
            }
            if !(0...untouched.latent[h]).contains(untouched.latentAware[h]) || hoodAware[h] != untouched.latentAware[h] + knownAware {
                problems.append("week \(week) neighbourhood \(h): aware \(hoodAware[h]) != latent \(untouched.latentAware[h]) + known \(knownAware)")
            }
        }
        if awareCount != hoodAware.reduce(0, +) { problems.append("week \(week): aware \(awareCount) != Σ per neighbourhood") }
        if residents.aware.indices.contains(where: { residents.aware[$0] & ~residents.awareKnown[$0] != 0 }) {
            problems.append("week \(week): a resident marked aware whose awareness is not known")
        }
        return problems
    }
}
