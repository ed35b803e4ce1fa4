/// Writes the results of one scenario's replicates: streams `runs.csv` as replicates
/// arrive and writes `summary.csv` and `timeseries.csv` at the end.
///
/// Feed it replicates in replicate order (``BatchRunner`` guarantees this) so that the
/// files depend only on the seeds, never on thread scheduling.
package final class RunRecorder {
    /// One row per replicate, streamed.
    package static let runsFile = "runs.csv"
    /// One row per scalar metric.
    package static let summaryFile = "summary.csv"
    /// One row per recorded week and weekly metric.
    package static let timeSeriesFile = "timeseries.csv"
    /// Version, resolved scenario, seeds and command line (written by ``Manifest``).
    package static let manifestFile = "manifest.json"

    /// The `runs.csv` header: `scenario,replicate,seed,` then every scalar metric. The `seed`
    /// column is the replicate's seed as text (``CSVWriter/text(seed:)``: `s` and its digits).
    package static var runsHeader: [String] { ["scenario", "replicate", "seed"] + MetricCatalog.scalarNames }

    /// The scenario name written in every row.
    package let scenarioName: String
    /// Scalar moments and per-replicate values.
    package private(set) var scalars = ScalarCollector()
    /// Weekly moments.
    package private(set) var timeSeries: TimeSeriesCollector
    /// Replicates recorded so far.
    package private(set) var recordedCount = 0

    private let folder: (String) -> String
    private let runs: CSVWriter

    /// Opens `runs.csv` for writing and writes its header.
    /// - Parameters:
    ///   - scenarioName: first column of every file.
    ///   - weeks: recorded weeks per replicate.
    ///   - path: maps a file name to the path to write it at (e.g. ``ResultsFolder/path(for:)``).
    package init(scenarioName: String, weeks: Int, path: @escaping (String) -> String) throws(OutputError) {
        self.scenarioName = scenarioName
        self.folder = path
        timeSeries = TimeSeriesCollector(weeks: weeks)
        runs = try CSVWriter(path: path(Self.runsFile))
        try runs.writeRow(Self.runsHeader)
    }

    /// Records one replicate: appends its `runs.csv` row (seed written as `s<digits>`) and
    /// updates the statistics.
    package func record(replicate: Int, seed: UInt64, result: ReplicateResult) throws(OutputError) {
        var row = [scenarioName, String(replicate), CSVWriter.text(seed: seed)]
        row.reserveCapacity(3 + result.scalars.count)
        for value in result.scalars { row.append(CSVWriter.format(value)) }
        try runs.writeRow(row)
        scalars.add(result.scalars)
        timeSeries.add(result.weekly)
        recordedCount += 1
    }

    /// Closes `runs.csv` and writes `summary.csv` and `timeseries.csv`.
    /// - Returns: the per-metric summaries (as in `summary.csv`), for the console report.
    package func finish() throws(OutputError) -> [MetricSummary] {
        try runs.close()
        let summaries = scalars.summaries()
        let summary = try CSVWriter(path: folder(Self.summaryFile))
        try summary.writeRow(MetricSummary.csvHeader)
        for item in summaries { try summary.writeRow(item.csvRow(scenario: scenarioName)) }
        try summary.close()
        let series = try CSVWriter(path: folder(Self.timeSeriesFile))
        try series.writeRow(TimeSeriesCollector.csvHeader)
        try timeSeries.write(to: series, scenario: scenarioName)
        try series.close()
        return summaries
    }
}
