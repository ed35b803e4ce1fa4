/// Collects the scalar metrics of every replicate: running moments for mean, sd and
/// confidence interval, and one value per replicate per metric for the quantiles.
///
/// Memory: `replicates × metrics` doubles (quantiles need the values); everything
/// else is constant. Values must be added in replicate order for the output to be
/// independent of thread scheduling (the quantiles are, the Welford sums are not
/// bit-for-bit order independent).
public struct ScalarCollector: Sendable {
    /// The metric names, in column order.
    public let metricNames: [String]
    private var moments: [RunningStatistics]
    private var values: [[Double]]

    /// An empty collector for the given metrics.
    public init(metricNames: [String] = MetricCatalog.scalarNames) {
        self.metricNames = metricNames
        moments = Array(repeating: RunningStatistics(), count: metricNames.count)
        values = Array(repeating: [], count: metricNames.count)
    }

    /// Adds one replicate's scalars (one per metric name).
    public mutating func add(_ scalars: [Double]) {
        precondition(scalars.count == metricNames.count,
                     "replicate has \(scalars.count) scalars, expected \(metricNames.count)")
        for (index, value) in scalars.enumerated() {
            moments[index].add(value)
            values[index].append(value)
        }
    }

    /// The summary of every metric, in column order.
    public func summaries() -> [MetricSummary] {
        metricNames.indices.map(summary(ofMetricAt:))
    }

    /// The summary of the metric at `index`.
    public func summary(ofMetricAt index: Int) -> MetricSummary {
        let stats = moments[index]
        let interval = stats.confidenceInterval(level: 0.95)
        let quantiles = Quantile.type7([0.05, 0.5, 0.95], of: values[index])
        return MetricSummary(
            metric: metricNames[index], count: stats.count, mean: stats.mean,
            standardDeviation: stats.standardDeviation, ciLow: interval.low, ciHigh: interval.high,
            p5: quantiles[0], p50: quantiles[1], p95: quantiles[2])
    }
}
