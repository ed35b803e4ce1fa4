/// `sensitivity.csv`: one row per estimate, columns declared once in ``header``.
///
/// Columns: `metric,parameter,design,measure,level,estimate,ci_low,ci_high,ci_level,ci_method,rank,n,skipped,note`.
/// - `level`: the factor level, for `level_mean` rows only; empty otherwise.
/// - `estimate`, `ci_low`, `ci_high`, `ci_level`: numbers as ``CSVWriter/format(_:)`` prints
///   them (shortest round-trip text); empty when missing — never `NA` or `nan`.
/// - `ci_method`: `fisher-z`, `bootstrap-percentile` or `t`; empty without an interval.
/// - `rank`: 1 = matters most, headline rows only (see ``SensitivityRanking``).
/// - `n`: points used (elementary effects for Morris); `skipped`: points dropped because the
///   metric was undefined there.
/// - `note`: the estimate's notes joined by `; `.
public enum SensitivityTable {
    /// The header row.
    public static let header = ["metric", "parameter", "design", "measure", "level", "estimate", "ci_low", "ci_high",
                                "ci_level", "ci_method", "rank", "n", "skipped", "note"]

    /// The fields of one row, in the order of ``header``.
    public static func fields(_ row: SensitivityRow) -> [String] {
        let estimate = row.estimate
        let interval = estimate.interval
        let fields = [
            row.metric, row.parameter, row.design.rawValue, estimate.measure.rawValue,
            number(estimate.level), number(estimate.value),
            number(interval?.low), number(interval?.high), number(interval?.level), interval?.method.rawValue ?? "",
            row.rank.map(String.init) ?? "", String(estimate.count), String(estimate.skipped),
            estimate.notes.joined(separator: "; "),
        ]
        assert(fields.count == header.count, "sensitivity row has \(fields.count) fields, header \(header.count)")
        return fields
    }

    /// The whole table as CSV text (header first, `\n` line ends, RFC 4180 quoting).
    public static func text(_ rows: [SensitivityRow]) -> String {
        ([header] + rows.map(fields)).map { $0.map(CSVWriter.quote).joined(separator: ",") + "\n" }.joined()
    }

    /// Writes the table to `path`, replacing the file.
    /// - Throws: ``OutputError`` (exit 73) when the file cannot be created or written.
    public static func write(_ rows: [SensitivityRow], to path: String) throws(OutputError) {
        let writer = try CSVWriter(path: path)
        try writer.writeRow(header)
        for row in rows { try writer.writeRow(fields(row)) }
        try writer.close()
    }

    /// A finite number as ``CSVWriter/format(_:)`` writes it; empty for `nil` or non-finite.
    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return CSVWriter.format(value)
    }
}
