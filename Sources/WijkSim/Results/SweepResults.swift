/// A `sweep` (or `merge`) results folder read back: its manifest, `points.csv`,
/// `sensitivity.csv` and, from `units-summary.csv`, the unit results of the points with the
/// lowest and the highest connection rate.
///
/// `runs.csv` must be there (a sweep always writes it) but is not read: the point
/// summaries hold what the report shows.
package struct SweepResults: Sendable {
    /// One row of `points.csv`: the point's parameter values and the mean and 95% interval
    /// of every metric over its replicates.
    package struct Point: Sendable {
        /// The point's index.
        package var index: Int
        /// The value of each varied parameter, in ``SweepResults/parameters`` order.
        package var values: [Double]
        /// Replicates run at the point.
        package var replicates: Int
        /// `metric` → (mean, ci_low, ci_high); NaN where undefined.
        package var metrics: [String: (mean: Double, low: Double, high: Double)]
    }

    /// One row of `sensitivity.csv`. Numbers are NaN where the file leaves them empty.
    package struct Estimate: Sendable {
        package var metric: String
        package var parameter: String
        package var measure: String
        package var level: Double
        package var estimate: Double
        package var low: Double
        package var high: Double
        /// 1 = matters most; `nil` for rows that are not ranked.
        package var rank: Int?
    }

    /// The header facts.
    package var manifest: ResultsManifest
    /// The varied parameters' key paths, in `points.csv` column order.
    package var parameters: [String]
    /// The points, in file order.
    package var points: [Point]
    /// Every row of `sensitivity.csv`, in file order.
    package var sensitivity: [Estimate]
    /// The unit results of ``extremePoints(of:)`` of the connection rate (lowest first); `nil`
    /// when the folder has no `units-summary.csv` (`--units off`).
    package var extremeUnits: [PointUnits]?

    /// The ranked rows of `metric`, best rank first.
    package func ranking(_ metric: String) -> [Estimate] {
        sensitivity.filter { $0.metric == metric && $0.rank != nil }.sorted { ($0.rank ?? 0) < ($1.rank ?? 0) }
    }

    /// The `level_mean` rows of `metric` for `parameter`, by level.
    package func levelMeans(_ metric: String, parameter: String) -> [Estimate] {
        sensitivity.filter { $0.metric == metric && $0.parameter == parameter && $0.measure == "level_mean" }
            .sorted { $0.level < $1.level }
    }

    /// Reads the folder (its manifest already read).
    /// - Throws: ``ResultsError``: 66 naming `points.csv`, `sensitivity.csv` or `runs.csv`
    ///   when one is missing, 65 for content that is not what `wijksim sweep` writes.
    init(folder: String, manifest: ResultsManifest) throws(ResultsError) {
        self.manifest = manifest
        let pointsPath = folder + "/" + SweepFiles.points
        let table = try CSVTable(path: pointsPath, required: ["point", "replicates"],
                                 expected: "the per-point means and intervals that 'wijksim sweep' writes")
        let replicatesColumn = table.column("replicates")
        guard table.column("point") == 0, replicatesColumn >= 1 else {
            throw .badData(path: pointsPath, line: 1, reason: "expected 'point', the varied parameters, then 'replicates'")
        }
        parameters = Array(table.header[1..<replicatesColumn])
        let metricNames = table.header[(replicatesColumn + 1)...].compactMap { name -> String? in
            name.hasSuffix("_mean") ? String(name.dropLast(5)) : nil
        }
        var points: [Point] = []
        for row in table.rows.indices {
            var values: [Double] = []
            for parameter in parameters { values.append(try table.number(row, parameter)) }
            var metrics: [String: (mean: Double, low: Double, high: Double)] = [:]
            for metric in metricNames where table.header.contains(metric + "_ci_low") && table.header.contains(metric + "_ci_high") {
                metrics[metric] = (try table.number(row, metric + "_mean"), try table.number(row, metric + "_ci_low"),
                                   try table.number(row, metric + "_ci_high"))
            }
            points.append(Point(index: Int(try table.number(row, "point")), values: values,
                                replicates: Int(try table.number(row, "replicates")), metrics: metrics))
        }
        self.points = points
        let sensitivityPath = folder + "/" + SweepFiles.sensitivity
        let ranking = try CSVTable(path: sensitivityPath, required: SensitivityTable.header,
                                   expected: "the sensitivity ranking that 'wijksim sweep' or 'wijksim merge' writes (a shard's folder has none: merge the shards first)")
        func optional(_ row: Int, _ name: String) throws(ResultsError) -> Double {
            let text = ranking.text(row, name)
            if text.isEmpty || text == "NA" { return .nan }
            return try ranking.number(row, name)
        }
        var estimates: [Estimate] = []
        for row in ranking.rows.indices {
            let rankText = ranking.text(row, "rank")
            guard rankText.isEmpty || Int(rankText) != nil else {
                throw .badData(path: sensitivityPath, line: row + 2, reason: "column 'rank': expected an integer or nothing, found '\(rankText)'")
            }
            estimates.append(Estimate(
                metric: ranking.text(row, "metric"), parameter: ranking.text(row, "parameter"),
                measure: ranking.text(row, "measure"), level: try optional(row, "level"),
                estimate: try optional(row, "estimate"), low: try optional(row, "ci_low"), high: try optional(row, "ci_high"),
                rank: Int(rankText)))
        }
        sensitivity = estimates
        extremeUnits = nil
        extremeUnits = try Self.units(of: extremePoints(of: SweepFiles.keyMetrics[0]), folder: folder)
        let runsPath = folder + "/" + SweepFiles.runs
        switch POSIXFiles.kind(of: runsPath) {
        case .missing: throw .missingFile(path: runsPath, expected: "the per-replicate rows that 'wijksim sweep' writes")
        default: break
        }
    }
}
