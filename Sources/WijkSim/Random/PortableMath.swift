/// Platform-independent elementary functions used by the random-variate samplers.
///
/// The platform `libm` (`log`, `exp`, `lgamma`, …) is not guaranteed to give bit-identical
/// results on Linux (glibc), macOS and Windows, nor across OS releases. To keep every sampled
/// variate bit-identical everywhere, the samplers use these implementations, which rely only
/// on IEEE-754 `+ − × ÷`, `squareRoot()` and exact bit manipulation (Swift never contracts
/// `a * b + c` into a fused multiply-add). Accuracy is within about 1–2 ulp, which is far
/// below any statistical effect.
@usableFromInline
enum PortableMath {
    /// High part of ln 2 (low 21 bits of the significand zero, so `k · ln2Hi` is exact for |k| < 2^21).
    @inlinable static var ln2Hi: Double { Double(bitPattern: 0x3FE6_2E42_FEE0_0000) }
    /// ln 2 − `ln2Hi`.
    @inlinable static var ln2Lo: Double { Double(bitPattern: 0x3DEA_39EF_3579_3C76) }

    /// Natural logarithm.
    ///
    /// - Parameter x: any `Double`.
    /// - Returns: ln x for x > 0; −∞ for x = ±0; NaN for x < 0 or NaN; +∞ for +∞.
    ///
    /// Method: x = 2^k · m with m ∈ [√½, √2); f = m − 1, s = f / (2 + f);
    /// ln m = f − (f²/2 − s·(f²/2 + R)), R = Σ_{j=1}^{11} 2 s^{2j} / (2j + 1) (the atanh series, Taylor coefficients);
    /// ln x = k·ln 2 + ln m with ln 2 split into `ln2Hi + ln2Lo`.
    @inlinable
    static func log(_ x: Double) -> Double {
        if !(x > 0) {
            if x == 0 { return -Double.infinity }
            return Double.nan  // negative or NaN
        }
        if x == Double.infinity { return x }
        var bits = x.bitPattern
        var k = 0
        if bits < 0x0010_0000_0000_0000 {  // subnormal: scale into the normal range
            bits = (x * 0x1p54).bitPattern
            k = -54
        }
        // Branch-free reduction: if the significand exceeds that of √2 (0x3FF6A09E667F3BCD), halve it.
        let mantissa = bits & 0x000F_FFFF_FFFF_FFFF
        let halve = (0x0006_A09E_667F_3BCD &- mantissa) >> 63  // 1 if mantissa > √2's, else 0
        k += Int(truncatingIfNeeded: bits >> 52) - 1023 + Int(truncatingIfNeeded: halve)
        let m = Double(bitPattern: mantissa | ((0x3FF &- halve) << 52))  // in [√½, √2)
        let f = m - 1.0  // exact
        let s = f / (2.0 + f)
        let z = s * s
        // R = Σ_{j=1}^{11} (2/(2j+1)) z^j, evaluated as odd-j and even-j halves in w = z² (shorter dependency chains).
        let w = z * z
        let odd = z * (2.0 / 3.0 + w * (2.0 / 7.0 + w * (2.0 / 11.0 + w * (2.0 / 15.0 + w * (2.0 / 19.0 + w * (2.0 / 23.0))))))
        let even = w * (2.0 / 5.0 + w * (2.0 / 9.0 + w * (2.0 / 13.0 + w * (2.0 / 17.0 + w * (2.0 / 21.0)))))
        let r = odd + even
        let hfsq = 0.5 * f * f
        let dk = Double(k)  // for k = 0 this reduces exactly to f − (hfsq − s·(hfsq + R))
        return dk * ln2Hi - ((hfsq - (s * (hfsq + r) + dk * ln2Lo)) - f)
    }

    /// ln(1 + x), accurate also for |x| ≪ 1.
    ///
    /// - Parameter x: any `Double` ≥ −1.
    /// - Returns: ln(1 + x); −∞ for x = −1; NaN for x < −1.
    ///
    /// Method: with u = fl(1 + x), ln(1 + x) ≈ ln(u) · x / (u − 1) (Goldberg 1991), or x if u = 1.
    @inlinable
    static func log1p(_ x: Double) -> Double {
        let u = 1.0 + x
        if u == 1.0 { return x }
        if u == Double.infinity { return u }
        return log(u) * (x / (u - 1.0))
    }

