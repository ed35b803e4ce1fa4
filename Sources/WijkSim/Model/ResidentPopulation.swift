/// The residents (inwoners) of a replicate: a record for each one something has touched,
/// as a struct of arrays indexed by *slot* (the order in which they were first touched), the
/// awareness of those whose awareness is known, and the layout of the whole population.
///
/// Residents are numbered by neighbourhood: neighbourhood `n` owns ids `start[n] ..< start[n + 1]`.
/// A resident gets a record (is *materialised*) the first time the model reads or changes
/// its trust, its candidate asks or its open requests: its first candidate ask, a request
/// raised for it. Its awareness is known from the first time it is read or changed (routing
/// an own ask, word of mouth, outreach), with or without a record. Until then its state is
/// latent and described by ``UntouchedResidents`` (docs/ODD.md §3.2), so the work grows with
/// the residents touched, not with the population.
///
/// Memory: per resident 4 bytes (``slotOf``) and 2 bits (``awareKnown``, ``aware``), set
/// once per replicate; per record 24 bytes (id, neighbourhood, trust now and at the start,
/// ask rate, open requests, status, calendar link).
package struct ResidentPopulation: Sendable {
    /// First resident id of each neighbourhood, plus the total at the end.
    package private(set) var start: [Int32]
    /// The record slot of each resident, or −1 while it has none.
    package private(set) var slotOf: [Int32]
    /// One bit per resident (bit `i % 64` of word `i / 64`): its awareness is known.
    package var awareKnown: [UInt64]
    /// One bit per resident: aware of the connector (only ever set where ``awareKnown`` is).
    package var aware: [UInt64]
    /// The resident id of each record.
    package private(set) var ids: [Int32] = []
    /// Neighbourhood of each record.
    package var hood: [Int16] = []
    /// Trust in the municipality now ∈ [0, 1]; meaningful once ``trustKnownBit`` is set.
    package var trust: [Float] = []
    /// Trust before week 0 (the resident's draw); meaningful once ``trustKnownBit`` is set.
    package var initialTrust: [Float] = []
    /// Candidate asks per week at the highest trust (the thinning bound, `requestsPerYear / 52 ·
    /// (1 + trustEffectOnAsking) · activity`); meaningful once ``inCalendarBit`` is set.
    package var askRate: [Float] = []
    /// Bits 0–6: open requests.
    package var flags: [UInt8] = []
    /// ``trustKnownBit``, ``inCalendarBit``, ``askedBit``.
    package var status: [UInt8] = []
    /// Next record in the same arrival-calendar bucket, or −1.
    package var nextInBucket: [Int32] = []

    @usableFromInline static let openMask: UInt8 = 0x7F
    /// The initial trust has been drawn (the resident left the latent trust pool).
    package static let trustKnownBit: UInt8 = 1
    /// The resident has had its first candidate ask: its activity is drawn and its next
    /// candidate ask is in the calendar (it left the first-ask pool).
    package static let inCalendarBit: UInt8 = 2
    /// The resident has raised a counted request (an own ask or a call-in, after the warm-up).
    /// Read by `mean_trust_askers`.
    package static let askedBit: UInt8 = 4
    /// The most open requests a resident can hold (the 7-bit counter): a call-in aimed at a
    /// resident who already holds this many is not raised.
    package static let openRequestLimit = Int(openMask)

    /// A store without records or known awareness for neighbourhoods of the given populations.
    package init(populations: [Int]) {
        start = Self.layout(populations)
        let n = Int(start.last!)
        slotOf = Array(repeating: -1, count: n)
        awareKnown = Array(repeating: 0, count: (n + 63) / 64)
        aware = awareKnown
    }

    /// Makes this store what ``init(populations:)`` makes, in its own buffers (those of an earlier
    /// replicate, ``ReplicateArena``): their capacity is kept, and the per-resident slot table is
    /// cleared only where the earlier replicate wrote it (one store per record), not refilled. So
    /// a replicate that touches few residents of a large population does not pay for all of them.
    /// The buffers must not be shared (else each is copied first, which is correct but no saving).
    package mutating func reset(populations: [Int]) {
        let start = Self.layout(populations)
        guard self.start == start else {
            self = ResidentPopulation(populations: populations)
            return
        }
        for id in ids { slotOf[Int(id)] = -1 }
        for word in awareKnown.indices { awareKnown[word] = 0; aware[word] = 0 }
        ids.removeAll(keepingCapacity: true)
        hood.removeAll(keepingCapacity: true)
        trust.removeAll(keepingCapacity: true)
        initialTrust.removeAll(keepingCapacity: true)
        askRate.removeAll(keepingCapacity: true)
        flags.removeAll(keepingCapacity: true)
        status.removeAll(keepingCapacity: true)
        nextInBucket.removeAll(keepingCapacity: true)
    }

    /// Room for `count` records in every record array (no effect below the present capacity).
    /// Reserved before the first record so that the arrays do not grow by doubling, which
    /// touches the old and the new buffer at once and so sets the peak memory of a large run.
    package mutating func reserveRecords(_ count: Int) {
        ids.reserveCapacity(count)
        hood.reserveCapacity(count)
        trust.reserveCapacity(count)
        initialTrust.reserveCapacity(count)
        askRate.reserveCapacity(count)
        flags.reserveCapacity(count)
        status.reserveCapacity(count)
        nextInBucket.reserveCapacity(count)
    }

    /// `start` of neighbourhoods of the given populations: 0, then the running totals.
    private static func layout(_ populations: [Int]) -> [Int32] {
        var start: [Int32] = [0]
        start.reserveCapacity(populations.count + 1)
        for population in populations { start.append(start.last! + Int32(population)) }
        return start
    }

    /// Number of residents (materialised or not).
    @inlinable package var count: Int { Int(start.last!) }

    /// Number of neighbourhoods.
    @inlinable package var hoodCount: Int { start.count - 1 }

    /// Residents of neighbourhood `hood`.
    @inlinable package func population(of hood: Int) -> Int { Int(start[hood + 1] - start[hood]) }

    /// Number of materialised residents (records).
    @inlinable package var recordCount: Int { ids.count }

    /// The resident id of record `slot`.
    @inlinable package func id(ofSlot slot: Int) -> Int { Int(ids[slot]) }

    /// The record of resident `id`, or nil while it has none.
    @inlinable package func slot(of id: Int) -> Int? {
        let slot = slotOf[id]
        return slot >= 0 ? Int(slot) : nil
    }

    /// Whether resident `id`'s awareness is known.
    @inlinable package func isAwarenessKnown(_ id: Int) -> Bool { awareKnown[id >> 6] & (1 << UInt64(id & 63)) != 0 }

    /// Whether resident `id` is known to be aware of the neighbourhood's connector (false while
    /// its awareness is latent).
    @inlinable package func isAware(_ id: Int) -> Bool { aware[id >> 6] & (1 << UInt64(id & 63)) != 0 }

    /// Records resident `id`'s awareness as known, with the given value.
    @inlinable package mutating func setAwareness(_ id: Int, _ value: Bool) {
        let bit: UInt64 = 1 << UInt64(id & 63)
        awareKnown[id >> 6] |= bit
        if value { aware[id >> 6] |= bit } else { aware[id >> 6] &= ~bit }
    }

    /// How many residents of `ids` (a range of ids) have their bit set in `bits` (popcount, no allocation).
    package func count(of bits: [UInt64], in ids: Range<Int>) -> Int {
        guard !ids.isEmpty else { return 0 }
        let first = ids.lowerBound >> 6, last = (ids.upperBound - 1) >> 6
        var total = 0
        for word in first...last {
            var m = bits[word]
            if word == first { m &= ~0 << UInt64(ids.lowerBound & 63) }
            if word == last, (ids.upperBound & 63) != 0 { m &= (1 << UInt64(ids.upperBound & 63)) - 1 }
            total += m.nonzeroBitCount
        }
        return total
    }

    /// The residents of `ids` (a range of ids) whose bit is set in `bits`, in ascending order.
    package func members(of bits: [UInt64], in ids: Range<Int>) -> [Int] {
        var found: [Int] = []
        guard !ids.isEmpty else { return found }
        for word in (ids.lowerBound >> 6)...((ids.upperBound - 1) >> 6) {
            var m = bits[word]
            while m != 0 {
                let id = word << 6 | m.trailingZeroBitCount
                m &= m - 1
                if ids.contains(id) { found.append(id) }
            }
        }
        return found
    }

    /// Open requests of record `slot`.
    @inlinable package func openRequests(slot: Int) -> Int { Int(flags[slot] & Self.openMask) }

    /// Open requests of resident `id` (0 while latent: nobody raised one for it).
    @inlinable package func openRequests(_ id: Int) -> Int { slot(of: id).map { openRequests(slot: $0) } ?? 0 }

    /// Whether record `slot` has the status bit `bit`.
    @inlinable package func has(_ bit: UInt8, slot: Int) -> Bool { status[slot] & bit != 0 }

    /// Adds a record for resident `id` of neighbourhood `hood`, which has none; trust, activity
    /// and calendar come later (``World/knowTrust(slot:)``, the first-ask pool).
    /// - Returns: the new slot.
    package mutating func addRecord(id: Int, hood: Int) -> Int {
        let slot = ids.count
        slotOf[id] = Int32(slot)
        ids.append(Int32(id))
        self.hood.append(Int16(hood))
        trust.append(0)
        initialTrust.append(0)
        askRate.append(0)
        flags.append(0)
        status.append(0)
        nextInBucket.append(-1)
        return slot
    }

    /// The neighbourhood of resident `i` (binary search over the contiguous ranges).
    @inlinable package func neighbourhood(of i: Int) -> Int {
        var lo = 0, hi = start.count - 2
        let id = Int32(i)
        while lo < hi {
            let mid = (lo + hi + 1) >> 1
            if start[mid] <= id { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// A uniformly drawn resident id of neighbourhood `hood` (which must not be empty).
    @inlinable package func randomResident(in hood: Int, using generator: inout Xoshiro256StarStar) -> Int {
        let first = Int(start[hood]), count = Int(start[hood + 1]) - first
        return first + generator.uniformInt(below: count)
    }
}
