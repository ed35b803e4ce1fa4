/// The complete set of independent random generators of one replicate, one per `RandomStream`.
///
/// Generator `x` is `Xoshiro256StarStar(seed: SeedDerivation.streamSeed(replicateSeed: r, stream: .x))`.
/// The struct is a value type: copying it copies all generator states, so a replicate
/// owns its streams and no synchronisation is needed across concurrently running replicates.
public struct RandomStreams: Sendable, Equatable {
    /// Generator for `RandomStream.initialisation`.
    public var initialisation: Xoshiro256StarStar
    /// Generator for `RandomStream.arrivals`.
    public var arrivals: Xoshiro256StarStar
    /// Generator for `RandomStream.connectors`.
    public var connectors: Xoshiro256StarStar
    /// Generator for `RandomStream.departments`.
    public var departments: Xoshiro256StarStar
    /// Generator for `RandomStream.council`.
    public var council: Xoshiro256StarStar
    /// Generator for `RandomStream.trust`.
    public var trust: Xoshiro256StarStar
    /// Generator for `RandomStream.turnover`.
    public var turnover: Xoshiro256StarStar
    /// Generator for `RandomStream.plans`.
    public var plans: Xoshiro256StarStar

    /// Creates all streams of the replicate with seed `replicateSeed`
    /// (see `SeedDerivation.replicateSeed(master:replicate:)`).
    ///
    /// - Parameter replicateSeed: any 64-bit replicate seed.
    public init(replicateSeed: UInt64) {
        func make(_ stream: RandomStream) -> Xoshiro256StarStar {
            Xoshiro256StarStar(seed: SeedDerivation.streamSeed(replicateSeed: replicateSeed, stream: stream))
        }
        initialisation = make(.initialisation)
        arrivals = make(.arrivals)
        connectors = make(.connectors)
        departments = make(.departments)
        council = make(.council)
        trust = make(.trust)
        turnover = make(.turnover)
        plans = make(.plans)
    }

    /// The generator of `stream` (read or replace; the setter stores the given state).
    ///
    /// Prefer the named properties in hot loops (`streams.arrivals.uniform()` mutates in place);
    /// this subscript is convenient for code that iterates over `RandomStream.allCases`.
    public subscript(stream: RandomStream) -> Xoshiro256StarStar {
        get {
            switch stream {
            case .initialisation: return initialisation
            case .arrivals: return arrivals
            case .connectors: return connectors
            case .departments: return departments
            case .council: return council
            case .trust: return trust
            case .turnover: return turnover
            case .plans: return plans
            }
        }
        set {
            switch stream {
            case .initialisation: initialisation = newValue
            case .arrivals: arrivals = newValue
            case .connectors: connectors = newValue
            case .departments: departments = newValue
            case .council: council = newValue
            case .trust: trust = newValue
            case .turnover: turnover = newValue
            case .plans: plans = newValue
            }
        }
    }
}
