/// Random variates drawn from a `Xoshiro256StarStar` stream.
///
/// All methods are deterministic functions of the generator state and their arguments, and
/// use only integer arithmetic, IEEE-754 `+ − × ÷ √` and `PortableMath`, so they give
/// bit-identical results on every platform and Swift release. The number of 64-bit draws a
/// method consumes is stated in its documentation ("draws"); rejection samplers consume a
/// random number of draws.
extension Xoshiro256StarStar {

    // MARK: - Uniform

    /// A uniform `Double` in the half-open interval [0, 1), on the grid k · 2⁻⁵³ (k = 0 … 2⁵³ − 1).
    ///
    /// Computed as `Double(next() >> 11) * 0x1.0p-53`. Draws: exactly 1.
    @inlinable
    package mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A Bernoulli trial: `true` with probability `p`.
    ///
    /// - Parameter p: success probability; values ≤ 0 always give `false`, ≥ 1 always `true`.
    /// - Returns: `uniform() < p`.
    ///
    /// Draws: exactly 1, whatever `p` is, so that streams stay aligned across scenarios.
    @inlinable
    package mutating func bernoulli(_ p: Double) -> Bool {
        uniform() < p
    }

    /// A uniform integer in 0 ..< `n`, without modulo bias.
    ///
    /// - Parameter n: the number of possible values, n ≥ 1 (precondition).
    /// - Returns: an integer in `0 ... n − 1`, each with probability exactly 1/n.
    ///
    /// Method: Lemire's nearly-divisionless multiply-and-reject on 64 bits (Lemire 2019).
    /// Draws: 1, plus a retry with probability < n / 2⁶⁴.
    @inlinable
    package mutating func uniformInt(below n: Int) -> Int {
        precondition(n > 0, "uniformInt(below:) requires n > 0")
        let bound = UInt64(n)
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound  // 2^64 mod n
            while product.low < threshold {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return Int(product.high)
    }

    /// Shuffles `collection` in place, uniformly over all permutations (Fisher–Yates, Durstenfeld).
    ///
    /// For i from the last position down to 1, swaps position i with position `uniformInt(below: i + 1)`.
    /// Use this instead of the standard library's `shuffle()`/`shuffled()`.
    /// Draws: count − 1 calls of `uniformInt(below:)` (about count − 1 draws).
    @inlinable
    package mutating func shuffle<C: MutableCollection & RandomAccessCollection>(_ collection: inout C) {
        var remaining = collection.count
        guard remaining > 1 else { return }
        let start = collection.startIndex
        while remaining > 1 {
            let j = uniformInt(below: remaining)
            remaining -= 1
            collection.swapAt(collection.index(start, offsetBy: remaining),
                              collection.index(start, offsetBy: j))
        }
    }

    // MARK: - Continuous

    /// An exponential variate with the given mean (rate 1/mean).
    ///
    /// - Parameter mean: the mean, ≥ 0, in whatever unit the caller uses (e.g. days); 0 returns 0.
    /// - Returns: −mean · ln(1 − u) with u = `uniform()`; a value in [0, ≈ 36.7 · mean].
    ///
    /// Draws: exactly 1.
    @inlinable
    package mutating func exponential(mean: Double) -> Double {
        let u = uniform()
        return mean * (0.0 - PortableMath.log(1.0 - u))
    }

    /// A standard normal variate (mean 0, variance 1).
    ///
    /// Method: Marsaglia's polar method; one of the two variates produced is discarded so that
    /// the generator state stays four words. Draws: 2 per attempt, acceptance π/4
    /// (≈ 2.55 draws on average).
    @inlinable
    package mutating func normal() -> Double {
        while true {
            let u = 2.0 * uniform() - 1.0
            let v = 2.0 * uniform() - 1.0
            let s = u * u + v * v
            if s > 0.0 && s < 1.0 {
                return u * ((-2.0 * PortableMath.log(s)) / s).squareRoot()
            }
        }
    }

    /// A gamma variate with the given shape k and scale θ (mean kθ, variance kθ²).
    ///
    /// - Parameters:
    ///   - shape: k > 0 (dimensionless; precondition).
    ///   - scale: θ > 0, in the unit of the result (precondition).
    /// - Returns: a value ≥ 0 (it may underflow to 0 for very small shapes).
    ///
    /// Method: Marsaglia & Tsang (2000) for k ≥ 1; for k < 1 the boost
    /// Gamma(k + 1) · u^(1/k) (the Gamma(k + 1) variate is drawn first, then u).
    /// Draws: random (rejection), typically about 3–4 for k ≥ 1.
    @inlinable
    package mutating func gamma(shape: Double, scale: Double) -> Double {
        precondition(shape > 0 && scale > 0, "gamma requires shape > 0 and scale > 0")
        if shape < 1.0 {
            let g = gamma(shape: shape + 1.0, scale: scale)
            let u = 1.0 - uniform()  // (0, 1]
            return g * PortableMath.exp(PortableMath.log(u) / shape)
        }
        let d = shape - 1.0 / 3.0
        let c = 1.0 / (9.0 * d).squareRoot()
        while true {
            var x: Double
            var v: Double
            repeat {
                x = normal()
                v = 1.0 + c * x
            } while v <= 0.0
            v = v * v * v
            let u = uniform()
            let x2 = x * x
            if u < 1.0 - 0.0331 * x2 * x2 {
                return d * v * scale
            }
            if PortableMath.log(u) < 0.5 * x2 + d * (1.0 - v + PortableMath.log(v)) {
                return d * v * scale
            }
        }
    }

    /// A beta variate with shape parameters α and β (mean α/(α + β)).
    ///
    /// - Parameters:
    ///   - alpha: α > 0 (precondition via `gamma`).
    ///   - beta: β > 0 (precondition via `gamma`).
    /// - Returns: a value in [0, 1], computed as X/(X + Y) with X ~ Gamma(α, 1) drawn first and
    ///   Y ~ Gamma(β, 1). If both underflow to 0 (only for tiny shapes), returns 1 with probability
    ///   α/(α + β) and 0 otherwise (the limiting distribution), using one extra draw.
    @inlinable
    package mutating func beta(alpha: Double, beta: Double) -> Double {
        let x = gamma(shape: alpha, scale: 1.0)
        let y = gamma(shape: beta, scale: 1.0)
        let sum = x + y
        if sum > 0.0 {
            return x / sum
        }
        return uniform() < alpha / (alpha + beta) ? 1.0 : 0.0
    }

    // MARK: - Discrete

    /// The number of failures before the first success in independent Bernoulli(p) trials
    /// (geometric distribution on 0, 1, 2, …; mean (1 − p)/p).
    ///
    /// - Parameter p: success probability per trial. p ≥ 1 returns 0; p ≤ 0 (or NaN) returns `Int.max`
    ///   (success never happens).
    /// - Returns: ⌊ln(1 − u) / ln(1 − p)⌋ with u = `uniform()`, clamped to at most `Int.max / 2`
    ///   (never traps on conversion).
    ///
    /// Draws: exactly 1, whatever `p` is.
    @inlinable
    package mutating func geometricFailures(p: Double) -> Int {
        let u = uniform()
        if p >= 1.0 { return 0 }
        if !(p > 0.0) { return Int.max }
        let failures = (PortableMath.log(1.0 - u) / PortableMath.log1p(-p)).rounded(.down)
        let cap = Int.max / 2
        if !(failures < Double(cap)) { return cap }  // Double(cap) = 2^62 exactly
        return Int(failures)
    }

    /// A Poisson variate with the given mean.
    ///
    /// - Parameter mean: λ ≥ 0, finite and ≤ 10¹⁵ (precondition). λ = 0 returns 0 without drawing.
    /// - Returns: a count ≥ 0 with P(k) = e^{−λ} λ^k / k!.
    ///
    /// Method: for λ < 30, sequential-search inversion with one uniform (restarting in the
    /// negligible event that the search passes k = 200 because of rounding); for λ ≥ 30, Hörmann's
    /// PTRS transformed rejection with squeeze (Hörmann 1993), which is exact in distribution.
    /// Draws: 1 for λ < 30 (almost surely); 2 per PTRS attempt (acceptance ≈ 0.9) otherwise.
    @inlinable
    package mutating func poisson(mean: Double) -> Int {
        precondition(mean >= 0 && mean <= 1e15, "poisson requires 0 ≤ mean ≤ 1e15")
        if mean == 0 { return 0 }
        if mean < 30 { return poissonInversion(mean) }
        return poissonPTRS(mean)
    }

    @inlinable
    mutating func poissonInversion(_ mean: Double) -> Int {
        let p0 = PortableMath.exp(-mean)
        while true {
            var u = uniform()
            var k = 0
            var pk = p0
            while u > pk {
                u -= pk
                k += 1
                if k > 200 { break }
                pk *= mean / Double(k)
            }
            if k <= 200 { return k }
        }
    }

    @inlinable
    mutating func poissonPTRS(_ mean: Double) -> Int {
        let logMean = PortableMath.log(mean)
        let b = 0.931 + 2.53 * mean.squareRoot()
        let a = -0.059 + 0.02483 * b
        let logAlpha = PortableMath.log(1.1239 + 1.1328 / (b - 3.4))
        let vr = 0.9277 - 3.6224 / (b - 2.0)
        while true {
            let u = uniform() - 0.5
            let v = uniform()
            let us = 0.5 - abs(u)
            let kd = ((2.0 * a / us + b) * u + mean + 0.43).rounded(.down)
            // Outside the support (or beyond any representable count): reject.
            if !(kd >= 0.0) || !(kd < 9.0e15) { continue }
            if us >= 0.07 && v <= vr { return Int(kd) }
            if us < 0.013 && v > us { continue }
            let k = Int(kd)
            let lhs = PortableMath.log(v) + logAlpha - PortableMath.log(a / (us * us) + b)
            let rhs = -mean + kd * logMean - PortableMath.logFactorial(k)
            if lhs <= rhs { return k }
        }
    }

    /// A binomial variate: the number of successes in `n` independent Bernoulli(`p`) trials.
    ///
    /// - Parameters:
    ///   - n: number of trials, ≥ 0 (precondition).
    ///   - p: success probability; ≤ 0 returns 0 and ≥ 1 returns n, without drawing.
    /// - Returns: a count in 0 … n with P(k) = C(n, k) p^k (1 − p)^{n−k}.
    ///
    /// Method (with q = min(p, 1 − p), and the result mirrored to n − k when p > ½):
    /// if n·q < 30, sequential-search inversion with one uniform (restarting in the negligible
    /// event that the search passes n·q + 15·√(n·q(1 − q) + 1) + 15); otherwise Hörmann's BTRS
    /// transformed rejection with squeeze (Hörmann 1993), exact in distribution, with the
    /// acceptance test evaluated through ln k! (`PortableMath.logFactorial`).
    /// Draws: 1 for n·q < 30 (almost surely); 2 per BTRS attempt (acceptance ≥ ≈ 0.8) otherwise.
    @inlinable
    package mutating func binomial(count n: Int, probability p: Double) -> Int {
        precondition(n >= 0, "binomial requires count ≥ 0")
        if n == 0 || !(p > 0.0) { return 0 }
        if p >= 1.0 { return n }
        let mirrored = p > 0.5
        let q = mirrored ? 1.0 - p : p  // exact
        let k = Double(n) * q < 30.0 ? binomialInversion(n, q) : binomialBTRS(n, q)
        return mirrored ? n - k : k
    }

    /// Inversion for q ≤ ½ and n·q < 30.
    @inlinable
    mutating func binomialInversion(_ n: Int, _ q: Double) -> Int {
        let nd = Double(n)
        let ratio = q / (1.0 - q)
        let p0 = PortableMath.exp(nd * PortableMath.log1p(-q))
        let mean = nd * q
        let bound = Swift.min(nd, mean + 15.0 * (mean * (1.0 - q) + 1.0).squareRoot() + 15.0)
        while true {
            var u = uniform()
            var k = 0
            var pk = p0
            var inRange = true
            while u > pk {
                u -= pk
                k += 1
                if Double(k) > bound {
                    inRange = false
                    break
                }
                pk *= Double(n - k + 1) * ratio / Double(k)
            }
            if inRange { return k }
        }
    }

    /// BTRS for q ≤ ½ and n·q ≥ 30.
    @inlinable
    mutating func binomialBTRS(_ n: Int, _ q: Double) -> Int {
        let nd = Double(n)
        let spq = (nd * q * (1.0 - q)).squareRoot()
        let b = 1.15 + 2.53 * spq
        let a = -0.0873 + 0.0248 * b + 0.01 * q
        let c = nd * q + 0.5
        let vr = 0.92 - 4.2 / b
        let logAlpha = PortableMath.log((2.83 + 5.1 / b) * spq)
        let logRatio = PortableMath.log(q / (1.0 - q))
        let mode = Int(((nd + 1.0) * q).rounded(.down))
        let logModeTerms = PortableMath.logFactorial(mode) + PortableMath.logFactorial(n - mode)
        while true {
            let u = uniform() - 0.5
            let v = uniform()
            let us = 0.5 - abs(u)
            let kd = ((2.0 * a / us + b) * u + c).rounded(.down)
            if !(kd >= 0.0) || !(kd <= nd) { continue }
            let k = Int(kd)
            if us >= 0.07 && v <= vr { return k }
            // ln(v·α / (a/us² + b)) ≤ ln(f(k) / f(mode))
            let lhs = PortableMath.log(v) + logAlpha - PortableMath.log(a / (us * us) + b)
            let rhs = logModeTerms - PortableMath.logFactorial(k) - PortableMath.logFactorial(n - k)
                + Double(k - mode) * logRatio
            if lhs <= rhs { return k }
        }
    }

    // MARK: - Categorical

    /// An index drawn with probability proportional to its weight (categorical distribution).
    ///
    /// - Parameters:
    ///   - weights: non-negative, finite weights; they need **not** be normalised. Any collection of
    ///     `Double` (array, slice, buffer pointer); the result is a zero-based *offset* from its start.
    ///   - total: the sum of `weights` (> 0, precondition), e.g. maintained incrementally by the caller.
    /// - Returns: the offset i of the first element whose cumulative weight exceeds u · total
    ///   (u = `uniform()`); zero-weight elements are never returned. If rounding makes the scan run
    ///   off the end, the last element with positive weight is returned.
    ///
    /// Cost: one linear scan. Draws: exactly 1.
    @inlinable
    package mutating func pick<W: Collection>(weights: W, total: Double) -> Int where W.Element == Double {
        precondition(total > 0, "pick(weights:total:) requires total > 0")
        let target = uniform() * total
        var cumulative = 0.0
        var offset = 0
        var lastPositive = -1
        for weight in weights {
            if weight > 0 {
                cumulative += weight
                if target < cumulative { return offset }
                lastPositive = offset
            }
            offset += 1
        }
        precondition(lastPositive >= 0, "pick(weights:total:) requires a positive weight")
        return lastPositive
    }

    /// An index of `weights` drawn with probability proportional to its weight.
    ///
    /// - Parameter weights: non-negative, finite weights, at least one positive; need **not** be normalised.
    /// - Returns: an index in `weights.indices`; equivalent to `pick(weights:total:)` with the total
    ///   computed by summing `weights` in order. Draws: exactly 1.
    @inlinable
    package mutating func categorical(_ weights: [Double]) -> Int {
        var total = 0.0
        for weight in weights where weight > 0 { total += weight }
        return pick(weights: weights, total: total)
    }
}
