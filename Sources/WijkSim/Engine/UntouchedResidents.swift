/// What a replicate knows about the residents it has not materialised (docs/ODD.md §3.2):
/// counts, and the distributions their latent state follows.
///
/// Every resident's initial state is independent and identically distributed — trust
/// `τ ~ Beta(α, β)`, activity `a ~ Gamma(k, 1/k)`, aware with probability `p₀` — and
/// nothing that picks a resident to touch it depends on that state: the first candidate ask
/// picks uniformly among residents without one, call-ins, word of mouth and outreach pick
/// uniformly in a neighbourhood. So, given the history, the latent residents of a
/// neighbourhood stay exchangeable, and the model can draw a resident's state when it is
/// first needed from the conditional law given what happened so far:
///
/// - **Awareness** is an urn: of the `latent[h]` residents of neighbourhood `h` whose
///   awareness is not known yet, `latentAware[h]` are aware (initially Binomial(population,
///   p₀); a forgetting event thins it binomially). A resident whose awareness is first read or
///   changed is aware with probability `latentAware[h] / latent[h]`. Exact.
/// - **Activity** only shapes the candidate-ask process, which the whole population shares
///   as one pool of `firstAskPool` residents who have not had a candidate ask yet: each one's
///   first candidate (continuous) time `S = E / (λ₀ a)` has survival `(1 + λ₀ s / k)^−k`
///   (the Gamma Laplace transform), so the next first ask among `c` residents who all
///   survived to `s` comes at `s + (k + λ₀ s) · (exp(E / (c k)) − 1) / λ₀`, and the activity
///   given `S = s` is Gamma(k + 1, rate k + λ₀ s). Exact; `⌊S⌋` is the engine's first
///   candidate week `⌊E / λ⌋`.
/// - **Trust**: each neighbourhood's total initial trust is drawn at set-up (exactly, as the
///   sum of its residents' own draws, up to ``exactTrustSumLimit`` residents; else from the
///   normal with the Beta's mean and variance times the population), and the trust of the
///   residents not read yet is what is left of it (`unreadSum`). A resident's trust, when first
///   read, is drawn from its Beta tilted by how well the rest can still make up the remainder
///   (``drawTrust(unread:remaining:exact:using:)``): marginally a Beta, and the remainder stays the
///   normal sum of the others. So every week's population trust is known exactly then, and
///   two scenarios run with the same seed share it until their histories differ.
struct UntouchedResidents {
    /// Per neighbourhood: residents whose awareness is not known yet.
    var latent: [Int]
    /// Per neighbourhood: how many of the `latent` residents are aware of the connector.
    var latentAware: [Int]
    /// Per neighbourhood: residents whose initial trust has not been drawn.
    var trustUnknown: [Int]
    /// Per neighbourhood: Σ initial trust of the residents whose trust has not been drawn, less
    /// the stored (Float) trust of those read: what the metrics count.
    var unreadSum: [Double]
    /// Per neighbourhood: the same total less the reads' draws before rounding to Float: the
    /// remainder the tilt conditions on (``drawTrust(unread:remaining:exact:using:)``). Kept
    /// apart so that rounding does not accumulate into a remainder the unread cannot hold when the
    /// spread is near Float's resolution.
    var unreadDrawSum: [Double]
    /// Per neighbourhood: Σ initial trust of all its residents (set-up).
    var hoodInitialTrust: [Double]
    /// Per neighbourhood: whether it is small enough for its residents' trust to be summed exactly.
    var isExact: [Bool]
    /// Residents (whole population) who have not had a candidate ask yet.
    var firstAskPool: Int
    /// Time of the next first candidate ask, in (continuous) weeks since week 0; infinity if none.
    var nextFirstAsk = Double.infinity

    /// Trust distribution: Beta(α, β); `isFixed` when the spread is 0 (everyone at `mean`).
    let trustAlpha: Double, trustBeta: Double, trustMean: Double
    let isTrustFixed: Bool
    /// Activity shape k and the candidate rate at activity 1, λ₀ = requestsPerYear / 52 · (1 + w).
    let activityShape: Double, baseRate: Double

    init(populations: [Int], parameters p: ResidentParameters) {
        latent = populations
        latentAware = Array(repeating: 0, count: populations.count)
        trustUnknown = populations
        unreadSum = Array(repeating: 0, count: populations.count)
        unreadDrawSum = unreadSum
        hoodInitialTrust = unreadSum
        isExact = populations.map { $0 <= Self.exactTrustSumLimit }
        firstAskPool = populations.reduce(0, +)
        let variance = p.trustSpread * p.trustSpread
        // Beta(α, β) with the given mean and variance; spread 0 (or one whose square underflows
        // into a concentration past Double's range) means everyone starts at the mean.
        let concentration = variance > 0 ? p.trustMean * (1 - p.trustMean) / variance - 1 : 0
        isTrustFixed = !(concentration > 0 && concentration.isFinite)
        trustAlpha = p.trustMean * concentration
        trustBeta = (1 - p.trustMean) * concentration
        trustMean = p.trustMean
        activityShape = p.activityShape
        baseRate = p.requestsPerYear / Double(EngineConstants.weeksPerYear) * (1 + p.trustEffectOnAsking)
    }

    /// Added to every materialised resident's trust draw: 0, except in the test that shows the
    /// equivalence test can fail (`LazyResidentsEquivalenceTests`).
    var materialisedTrustOffsetForTests = 0.0

