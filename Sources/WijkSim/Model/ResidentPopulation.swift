/// The residents (inwoners) of a replicate that something has touched, as a struct of arrays
/// indexed by *slot* (the order in which they were first touched), plus the layout of the
/// whole population.
///
/// Residents are numbered by neighbourhood: neighbourhood `n` owns ids `start[n] ..< start[n + 1]`.
/// A resident gets a record (is *materialised*) the first time the model reads or changes
/// its state: a candidate ask, a call-in, word of mouth or outreach reaching it. Until then
/// its state is latent and described by ``UntouchedResidents`` (docs/ODD.md §3.2). So the
/// memory and the work grow with the residents touched, not with the population.
///
/// Per record: 22 bytes (id, neighbourhood, trust now and at the start, ask rate, flags,
/// status, calendar link) plus about 8 bytes of index.
package struct ResidentPopulation: Sendable {
    /// First resident id of each neighbourhood, plus the total at the end.
    package let start: [Int32]
    /// Slot of each materialised resident's record by id.
    package private(set) var index = ResidentIndex()
    /// Neighbourhood of each record.
    package var hood: [Int16] = []
    /// Trust in the municipality now ∈ [0, 1]; meaningful once ``trustKnownBit`` is set.
    package var trust: [Float] = []
    /// Trust before week 0 (the resident's draw); meaningful once ``trustKnownBit`` is set.
    package var initialTrust: [Float] = []
    /// Candidate asks per week at the highest trust (the thinning bound, `requestsPerYear / 52 ·
    /// (1 + trustEffectOnAsking) · activity`); meaningful once ``inCalendarBit`` is set.
    package var askRate: [Float] = []
    /// Bit 7: aware of the connector (always known once materialised); bits 0–6: open requests.
    package var flags: [UInt8] = []
    /// ``trustKnownBit``, ``inCalendarBit``, ``askedBit``.
    package var status: [UInt8] = []
    /// Next record in the same arrival-calendar bucket, or −1.
    package var nextInBucket: [Int32] = []

    @usableFromInline static let awareBit: UInt8 = 0x80
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

    /// An empty store for neighbourhoods of the given populations.
    package init(populations: [Int]) {
        var start: [Int32] = [0]
        for population in populations { start.append(start.last! + Int32(population)) }
        self.start = start
    }

    /// Number of residents (materialised or not).
    @inlinable package var count: Int { Int(start.last!) }

    /// Number of neighbourhoods.
    @inlinable package var hoodCount: Int { start.count - 1 }

    /// Residents of neighbourhood `hood`.
    @inlinable package func population(of hood: Int) -> Int { Int(start[hood + 1] - start[hood]) }

    /// Number of materialised residents (records).
    @inlinable package var recordCount: Int { index.count }

    /// The resident id of record `slot`.
    @inlinable package func id(ofSlot slot: Int) -> Int { Int(index.keys[slot]) }

    /// The record of resident `id`, or nil while it is latent.
    @inlinable package func slot(of id: Int) -> Int? { index.slot(of: Int32(id)) }

    /// Whether record `slot` knows the neighbourhood's connector.
    @inlinable package func isAware(slot: Int) -> Bool { flags[slot] & Self.awareBit != 0 }

    /// Open requests of record `slot`.
    @inlinable package func openRequests(slot: Int) -> Int { Int(flags[slot] & Self.openMask) }

    /// Open requests of resident `id` (0 while latent: nobody raised one for it).
    @inlinable package func openRequests(_ id: Int) -> Int { slot(of: id).map { openRequests(slot: $0) } ?? 0 }

    /// Whether record `slot` has the status bit `bit`.
    @inlinable package func has(_ bit: UInt8, slot: Int) -> Bool { status[slot] & bit != 0 }

    /// Adds a record for latent resident `id` of neighbourhood `hood` with the given awareness;
    /// trust, activity and calendar come later (``World/knowTrust(slot:)``, the first-ask pool).
    /// - Returns: the new slot.
    package mutating func addRecord(id: Int, hood: Int, aware: Bool) -> Int {
        let slot = index.insert(Int32(id))
        self.hood.append(Int16(hood))
        trust.append(0)
        initialTrust.append(0)
        askRate.append(0)
        flags.append(aware ? Self.awareBit : 0)
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
