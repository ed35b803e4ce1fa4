/// The laws of a latent resident's initial state (docs/ODD.md §3.2; ``UntouchedResidents``):
/// trust `τ ~ Beta(α, β)`, activity `a ~ Gamma(k, 1/k)`, and the draws that condition them on what
/// happened so far. Plain values only, so that the hot path passes it without reference counting.
struct ResidentLaws {
    /// Trust distribution: Beta(α, β); `isFixed` when the spread is 0 (everyone at `mean`).
    let trustAlpha: Double, trustBeta: Double, trustMean: Double
    let isTrustFixed: Bool
    /// Activity shape k and the candidate rate at activity 1, λ₀ = requestsPerYear / 52 · (1 + w).
    let activityShape: Double, baseRate: Double

    init(parameters p: ResidentParameters) {
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
        trustMoments = Self.moments(alpha: trustAlpha, beta: trustBeta)
    }

    /// Added to every materialised resident's trust draw: 0, except in the test that shows the
    /// equivalence test can fail (`LazyResidentsEquivalenceTests`).
    var materialisedTrustOffsetForTests = 0.0

    /// Mean, variance of τ, and covariance and conditional variance of τ² given τ, of one Beta
    /// draw (computed once: every tilted read needs them).
    let trustMoments: (m1: Double, m2: Double, v11: Double, v12: Double, v22: Double)

    /// ``trustMoments`` of Beta(a, b).
    static func moments(alpha a: Double, beta b: Double) -> (m1: Double, m2: Double, v11: Double, v12: Double, v22: Double) {
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
    @inline(__always)
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
    @inline(__always)
    func firstAskTime(after s: Double, firstAskPool: Int, using generator: inout Xoshiro256StarStar) -> Double {
        guard firstAskPool > 0, baseRate > 0 else { return .infinity }
        let k = activityShape
        let x = generator.exponential(mean: 1) / (Double(firstAskPool) * k)
        // exp(x) − 1 without cancellation for the small x of large pools.
        let growth = x < 1e-5 ? x * (1 + x * (0.5 + x / 6)) : PortableMath.exp(x) - 1
        return s + (k + baseRate * s) * growth / baseRate
    }

    /// Expected number of `population` residents with a candidate ask within `weeks` weeks:
    /// `population · (1 − (1 + λ₀ T / k)^−k)`, one minus the Gamma Laplace transform (the
    /// residents that get a record, call-ins aside). For reserving memory only: no draw
    /// depends on it.
    func expectedAskers(population: Int, weeks: Int) -> Double {
        guard baseRate > 0, activityShape > 0 else { return 0 }
        let k = activityShape
        let survival = PortableMath.exp(-k * PortableMath.log1p(baseRate * Double(weeks) / k))
        return Double(population) * (1 - survival)
    }

    /// The activity of a resident whose first candidate ask came at time `s`: Gamma(k + 1,
    /// scale 1 / (k + λ₀ s)).
    @inline(__always)
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