    /// Exponential function.
    ///
    /// - Parameter x: any `Double`.
    /// - Returns: e^x; +∞ above ≈ 709.78, 0 below ≈ −745.13 (subnormal results in between), NaN for NaN.
    ///
    /// Method: x = k·ln 2 + r with k = round(x / ln 2), |r| ≤ ½ ln 2 (r = hi − lo, ln 2 split into
    /// `ln2Hi + ln2Lo`); e^r = 1 + r + r²·Σ_{j=2}^{13} r^{j−2}/j! ; result scaled by 2^k exactly.
    @inlinable
    static func exp(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x > 709.782712893384 { return Double.infinity }
        if x < -745.1332191019412 { return 0.0 }
        let kd = (x * 1.4426950408889634).rounded(.toNearestOrEven)  // x / ln 2
        let hi = x - kd * ln2Hi
        let lo = kd * ln2Lo
        let r = hi - lo
        // p = Σ_{j=2}^{13} r^{j−2}/j!, evaluated as even and odd halves in r² (shorter dependency chains).
        let r2 = r * r
        let pEven = 1.0 / 2.0 + r2 * (1.0 / 24.0 + r2 * (1.0 / 720.0 + r2 * (1.0 / 40320.0
            + r2 * (1.0 / 3628800.0 + r2 * (1.0 / 479001600.0)))))
        let pOdd = 1.0 / 6.0 + r2 * (1.0 / 120.0 + r2 * (1.0 / 5040.0 + r2 * (1.0 / 362880.0
            + r2 * (1.0 / 39916800.0 + r2 * (1.0 / 6227020800.0)))))
        let p = pEven + r * pOdd
        // e^r − 1 − r = r²·p; add the small parts first: 1 + (hi − (lo − r²p)).
        let y = 1.0 + (hi - (lo - r2 * p))
        let k = Int(kd)
        if k == 0 { return y }
        if k >= -1022 && k <= 1023 {
            return y * Double(bitPattern: UInt64(k + 1023) << 52)
        }
        if k > 1023 {
            return y * 0x1p1023 * Double(bitPattern: UInt64(k) << 52)  // 2^1023 · 2^(k − 1023)
        }
        // k < −1022: scale to a normal number exactly, then round once into the subnormal range.
        return (y * Double(bitPattern: UInt64(k + 1000 + 1023) << 52)) * 0x1p-1000
    }

    /// ln(k!) for k = 0 … 15 (correctly rounded).
    @inlinable
    static func smallLogFactorial(_ k: Int) -> Double {
        switch k {
        case 0, 1: return 0.0
        case 2: return 0.6931471805599453
        case 3: return 1.791759469228055
        case 4: return 3.1780538303479458
        case 5: return 4.787491742782046
        case 6: return 6.579251212010101
        case 7: return 8.525161361065415
        case 8: return 10.60460290274525
        case 9: return 12.801827480081469
        case 10: return 15.104412573075516
        case 11: return 17.502307845873887
        case 12: return 19.987214495661885
        case 13: return 22.552163853123425
        case 14: return 25.19122118273868
        default: return 27.89927138384089  // 15
        }
    }

    /// ln(k!) = ln Γ(k + 1).
    ///
    /// - Parameter k: a non-negative integer.
    /// - Returns: ln(k!) — exact table for k ≤ 15, otherwise Stirling's series with x = k + 1:
    ///   (x − ½) ln x − x + ½ ln 2π + 1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷)
    ///   (absolute error below 1e-14).
    @inlinable
    static func logFactorial(_ k: Int) -> Double {
        if k <= 15 { return smallLogFactorial(k) }
        let x = Double(k) + 1.0
        let x2 = 1.0 / (x * x)
        let series = (1.0 / 12.0 - x2 * (1.0 / 360.0 - x2 * (1.0 / 1260.0 - x2 * (1.0 / 1680.0)))) / x
        return (x - 0.5) * log(x) - x + 0.9189385332046728 + series  // ½ ln 2π
    }
}
