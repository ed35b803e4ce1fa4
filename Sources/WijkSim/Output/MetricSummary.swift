/// The summary of one scalar metric over the replicates of a run: a row of `summary.csv`.
public struct MetricSummary: Sendable, Equatable {
    /// Metric name from ``MetricCatalog/scalarNames``.
    public var metric: String
    /// Replicates in which the metric was defined (not NaN).
    public var count: Int
    /// Mean over replicates.
    public var mean: Double
    /// Sample standard deviation over replicates; NaN when `count < 2`.
    public var standardDeviation: Double
    /// Lower end of the 95% t confidence interval of the mean; NaN when `count < 2`.
    public var ciLow: Double
    /// Upper end of the 95% t confidence interval of the mean; NaN when `count < 2`.
    public var ciHigh: Double
    /// 5th percentile over replicates (type 7, see ``Quantile``).
    public var p5: Double
    /// Median over replicates (type 7).
    public var p50: Double
    /// 95th percentile over replicates (type 7).
    public var p95: Double

    /// The `summary.csv` header.
    public static let csvHeader = ["scenario", "metric", "n", "mean", "sd", "ci_low", "ci_high", "p5", "p50", "p95"]

    /// This summary as a `summary.csv` row.
    public func csvRow(scenario: String) -> [String] {
        [scenario, metric, String(count)]
            + [mean, standardDeviation, ciLow, ciHigh, p5, p50, p95].map(CSVWriter.format)
    }
}
