/// One row of `units-summary.csv` read back: a unit metric's mean over the replicates of one
/// scenario with its 95% interval.
package struct UnitSummaryRow: Sendable, Equatable {
    /// The scenario's name.
    package var scenario: String
    /// The kind of unit.
    package var unitType: UnitType
    /// The unit's name (``UnitLayout``).
    package var unit: String
    /// The metric's name (``MetricCatalog/unitMetricNames(_:)``).
    package var metric: String
    /// Replicates in which the metric was defined.
    package var count: Int
    /// Mean and 95% t interval over those replicates (NaN when undefined).
    package var mean: Double
    package var ciLow: Double
    package var ciHigh: Double

    /// Reads `units-summary.csv` in `folder`; no file (a run with `--units off`, or made before
    /// WijkSim wrote unit files) reads as no rows.
    /// - Throws: ``ResultsError`` (65) for a file that is there but not as WijkSim writes it.
    static func read(folder: String) throws(ResultsError) -> [UnitSummaryRow] {
        let path = folder + "/" + UnitRecorder.summaryFile
        guard POSIXFiles.kind(of: path) != .missing else { return [] }
        let table = try CSVTable(path: path, required: UnitRecorder.summaryHeader,
                                 expected: "the per-unit summary that 'wijksim run' writes")
        var rows: [UnitSummaryRow] = []
        for row in table.rows.indices {
            guard let type = UnitType(rawValue: table.text(row, "unit_type")) else {
                throw .badData(path: path, line: row + 2, reason: "unit_type '\(table.text(row, "unit_type"))'; expected neighbourhood, connector or department")
            }
            rows.append(UnitSummaryRow(
                scenario: table.text(row, "scenario"), unitType: type, unit: table.text(row, "unit"),
                metric: table.text(row, "metric"), count: Int(try table.number(row, "n")), mean: try table.number(row, "mean"),
                ciLow: try table.number(row, "ci_low"), ciHigh: try table.number(row, "ci_high")))
        }
        return rows
    }
}
