/// docs/ODD.md §3.2: residents are materialised when something first touches them, with
/// their state drawn then from its conditional law (``UntouchedResidents``), so that set-up
/// and the end of a replicate cost what happens, not the population.
extension World {
    /// Initial state of the population: the awareness urn and the total initial trust of each
    /// neighbourhood, and the first candidate ask of the pool. Costs O(neighbourhoods), not
    /// O(residents) (a neighbourhood of at most 32 residents sums its residents' own draws).
    mutating func initialiseResidents() {
        let p = scenario.residents
        var generator = rng.initialisation
        for hood in 0..<residents.hoodCount {
            let population = residents.population(of: hood)
            let aware = generator.binomial(count: population, probability: p.initialAwareness)
            untouched.latentAware[hood] = aware
            hoodAware[hood] = aware
            awareCount += aware
            var total = 0.0
            if untouched.isExact[hood] {
                for id in Int(residents.start[hood])..<Int(residents.start[hood + 1]) {
                    var own = rng.residentGenerator(resident: id, purpose: 0)
                    total += Double(Float(untouched.laws.ownTrust(using: &own)))
                }
            } else {
                total = untouched.laws.trustTotal(count: population, using: &generator)
            }
            untouched.unreadSum[hood] = total
            untouched.unreadDrawSum[hood] = total
            untouched.hoodInitialTrust[hood] = total
            initialTrustTotal += total
        }
        rng.initialisation = generator
        untouched.nextFirstAsk = untouched.laws.firstAskTime(after: 0, firstAskPool: untouched.firstAskPool, using: &rng.firstAsks)
        let expected = Double(residents.count) * p.requestsPerYear * Double(totalWeeks) / Double(EngineConstants.weeksPerYear)
        requests.reserveCapacity(Int(min(expected * 1.2, 1e7)) + 64)
        residents.reserveRecords(Int(min(untouched.laws.expectedAskers(population: residents.count, weeks: totalWeeks) * 1.2,
                                         Double(residents.count))) + 64)
    }

    /// The record of resident `id`, made now if it has none.
    mutating func materialise(_ id: Int) -> Int {
        if let slot = residents.slot(of: id) { return slot }
        return residents.addRecord(id: id, hood: residents.neighbourhood(of: id))
    }

    /// Whether resident `id` knows the connector, its awareness drawn now if it was latent: from
    /// its neighbourhood's urn (aware with probability latentAware / latent), with its own
    /// generator. Does not change the aware counts (a latent aware resident is counted already).
    mutating func resolveAwareness(_ id: Int) -> Bool {
        if residents.isAwarenessKnown(id) { return residents.isAware(id) }
        let hood = residents.neighbourhood(of: id)
        var generator = rng.residentGenerator(resident: id, purpose: 1)
        let aware = generator.uniformInt(below: untouched.latent[hood]) < untouched.latentAware[hood]
        untouched.latent[hood] -= 1
        if aware { untouched.latentAware[hood] -= 1 }
        residents.setAwareness(id, aware)
        return aware
    }

    /// Draws record `slot`'s initial trust if it has not been drawn, from the resident's own
    /// generator, tilted towards what its neighbourhood's unread residents still hold
    /// (``ResidentLaws/drawTrust(unread:remaining:exact:using:)``).
    mutating func knowTrust(slot: Int) {
        guard !residents.has(ResidentPopulation.trustKnownBit, slot: slot) else { return }
        let hood = Int(residents.hood[slot])
        var generator = rng.residentGenerator(resident: residents.id(ofSlot: slot), purpose: 0)
        let drawn = untouched.laws.drawTrust(unread: untouched.trustUnknown[hood], remaining: untouched.unreadDrawSum[hood],
                                        exact: untouched.isExact[hood], using: &generator)
        let stored = Float(drawn)
        residents.trust[slot] = stored
        residents.initialTrust[slot] = stored
        residents.status[slot] |= ResidentPopulation.trustKnownBit
        untouched.trustUnknown[hood] -= 1
        untouched.unreadSum[hood] -= Double(stored)
        untouched.unreadDrawSum[hood] -= drawn
    }

    /// Sets record `slot`'s trust to `value`, keeping the running change sums.
    /// - Returns: the trust before and after (as stored).
    @discardableResult
    mutating func setTrust(slot: Int, to value: Double) -> (before: Double, after: Double) {
        let before = Double(residents.trust[slot])
        residents.trust[slot] = Float(value)
        let after = Double(residents.trust[slot])
        trustChange += after - before
        return (before, after)
    }

    /// The first candidate asks of this week: while the pool's next first ask falls before the
    /// end of the week, a resident without a candidate ask so far is drawn uniformly (by
    /// rejection over the population), gets its activity given the time of the ask, and is put
    /// into this week's calendar list, where ``raiseRequests()`` treats it as any candidate.
    mutating func drawFirstAsks() {
        let end = Double(min(week + 1, totalWeeks))
        guard untouched.nextFirstAsk < end else { return }
        var generator = rng.firstAsks
        let population = residents.count
        while untouched.nextFirstAsk < end {
            let time = untouched.nextFirstAsk
            var slot: Int
            repeat {
                slot = materialise(generator.uniformInt(below: population))
            } while residents.has(ResidentPopulation.inCalendarBit, slot: slot)
            let activity = untouched.laws.drawActivity(firstAskAt: time, using: &generator)
            residents.askRate[slot] = Float(untouched.laws.baseRate * activity)
            residents.status[slot] |= ResidentPopulation.inCalendarBit
            residents.nextInBucket[slot] = bucketHead[week]
            bucketHead[week] = Int32(slot)
            untouched.firstAskPool -= 1
            untouched.nextFirstAsk = untouched.laws.firstAskTime(after: time, firstAskPool: untouched.firstAskPool, using: &generator)
        }
        rng.firstAsks = generator
    }

    /// Makes resident `id` aware of the connector (no record needed).
    mutating func makeAware(_ id: Int) {
        guard !resolveAwareness(id) else { return }
        residents.setAwareness(id, true)
        awareCount += 1
        hoodAware[residents.neighbourhood(of: id)] += 1
    }

    /// Aware residents of `hoods` forget the connector, each with probability `share`: for each
    /// neighbourhood in order, Binomial(latentAware, share) of the latent ones, then every
    /// resident known to be aware, in id order, one draw each.
    mutating func forget(neighbourhoods hoods: [Int], share: Double) {
        for hood in hoods {
            let forgotten = rng.turnover.binomial(count: untouched.latentAware[hood], probability: share)
            untouched.latentAware[hood] -= forgotten
            hoodAware[hood] -= forgotten
            awareCount -= forgotten
            let ids = Int(residents.start[hood])..<Int(residents.start[hood + 1])
            for id in residents.members(of: residents.aware, in: ids) where rng.turnover.bernoulli(share) {
                residents.setAwareness(id, false)
                hoodAware[hood] -= 1
                awareCount -= 1
            }
        }
    }
}
