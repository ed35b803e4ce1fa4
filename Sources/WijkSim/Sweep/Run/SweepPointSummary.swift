/// The running mean and 95% interval of every scalar metric over one point's replicates.
struct SweepPointSummary {
    private var statistics: [RunningStatistics]
    /// Replicates added.
    private(set) var count = 0

    /// An empty summary of `metricCount` metrics.
    init(metricCount: Int) {
        statistics = Array(repeating: RunningStatistics(), count: metricCount)
    }

    /// Adds one replicate's scalars (NaN = undefined, skipped).
    mutating func add(_ scalars: [Double]) {
        for (index, value) in scalars.enumerated() { statistics[index].add(value) }
        count += 1
    }

    /// `mean, ci_low, ci_high` of each metric, formatted for `points.csv`.
    func fields() -> [String] {
        statistics.flatMap { stats -> [String] in
            let interval = stats.confidenceInterval(level: 0.95)
            return [stats.mean, interval.low, interval.high].map(CSVWriter.format)
        }
    }
}
