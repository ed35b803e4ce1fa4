/// Derivation of per-replicate and per-stream seeds from a single master seed.
///
/// Notation: `G = 0x9E3779B97F4A7C15`, `H = 0xD1B54A32D192ED03`; all arithmetic is modulo 2^64;
/// `⊕` is bitwise XOR; `mix(z)` is the SplitMix64 finaliser
/// `z = (z ⊕ (z >> 30))·0xBF58476D1CE4E5B9; z = (z ⊕ (z >> 27))·0x94D049BB133111EB; z ⊕ (z >> 31)`.
/// "SM2(x)" denotes the *second* output of `SplitMix64(seed: x)`, i.e. `mix(x + 2·G)`.
///
/// - replicate seed: `r_i = SM2(master ⊕ i·G)` for replicate index `i ≥ 0`;
/// - stream seed: `s_{i,k} = SM2(r_i ⊕ k·H)` for stream raw value `k` (`RandomStream`);
/// - generator: `Xoshiro256StarStar(seed: s_{i,k})`, whose state is the first four outputs of
///   `SplitMix64(seed: s_{i,k})`.
///
/// Because `G` and `H` are odd and `mix` is a bijection, distinct replicate indices (for one
/// master) always give distinct replicate seeds, and distinct streams (for one replicate)
/// always give distinct stream seeds. A replicate's seed depends only on the master seed and
/// its index, never on how many replicates run or in which order or on which thread.
public enum SeedDerivation {
    /// The seed of replicate `replicate` under master seed `master`:
    /// `SM2(master ⊕ (replicate · 0x9E3779B97F4A7C15 mod 2^64))`, the second output of a
    /// SplitMix64 generator seeded with that value.
    ///
    /// - Parameters:
    ///   - master: the experiment's master seed (any 64-bit value).
    ///   - replicate: zero-based replicate index, `0 ... Int.max`.
    /// - Returns: a 64-bit replicate seed; injective in `replicate` for fixed `master`.
    @inlinable
    public static func replicateSeed(master: UInt64, replicate: Int) -> UInt64 {
        precondition(replicate >= 0, "replicate index must be non-negative")
        var mixer = SplitMix64(seed: master ^ (UInt64(replicate) &* 0x9E37_79B9_7F4A_7C15))
        _ = mixer.next()
        return mixer.next()
    }

    /// The seed of sub-stream `stream` within the replicate whose seed is `replicateSeed`:
    /// `SM2(replicateSeed ⊕ (stream.rawValue · 0xD1B54A32D192ED03 mod 2^64))`, the second
    /// output of a SplitMix64 generator seeded with that value.
    ///
    /// - Parameters:
    ///   - replicateSeed: a replicate seed from `replicateSeed(master:replicate:)`.
    ///   - stream: the named sub-stream.
    /// - Returns: a 64-bit stream seed, to be passed to `Xoshiro256StarStar(seed:)`;
    ///   injective in `stream` for a fixed replicate seed.
    package static func streamSeed(replicateSeed: UInt64, stream: RandomStream) -> UInt64 {
        var mixer = SplitMix64(seed: replicateSeed ^ (stream.rawValue &* 0xD1B5_4A32_D192_ED03))
        _ = mixer.next()
        return mixer.next()
    }
}
