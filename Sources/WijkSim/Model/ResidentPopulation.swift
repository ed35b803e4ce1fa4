/// All residents (inwoners) of a replicate, as a struct of arrays indexed by resident id.
///
/// Residents are stored contiguously by neighbourhood: neighbourhood `n` owns
/// ids `start[n] ..< start[n + 1]`. Per resident: 13 bytes (trust, ask rate,
/// flags, calendar link) and one bit (``asked``).
package struct ResidentPopulation: Sendable {
    /// Trust in the municipality ∈ [0, 1].
    package var trust: [Float]
    /// Candidate asks per week at the highest trust: the thinning bound
    /// `requestsPerYear / 52 · (1 + trustEffectOnAsking) · activity`, activity ~ Gamma(shape, 1/shape).
    package var askRate: [Float]
    /// Bit 7: aware of the connector; bits 0–6: open requests.
    package var flags: [UInt8]
    /// Next resident in the same arrival-calendar bucket, or -1.
    package var nextInBucket: [Int32]
    /// First resident id of each neighbourhood, plus the total at the end.
    package var start: [Int32]
    /// One bit per resident (bit `i % 64` of word `i / 64`): set once the resident has raised a
    /// counted request (an own ask or a call-in, after the warm-up). Read by `mean_trust_askers`.
    package var asked: [UInt64]

    @usableFromInline static let awareBit: UInt8 = 0x80
    @usableFromInline static let openMask: UInt8 = 0x7F
    /// The most open requests a resident can hold (the 7-bit counter): a call-in aimed at a
    /// resident who already holds this many is not raised.
    package static let openRequestLimit = Int(openMask)

    /// Number of residents.
    @inlinable package var count: Int { trust.count }

    /// Whether resident `i` knows the neighbourhood's connector.
    @inlinable package func isAware(_ i: Int) -> Bool { flags[i] & Self.awareBit != 0 }

    /// Open requests of resident `i`.
    @inlinable package func openRequests(_ i: Int) -> Int { Int(flags[i] & Self.openMask) }

    /// Whether resident `i` has raised a counted request.
    @inlinable package func hasAsked(_ i: Int) -> Bool { asked[i >> 6] & (1 << UInt64(i & 63)) != 0 }

    /// Records that resident `i` raised a counted request.
    @inlinable package mutating func markAsked(_ i: Int) { asked[i >> 6] |= 1 << UInt64(i & 63) }

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

    /// A uniformly drawn resident of neighbourhood `hood` (which must not be empty).
    @inlinable package func randomResident(in hood: Int, using generator: inout Xoshiro256StarStar) -> Int {
        let first = Int(start[hood]), count = Int(start[hood + 1]) - first
        return first + generator.uniformInt(below: count)
    }
}
