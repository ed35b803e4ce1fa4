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
/// - **Trust** of a latent resident is drawn from its Beta when first read; the sums over
///   the residents whose trust was never read are drawn at the end of the run
///   (``trustSums(count:using:)``).
struct UntouchedResidents {
    /// Per neighbourhood: residents whose awareness is not known yet.
    var latent: [Int]
    /// Per neighbourhood: how many of the `latent` residents are aware of the connector.
    var latentAware: [Int]
    /// Per neighbourhood: residents whose initial trust has not been drawn.
    var trustUnknown: [Int]
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
        firstAskPool = populations.reduce(0, +)
        let variance = p.trustSpread * p.trustSpread
        // Beta(α, β) with the given mean and variance; spread 0 means everyone starts at the mean.
        let concentration = variance > 0 ? p.trustMean * (1 - p.trustMean) / variance - 1 : 0
        isTrustFixed = !(concentration > 0)
        trustAlpha = p.trustMean * concentration
        trustBeta = (1 - p.trustMean) * concentration
        trustMean = p.trustMean
        activityShape = p.activityShape
        baseRate = p.requestsPerYear / Double(EngineConstants.weeksPerYear) * (1 + p.trustEffectOnAsking)
    }

    /// Added to every materialised resident's trust draw: 0, except in the test that shows the
    /// equivalence test can fail (`LazyResidentsEquivalenceTests`).
    var materialisedTrustOffsetForTests = 0.0

    /// A resident's initial trust, from its own generator.
    func drawTrust(using generator: inout Xoshiro256StarStar) -> Double {
        let t = isTrustFixed ? trustMean : generator.beta(alpha: trustAlpha, beta: trustBeta)
        return min(1, t + materialisedTrustOffsetForTests)
    }

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

    /// Σ τ and Σ τ² over `count` residents whose trust was never read.
    ///
    /// Exact (each drawn) up to ``exactTrustSumLimit`` residents; above, from the bivariate
    /// normal with the Beta's mean and covariance of (τ, τ²) times `count` (central limit: the
    /// skewness of the sum is that of one draw ÷ √count, below 0.02 at the default trust
    /// distribution). Spread 0: exactly `count · m` and `count · m²`.
    func trustSums(count: Int, using generator: inout Xoshiro256StarStar) -> (sum: Double, squares: Double) {
        guard count > 0 else { return (0, 0) }
        let n = Double(count)
        if isTrustFixed { return (n * trustMean, n * trustMean * trustMean) }
        if count <= Self.exactTrustSumLimit {
            var sum = 0.0, squares = 0.0
            for _ in 0..<count {
                let t = Double(Float(generator.beta(alpha: trustAlpha, beta: trustBeta)))
                sum += t
                squares += t * t
            }
            return (sum, squares)
        }
        let a = trustAlpha, b = trustBeta
        let m1 = a / (a + b)
        let m2 = m1 * (a + 1) / (a + b + 1)
        let m3 = m2 * (a + 2) / (a + b + 2)
        let m4 = m3 * (a + 3) / (a + b + 3)
        let l11 = max(0, m2 - m1 * m1).squareRoot()
        let l21 = l11 > 0 ? (m3 - m1 * m2) / l11 : 0
        let l22 = max(0, m4 - m2 * m2 - l21 * l21).squareRoot()
        let z1 = generator.normal(), z2 = generator.normal()
        let root = n.squareRoot()
        let sum = min(n, max(0, n * m1 + root * l11 * z1))
        let squares = min(sum, max(sum * sum / n, n * m2 + root * (l21 * z1 + l22 * z2)))
        return (sum, squares)
    }

    /// Most never-read residents whose trust sums are drawn one by one.
    static let exactTrustSumLimit = 32
}
