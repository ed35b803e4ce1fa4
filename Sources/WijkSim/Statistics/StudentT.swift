import Foundation

/// Student's t distribution: upper tail probability and quantile, for confidence intervals.
///
/// Accuracy: the quantile solves the tail equation to a relative error of about
/// 1e-12 for 1 ≤ ν ≤ 10^5 (exact closed forms for ν = 1 and 2); above 10^5 it
/// uses the Cornish–Fisher expansion (Abramowitz & Stegun 26.7.5, four terms),
/// whose error there is below 1e-15; ν = ∞ gives the normal quantile.
package enum StudentT {
    /// The t with P(T ≤ t) = p for `degreesOfFreedom` ν.
    ///
    /// - Parameters:
    ///   - p: probability in (0, 1); 0 and 1 give ∓∞, outside [0, 1] is NaN.
    ///   - degreesOfFreedom: ν > 0, not necessarily an integer; `.infinity` for the normal limit.
    /// - Returns: the quantile; NaN for ν ≤ 0 or NaN input.
    package static func quantile(_ p: Double, degreesOfFreedom nu: Double) -> Double {
        guard nu > 0, p >= 0, p <= 1 else { return .nan }
        if p == 0.5 { return 0 }
        if p < 0.5 { return -quantile(1 - p, degreesOfFreedom: nu) }
        if p == 1 { return .infinity }
        let upper = 1 - p
        if nu == 1 { return tan(Double.pi * (p - 0.5)) }
        if nu == 2 { return (2 * p - 1) / (2 * p * upper).squareRoot() }
        let z = StandardNormal.quantile(p)
        if nu.isInfinite { return z }
        if nu > 1e5 { return cornishFisher(z: z, nu: nu) }
        return solveUpperTail(upper, nu: nu, start: z)
    }

    /// P(T > t) for t ≥ 0, via the regularized incomplete beta function:
    /// `I_x(ν/2, 1/2) / 2` with `x = ν / (ν + t²)`.
    package static func upperTail(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        if t < 0 { return 1 - upperTail(-t, degreesOfFreedom: nu) }
        return 0.5 * IncompleteBeta.regularized(x: nu / (nu + t * t), a: nu / 2, b: 0.5)
    }

    /// Density of T at t.
    package static func density(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        let logNorm = lgamma((nu + 1) / 2) - lgamma(nu / 2) - 0.5 * log(nu * Double.pi)
        return exp(logNorm - (nu + 1) / 2 * log1p(t * t / nu))
    }

    /// Safeguarded Newton iteration on `upperTail(t) = target`, bracketed from below by
    /// the normal quantile (t quantiles above the median are never below it).
    private static func solveUpperTail(_ target: Double, nu: Double, start z: Double) -> Double {
        var low = z
        var high = max(2 * z, 1)
        while upperTail(high, degreesOfFreedom: nu) > target { low = high; high *= 2 }
        var t = min(max(cornishFisher(z: z, nu: nu), low), high)
        for _ in 0..<200 {
            let residual = upperTail(t, degreesOfFreedom: nu) - target
            if residual > 0 { low = t } else { high = t }
            var next = t + residual / density(t, degreesOfFreedom: nu)
            if !(next > low && next < high) { next = (low + high) / 2 }
            if abs(next - t) <= 1e-13 * abs(t) { return next }
            t = next
        }
        return t
    }

    /// Abramowitz & Stegun 26.7.5: t ≈ z + g1/ν + g2/ν² + g3/ν³ + g4/ν⁴.
    private static func cornishFisher(z: Double, nu: Double) -> Double {
        let z2 = z * z
        let g1 = (z2 + 1) * z / 4
        let g2 = ((5 * z2 + 16) * z2 + 3) * z / 96
        let g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384
        let g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160
        return z + (g1 + (g2 + (g3 + g4 / nu) / nu) / nu) / nu
    }
}
