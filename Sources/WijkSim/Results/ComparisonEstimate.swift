/// One row of `comparison.csv` as read back: the paired difference `variant − base` of
/// one metric with its 95% interval. Unit: the metric's (rates are fractions).
public struct ComparisonEstimate: Sendable, Equatable {
    /// Metric name (``MetricCatalog/scalarNames``).
    public var metric: String
    /// Mean of the base values.
    public var baseMean: Double
    /// Mean of the variant values.
    public var variantMean: Double
    /// Mean paired difference.
    public var difference: Double
    /// Lower end of the paired 95% interval (NaN without one).
    public var low: Double
    /// Upper end of the paired 95% interval (NaN without one).
    public var high: Double

    /// An estimate with every figure missing (a metric absent from the file).
    static let missing = ComparisonEstimate(metric: "", baseMean: .nan, variantMean: .nan, difference: .nan,
                                            low: .nan, high: .nan)

    /// Whether the interval lies entirely above or below zero; `nil` without an interval.
    public var excludesZero: Bool? {
        guard low.isFinite, high.isFinite else { return nil }
        return low > 0 || high < 0
    }
}
