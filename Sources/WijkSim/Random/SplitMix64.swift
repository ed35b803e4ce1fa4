/// SplitMix64 pseudo-random generator (Steele, Lea & Flood 2014; Vigna's reference `splitmix64.c`).
///
/// A 64-bit counter-based generator used in WijkSim only to expand a single seed into
/// well-mixed 64-bit words: seeding `Xoshiro256StarStar` and deriving replicate and
/// stream seeds (see `SeedDerivation`). It is implemented with wrapping integer
/// arithmetic only, so its output is bit-identical on every platform and Swift release.
///
/// Each call to `next()` advances the state by the golden-gamma constant
/// `0x9E3779B97F4A7C15` (mod 2^64) and returns the finaliser
/// `z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9; z = (z ^ (z >> 27)) * 0x94D049BB133111EB; z ^ (z >> 31)`
/// of the new state. Every 64-bit seed is valid (including 0); the period is 2^64.
public struct SplitMix64: Sendable, Equatable {
    /// The internal 64-bit counter (the state before the next increment).
    @usableFromInline var state: UInt64

    /// Creates a generator whose state is `seed`.
    ///
    /// - Parameter seed: any 64-bit value; 0 is valid (first output `0xE220A8397B1DCDAF`).
    @inlinable
    public init(seed: UInt64) {
        state = seed
    }

    /// Advances the state and returns the next output, uniformly distributed over all of `UInt64`
    /// (0 ... 2^64 − 1).
    @inlinable
    public mutating func next() -> UInt64 {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
