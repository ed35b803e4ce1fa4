import Foundation

/// The standard normal distribution N(0, 1): cumulative probability and quantile.
package enum StandardNormal {
    /// P(Z ≤ z), computed as `erfc(-z/√2) / 2` (accurate in both tails).
    package static func cdf(_ z: Double) -> Double {
        0.5 * erfc(-z / 2.0.squareRoot())
    }

    /// The z with P(Z ≤ z) = p.
    ///
    /// Acklam's rational approximation (relative error < 1.2e-9) refined by one
    /// Halley step on ``cdf(_:)``, which brings it to about 1e-15.
    /// - Parameter p: probability in [0, 1]; 0 gives −∞, 1 gives +∞, outside is NaN.
    package static func quantile(_ p: Double) -> Double {
        guard p > 0, p < 1 else {
            if p == 0 { return -.infinity }
            if p == 1 { return .infinity }
            return .nan
        }
        var x = acklam(p)
        let error = cdf(x) - p
        let u = error * (2 * Double.pi).squareRoot() * exp(x * x / 2)
        x -= u / (1 + x * u / 2)
        return x
    }

    private static let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
    private static let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                            6.680131188771972e+01, -1.328068155288572e+01]
    private static let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
    private static let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                            3.754408661907416e+00]

    private static func acklam(_ p: Double) -> Double {
        let lowTail = 0.02425
        if p < lowTail {
            return tail(sqrt(-2 * log(p)))
        }
        if p > 1 - lowTail {
            return -tail(sqrt(-2 * log(1 - p)))
        }
        let q = p - 0.5
        let r = q * q
        let numerator = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
        let denominator = ((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1
        return numerator / denominator
    }

    private static func tail(_ q: Double) -> Double {
        let numerator = ((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]
        let denominator = (((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1
        return numerator / denominator
    }
}
