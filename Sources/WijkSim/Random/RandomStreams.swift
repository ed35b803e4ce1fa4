/// The complete set of independent random generators of one replicate, one per `RandomStream`.
///
/// Generator `x` is `Xoshiro256StarStar(seed: SeedDerivation.streamSeed(replicateSeed: r, stream: .x))`.
/// The struct is a value type: copying it copies all generator states, so a replicate
/// owns its streams and no synchronisation is needed across concurrently running replicates.
package struct RandomStreams: Sendable, Equatable {
    /// Generator for `RandomStream.initialisation`.
    package var initialisation: Xoshiro256StarStar
    /// Generator for `RandomStream.arrivals`.
    package var arrivals: Xoshiro256StarStar
    /// Generator for `RandomStream.trust`.
    package var trust: Xoshiro256StarStar
    /// Generator for `RandomStream.turnover`.
    package var turnover: Xoshiro256StarStar
    /// Generator for `RandomStream.plans`.
    package var plans: Xoshiro256StarStar
    /// Generator for `RandomStream.firstAsks`.
    package var firstAsks: Xoshiro256StarStar
    /// Seed of `RandomStream.requests`, the base of every request's own generator.
    package let requestSeed: UInt64
    /// Seed of `RandomStream.residents`, the base of every resident's own generator.
    package let residentSeed: UInt64

    /// Creates all streams of the replicate with seed `replicateSeed`
    /// (see `SeedDerivation.replicateSeed(master:replicate:)`).
    ///
    /// - Parameter replicateSeed: any 64-bit replicate seed.
    package init(replicateSeed: UInt64) {
        func make(_ stream: RandomStream) -> Xoshiro256StarStar {
            Xoshiro256StarStar(seed: SeedDerivation.streamSeed(replicateSeed: replicateSeed, stream: stream))
        }
        initialisation = make(.initialisation)
        arrivals = make(.arrivals)
        trust = make(.trust)
        turnover = make(.turnover)
        plans = make(.plans)
        firstAsks = make(.firstAsks)
        requestSeed = SeedDerivation.streamSeed(replicateSeed: replicateSeed, stream: .requests)
        residentSeed = SeedDerivation.streamSeed(replicateSeed: replicateSeed, stream: .residents)
    }

    /// The generator of one resident's initial state, keyed by its id and what is drawn.
    ///
    /// Seed: the second SplitMix64 output from `residentSeed ⊕ (resident · 2^8 + purpose) ·
    /// 0x9E3779B97F4A7C15`. Purpose 0: initial trust; 1: the awareness urn draw.
    package func residentGenerator(resident: Int, purpose: Int) -> Xoshiro256StarStar {
        let key = (UInt64(truncatingIfNeeded: resident) << 8 | UInt64(truncatingIfNeeded: purpose) & 0xFF)
            &* 0x9E37_79B9_7F4A_7C15
        var mixer = SplitMix64(seed: residentSeed ^ key)
        _ = mixer.next()
        return Xoshiro256StarStar(seed: mixer.next())
    }

    /// The generator of one request, keyed by who raised it, when, and how.
    ///
    /// Seed: the second SplitMix64 output from `requestSeed ⊕ (resident · 2^32 + week) · 0x9E3779B97F4A7C15
    /// ⊕ origin · 0xD1B54A32D192ED03`. A resident raises at most one request of a given
    /// origin per week, so keys are unique within a replicate.
    /// - Parameters:
    ///   - resident: the resident's id.
    ///   - week: the week it is raised (absolute).
    ///   - origin: 0 for a resident's own ask; 1 + plan number for a call-in after resistance.
    package func requestGenerator(resident: Int, week: Int, origin: Int) -> Xoshiro256StarStar {
        let key = (UInt64(truncatingIfNeeded: resident) << 32 | UInt64(truncatingIfNeeded: week) & 0xFFFF_FFFF)
            &* 0x9E37_79B9_7F4A_7C15
        var mixer = SplitMix64(seed: requestSeed ^ key ^ (UInt64(truncatingIfNeeded: origin) &* 0xD1B5_4A32_D192_ED03))
        _ = mixer.next()
        return Xoshiro256StarStar(seed: mixer.next())
    }
}
