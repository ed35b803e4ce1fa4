/// Running mean and confidence interval of every weekly metric in every recorded week.
///
/// Memory: `weeks × metrics` ``RunningStatistics``, independent of the number of replicates.
package struct TimeSeriesCollector: Sendable {
    /// Recorded weeks.
    package let weeks: Int
    /// Weekly metric names, in ``MetricCatalog/weeklyNames`` order.
    package let metricNames: [String]
    private var cells: [RunningStatistics]

    /// The `timeseries.csv` header.
    package static let csvHeader = ["scenario", "week", "metric", "mean", "ci_low", "ci_high"]

    /// An empty collector for `weeks` recorded weeks.
    package init(weeks: Int, metricNames: [String] = MetricCatalog.weeklyNames) {
        self.weeks = weeks
        self.metricNames = metricNames
        cells = Array(repeating: RunningStatistics(), count: weeks * metricNames.count)
    }

    /// Adds one replicate's weekly values (row-major weeks × metrics).
    package mutating func add(_ weekly: [Double]) {
        precondition(weekly.count == cells.count,
                     "replicate has \(weekly.count) weekly values, expected \(weeks) × \(metricNames.count)")
        for (index, value) in weekly.enumerated() { cells[index].add(value) }
    }

    /// Statistics of metric `metric` in week `week` (0-based).
    package func statistics(week: Int, metric: Int) -> RunningStatistics {
        cells[week * metricNames.count + metric]
    }

    /// Writes the `timeseries.csv` rows (header excluded): weeks numbered from 1, then metrics in order.
    package func write(to writer: CSVWriter, scenario: String) throws(OutputError) {
        for week in 0..<weeks {
            for (metric, name) in metricNames.enumerated() {
                let stats = statistics(week: week, metric: metric)
                let interval = stats.confidenceInterval(level: 0.95)
                try writer.writeRow([scenario, String(week + 1), name,
                                     CSVWriter.format(stats.mean),
                                     CSVWriter.format(interval.low), CSVWriter.format(interval.high)])
            }
        }
    }
}
