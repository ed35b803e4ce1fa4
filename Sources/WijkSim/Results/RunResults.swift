/// A `run` results folder read back: its manifest, `summary.csv` and `timeseries.csv`.
///
/// `runs.csv` and `units.csv` are not read (the summaries hold what the report shows);
/// `units-summary.csv` is read when present.
package struct RunResults: Sendable {
    /// The header facts.
    package var manifest: ResultsManifest
    /// Summaries by metric name; a metric absent from the file reads as all-NaN.
    package var summaries: [String: MetricSummary]
    /// Weekly series by metric name, in week order.
    package var series: [String: [WeeklyPoint]]
    /// The rows of `units-summary.csv`, in file order; empty when the folder has none.
    package var units: [UnitSummaryRow]

    /// The summaries of unit metric `metric` of every unit of `type`, in file (scenario) order.
    package func units(_ type: UnitType, metric: String) -> [UnitSummaryRow] {
        units.filter { $0.unitType == type && $0.metric == metric }
    }

    /// The summary of `metric` (every figure NaN when absent).
    package func summary(_ metric: String) -> MetricSummary {
        summaries[metric] ?? MetricSummary(metric: metric, count: 0, mean: .nan, standardDeviation: .nan,
                                           ciLow: .nan, ciHigh: .nan, p5: .nan, p50: .nan, p95: .nan)
    }

    /// The summary of scalar metric number `index` (``MetricCatalog`` offsets).
    package func summary(at index: Int) -> MetricSummary { summary(MetricCatalog.scalarNames[index]) }

    /// Reads the folder (its manifest already read).
    init(folder: String, manifest: ResultsManifest) throws(ResultsError) {
        self.manifest = manifest
        let summary = try CSVTable(path: folder + "/" + RunRecorder.summaryFile, required: MetricSummary.csvHeader,
                                   expected: "the per-metric summary that 'wijksim run' writes")
        var summaries: [String: MetricSummary] = [:]
        for row in summary.rows.indices {
            let metric = summary.text(row, "metric")
            summaries[metric] = MetricSummary(
                metric: metric, count: Int(try summary.number(row, "n")), mean: try summary.number(row, "mean"),
                standardDeviation: try summary.number(row, "sd"), ciLow: try summary.number(row, "ci_low"),
                ciHigh: try summary.number(row, "ci_high"), p5: try summary.number(row, "p5"),
                p50: try summary.number(row, "p50"), p95: try summary.number(row, "p95"))
        }
        self.summaries = summaries
        let weekly = try CSVTable(path: folder + "/" + RunRecorder.timeSeriesFile, required: TimeSeriesCollector.csvHeader,
                                  expected: "the weekly series that 'wijksim run' writes")
        var series: [String: [WeeklyPoint]] = [:]
        for row in weekly.rows.indices {
            let point = WeeklyPoint(week: Int(try weekly.number(row, "week")), value: try weekly.number(row, "mean"),
                                    low: try weekly.number(row, "ci_low"), high: try weekly.number(row, "ci_high"))
            series[weekly.text(row, "metric"), default: []].append(point)
        }
        self.series = series.mapValues { $0.sorted { $0.week < $1.week } }
        units = try UnitSummaryRow.read(folder: folder)
    }
}