    /// Mean, variance of τ, and covariance and conditional variance of τ² given τ, of one Beta draw.
    var trustMoments: (m1: Double, m2: Double, v11: Double, v12: Double, v22: Double) {
        let a = trustAlpha, b = trustBeta
        let m1 = a / (a + b)
        let m2 = m1 * (a + 1) / (a + b + 1)
        let m3 = m2 * (a + 2) / (a + b + 2)
        let m4 = m3 * (a + 3) / (a + b + 3)
        // Var τ = m1 (1 − m1) / (α + β + 1) directly: m2 − m1² cancels to nothing for the
        // concentrations of a tiny spread.
        let v11 = m1 * (b / (a + b)) / (a + b + 1)
        return (m1, m2, v11, m3 - m1 * m2, max(0, m4 - m2 * m2))
    }

    /// One resident's initial trust as its own generator gives it, untilted (a Beta, or the mean).
    func ownTrust(using generator: inout Xoshiro256StarStar) -> Double {
        isTrustFixed ? trustMean : generator.beta(alpha: trustAlpha, beta: trustBeta)
    }

    /// The initial trust of a resident read now, with `unread` residents (it included) of its
    /// neighbourhood not read yet and `remaining` their total: a Beta draw accepted with
    /// probability φ(remaining − τ; others) / max over τ ∈ [0, 1], where φ is the normal density
    /// of the other `unread − 1` residents' sum. Below ``exactTrustSumLimit`` others (or in an
    /// exact neighbourhood, or at spread 0) the draw is not tilted.
    ///
    /// Terminates: after ``tiltAttemptLimit`` rejected draws the last draw is returned untilted.
    /// The acceptance rate is about exp(−z²/2) for a remainder z standard deviations from what
    /// the unread are expected to hold, so the limit binds only beyond z ≈ 4.3
    /// (`UntouchedResidentsTrustTests` reads 60,000 residents at spreads from 0.15 down to
    /// 1e-9 without it binding).
    func drawTrust(unread: Int, remaining: Double, exact: Bool, using generator: inout Xoshiro256StarStar) -> Double {
        var attempts = 0
        return drawTrust(unread: unread, remaining: remaining, exact: exact, using: &generator, attempts: &attempts)
    }

    /// ``drawTrust(unread:remaining:exact:using:)``, adding the Beta draws it tried to `attempts`.
    func drawTrust(unread: Int, remaining: Double, exact: Bool, using generator: inout Xoshiro256StarStar,
                   attempts: inout Int) -> Double {
        let others = unread - 1
        guard !isTrustFixed, !exact, others >= Self.exactTrustSumLimit else {
            return min(1, ownTrust(using: &generator) + materialisedTrustOffsetForTests)
        }
        let moments = trustMoments
        let centre = remaining - Double(others) * moments.m1
        let variance = 2 * Double(others) * moments.v11
        let best = min(1, max(0, centre))
        var t = 0.0
        for _ in 0..<Self.tiltAttemptLimit {
            t = generator.beta(alpha: trustAlpha, beta: trustBeta)
            attempts += 1
            let u = generator.uniform()
            let logRatio = ((centre - best) * (centre - best) - (centre - t) * (centre - t)) / variance
            if u < PortableMath.exp(logRatio) { break }
        }
        return min(1, t + materialisedTrustOffsetForTests)
    }

    /// Most Beta draws one tilted trust read tries before it takes the last one untilted.
    static let tiltAttemptLimit = 10_000

    /// The time of the next first candidate ask after `s`, with `firstAskPool` residents who
    /// all had none up to `s` (infinity when the pool is empty or nobody asks). Draws: 1.
    func firstAskTime(after s: Double, using generator: inout Xoshiro256StarStar) -> Double {
        guard firstAskPool > 0, baseRate > 0 else { return .infinity }
        let k = activityShape
        let x = generator.exponential(mean: 1) / (Double(firstAskPool) * k)
        // exp(x) − 1 without cancellation for the small x of large pools.
        let growth = x < 1e-5 ? x * (1 + x * (0.5 + x / 6)) : PortableMath.exp(x) - 1
        return s + (k + baseRate * s) * growth / baseRate
    }

    /// The activity of a resident whose first candidate ask came at time `s`: Gamma(k + 1,
    /// scale 1 / (k + λ₀ s)).
    func drawActivity(firstAskAt s: Double, using generator: inout Xoshiro256StarStar) -> Double {
        generator.gamma(shape: activityShape + 1, scale: 1 / (activityShape + baseRate * s))
    }

    /// The total initial trust of a neighbourhood of `count` residents too large to sum exactly:
    /// the normal with the Beta's mean and variance times `count`, within [0, count]. Draws: 2.
    func trustTotal(count: Int, using generator: inout Xoshiro256StarStar) -> Double {
        let n = Double(count)
        if isTrustFixed { return n * trustMean }
        let moments = trustMoments
        return min(n, max(0, n * moments.m1 + (n * moments.v11).squareRoot() * generator.normal()))
    }

    /// Σ τ² over `count` unread residents whose Σ τ is `sum`: the normal of Σ τ² given Σ τ for
    /// `count` Beta draws (the bivariate normal's conditional), within [sum²/count, sum]. Draws: 2.
    func trustSquares(count: Int, sum: Double, using generator: inout Xoshiro256StarStar) -> Double {
        guard count > 0 else { return 0 }
        let n = Double(count)
        if isTrustFixed { return n * trustMean * trustMean }
        let m = trustMoments
        let slope = m.v11 > 0 ? m.v12 / m.v11 : 0
        let spread = max(0, n * (m.v22 - slope * m.v12)).squareRoot()
        let squares = n * m.m2 + slope * (sum - n * m.m1) + spread * generator.normal()
        return min(sum, max(sum * sum / n, squares))
    }

    /// Neighbourhoods of at most this many residents have their trust summed exactly; below
    /// this many other unread residents a draw is not tilted.
    static let exactTrustSumLimit = 32
}
