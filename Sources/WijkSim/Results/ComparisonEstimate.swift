/// One row of `comparison.csv` as read back: the paired difference `variant − base` of
/// one metric with its 95% interval. Unit: the metric's (rates are fractions).
package struct ComparisonEstimate: Sendable, Equatable {
    /// Metric name (``MetricCatalog/scalarNames``).
    package var metric: String
    /// Mean of the base values.
    package var baseMean: Double
    /// Mean of the variant values.
    package var variantMean: Double
    /// Mean paired difference.
    package var difference: Double
    /// Lower end of the paired 95% interval (NaN without one).
    package var low: Double
    /// Upper end of the paired 95% interval (NaN without one).
    package var high: Double

    /// An estimate with every figure missing (a metric absent from the file).
    static let missing = ComparisonEstimate(metric: "", baseMean: .nan, variantMean: .nan, difference: .nan,
                                            low: .nan, high: .nan)

    /// Whether the interval lies entirely above or below zero; `nil` without an interval.
    package var excludesZero: Bool? {
        guard low.isFinite, high.isFinite else { return nil }
        return low > 0 || high < 0
    }
}
