/// Streaming statistics of paired observations `(base, variant)` of one metric:
/// the base values, the variant values and their paired difference `variant − base`,
/// each with Welford's algorithm (``RunningStatistics``), in constant memory.
///
/// Pairs come from common random numbers: replicate *i* of the base and of the variant
/// use the same seed, so most of the replicate-to-replicate noise cancels in the
/// difference. The paired interval (Student t on the differences) is therefore usually
/// much narrower than the unpaired Welch interval computed from the same values, which
/// is kept for reference.
///
/// A pair in which either value is NaN or infinite is skipped as a whole (a rate with a
/// zero denominator in one of the two runs), so base, variant and difference always
/// describe the same ``count`` pairs and `difference.mean` equals
/// `variant.mean − base.mean` up to rounding.
package struct PairedStatistics: Sendable, Equatable {
    /// The base values of the pairs used.
    package private(set) var base = RunningStatistics()
    /// The variant values of the pairs used.
    package private(set) var variant = RunningStatistics()
    /// The paired differences `variant − base`.
    package private(set) var difference = RunningStatistics()

    /// An empty accumulator.
    package init() {}

    /// Pairs used so far (both values finite).
    package var count: Int { difference.count }

    /// Adds one pair; skipped when either value is NaN or infinite.
    package mutating func add(base baseValue: Double, variant variantValue: Double) {
        guard baseValue.isFinite, variantValue.isFinite else { return }
        base.add(baseValue)
        variant.add(variantValue)
        difference.add(variantValue - baseValue)
    }

    /// The paired confidence interval of the mean difference: `d̄ ± t(1 − (1 − level)/2, n − 1) · s_d / √n`.
    ///
    /// - Parameter level: coverage in (0, 1); default 0.95.
    /// - Returns: `(NaN, NaN)` when fewer than 2 pairs; `(d̄, d̄)` when every difference is the same
    ///   (for a scenario compared with itself, exactly `(0, 0)`).
    package func pairedInterval(level: Double = 0.95) -> (low: Double, high: Double) {
        difference.confidenceInterval(level: level)
    }

    /// The unpaired (Welch) confidence interval of `variant.mean − base.mean`, treating the two
    /// samples as independent: `Δ ± t(1 − (1 − level)/2, ν) · √(s_b²/n + s_v²/n)` with the
    /// Welch–Satterthwaite degrees of freedom
    /// `ν = (s_b²/n + s_v²/n)² / ((s_b²/n)²/(n − 1) + (s_v²/n)²/(n − 1))`.
    ///
    /// - Parameter level: coverage in (0, 1); default 0.95.
    /// - Returns: `(NaN, NaN)` when fewer than 2 pairs; `(Δ, Δ)` when both samples are constant.
    package func welchInterval(level: Double = 0.95) -> (low: Double, high: Double) {
        let n = count
        guard n >= 2 else { return (.nan, .nan) }
        let delta = variant.mean - base.mean
        let a = base.variance / Double(n), b = variant.variance / Double(n)
        let standardError = (a + b).squareRoot()
        guard standardError > 0 else { return (delta, delta) }
        let degreesOfFreedom = (a + b) * (a + b) / ((a * a + b * b) / Double(n - 1))
        let t = StudentT.quantile(1 - (1 - level) / 2, degreesOfFreedom: degreesOfFreedom)
        return (delta - t * standardError, delta + t * standardError)
    }
}
