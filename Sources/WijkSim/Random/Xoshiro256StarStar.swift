/// xoshiro256** 1.0 pseudo-random generator (Blackman & Vigna 2018, reference `xoshiro256starstar.c`).
///
/// WijkSim's workhorse generator: 256 bits of state, period 2^256 − 1, 64-bit outputs.
/// Implemented with wrapping integer arithmetic and shifts only, so a given seed yields
/// the same sequence on every platform and Swift release. The sampling methods in
/// `Xoshiro256StarStar+Distributions.swift` build on `next()` and use `PortableMath`
/// instead of the platform's `libm`, so derived variates are bit-identical too.
///
/// The type conforms to `RandomNumberGenerator` for convenience, but model code should
/// use its own methods (`uniform()`, `uniformInt(below:)`, `shuffle(_:)`, …) rather than
/// standard-library APIs such as `Int.random(in:using:)` or `shuffled(using:)`, whose
/// algorithms are not guaranteed stable across Swift releases.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Equatable {
    /// State word 0 of 4.
    @usableFromInline var s0: UInt64
    /// State word 1 of 4.
    @usableFromInline var s1: UInt64
    /// State word 2 of 4.
    @usableFromInline var s2: UInt64
    /// State word 3 of 4.
    @usableFromInline var s3: UInt64

    /// Creates a generator whose four state words are the first four outputs of
    /// `SplitMix64(seed: seed)` (the seeding procedure recommended by the xoshiro authors).
    ///
    /// - Parameter seed: any 64-bit value. The resulting state is never all zero, because
    ///   SplitMix64 outputs at most one zero among consecutive outputs.
    @inlinable
    public init(seed: UInt64) {
        var mixer = SplitMix64(seed: seed)
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
    }

    @inlinable
    static func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x &<< k) | (x &>> (64 &- k))
    }

    /// Returns the next 64-bit output, uniformly distributed over all of `UInt64`
    /// (0 ... 2^64 − 1), and advances the state by one step.
    @inlinable
    public mutating func next() -> UInt64 {
        let result = Self.rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 &<< 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = Self.rotateLeft(s3, 45)
        return result
    }
}
