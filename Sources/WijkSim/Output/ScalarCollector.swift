/// Collects the scalar metrics of every replicate: running moments for mean, sd and
/// confidence interval, and a bounded quantile summary per metric for p5, p50 and p95.
///
/// Memory is flat in the number of replicates: per metric one ``RunningStatistics``
/// and one ``QuantileSketch`` of at most ``quantileBudget`` (2,000) stored values,
/// so at most about 2,000 × 103 metrics × 8 bytes ≈ 1.6 MB whatever the replicate count.
///
/// Quantiles are exact (R type 7, as ``Quantile``) while a metric has at most
/// ``quantileBudget`` defined values, so for runs of up to 2,000 replicates the
/// output is unchanged from keeping every value. Beyond that they are estimates;
/// see ``QuantileSketch`` for the accuracy.
///
/// Values must be added in replicate order for the output to be independent of thread
/// scheduling (the sketch and the Welford sums depend on the order).
package struct ScalarCollector: Sendable {
    /// Values per metric kept exactly before the quantile sketch starts compacting.
    package static let quantileBudget = 2_000

    /// The metric names, in column order.
    package let metricNames: [String]
    private var moments: [RunningStatistics]
    private var sketches: [QuantileSketch]

    /// An empty collector for the given metrics.
    /// - Parameters:
    ///   - metricNames: the metric names, in column order.
    ///   - quantileBudget: values stored per metric for the quantiles (≥ 16); exact up to this count.
    package init(metricNames: [String] = MetricCatalog.scalarNames, quantileBudget: Int = ScalarCollector.quantileBudget) {
        self.metricNames = metricNames
        moments = Array(repeating: RunningStatistics(), count: metricNames.count)
        sketches = Array(repeating: QuantileSketch(budget: quantileBudget), count: metricNames.count)
    }

    /// Adds one replicate's scalars (one per metric name).
    package mutating func add(_ scalars: [Double]) {
        precondition(scalars.count == metricNames.count,
                     "replicate has \(scalars.count) scalars, expected \(metricNames.count)")
        for (index, value) in scalars.enumerated() {
            moments[index].add(value)
            sketches[index].add(value)
        }
    }

    /// Whether every metric's quantiles are still exact (no metric has more than
    /// ``quantileBudget`` defined values).
    package var hasExactQuantiles: Bool { sketches.allSatisfy(\.isExact) }

    /// The summary of every metric, in column order.
    package func summaries() -> [MetricSummary] {
        metricNames.indices.map(summary(ofMetricAt:))
    }

    /// The summary of the metric at `index`.
    package func summary(ofMetricAt index: Int) -> MetricSummary {
        let stats = moments[index]
        let interval = stats.confidenceInterval(level: 0.95)
        let quantiles = sketches[index].quantiles([0.05, 0.5, 0.95])
        return MetricSummary(
            metric: metricNames[index], count: stats.count, mean: stats.mean,
            standardDeviation: stats.standardDeviation, ciLow: interval.low, ciHigh: interval.high,
            p5: quantiles[0], p50: quantiles[1], p95: quantiles[2])
    }
}
