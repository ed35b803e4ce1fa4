/// The distance between a simulated point and the targets: the root mean square of the
/// patterns' errors, `d = sqrt((1/P) Σ e_p²)` with `e_p` = ``CalibrationPattern/error(of:)``.
///
/// So `d = 0` when every statistic is on target, and `d = 1` when every statistic is one
/// tolerance scale off (or some further and others on target). A point with any undefined
/// statistic is at infinite distance: it is never accepted.
public enum CalibrationDistance {
    /// `d` for the statistics `values` of `patterns` (same order).
    /// - Precondition: `values.count == patterns.count > 0`.
    public static func distance(_ values: [Double], patterns: [CalibrationPattern]) -> Double {
        precondition(values.count == patterns.count && !patterns.isEmpty, "\(values.count) statistics for \(patterns.count) patterns")
        var sum = 0.0
        for (value, pattern) in zip(values, patterns) {
            let e = pattern.error(of: value)
            guard e.isFinite else { return .infinity }
            sum += e * e
        }
        return (sum / Double(patterns.count)).squareRoot()
    }
}
