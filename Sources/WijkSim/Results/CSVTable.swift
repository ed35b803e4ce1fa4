/// A CSV file as WijkSim writes it (RFC 4180, comma separated, header first), read
/// whole into rows of text, with typed access to named columns.
///
/// Numbers are read as ``CSVWriter/format(_:)`` writes them: `NA` is NaN, `Inf` and
/// `-Inf` are infinities, anything else must parse as a `Double`.
struct CSVTable: Sendable {
    /// The file, for messages.
    let path: String
    /// The header fields.
    let header: [String]
    /// The data rows; each has as many fields as the header.
    let rows: [[String]]

    /// The largest file read. Unit: bytes. (`runs.csv` is never read whole.)
    static let byteLimit = 512 << 20

    /// Reads and parses the file at `path`, requiring the columns `required`.
    /// - Throws: ``ResultsError``: `missingFile` (66) with `expected` when absent,
    ///   `badData` (65) for a missing column, a row of the wrong length or an unclosed quote.
    init(path: String, required: [String], expected: String) throws(ResultsError) {
        switch POSIXFiles.kind(of: path) {
        case .missing: throw .missingFile(path: path, expected: expected)
        case .file: break
        default: throw .unreadable(path: path, reason: "not a regular file")
        }
        guard let bytes = POSIXFiles.readBytes(path, limit: Self.byteLimit) else {
            throw .unreadable(path: path, reason: "\(POSIXFiles.lastErrorReason()) (or larger than \(Self.byteLimit >> 20) MiB)")
        }
        try self.init(text: String(decoding: bytes, as: UTF8.self), path: path, required: required)
    }

    /// Parses `text`; `path` is used in messages.
    init(text: String, path: String, required: [String]) throws(ResultsError) {
        self.path = path
        var records = try Self.parse(text, path: path)
        guard !records.isEmpty else { throw .badData(path: path, line: 1, reason: "empty file; expected a header line") }
        header = records.removeFirst()
        for name in required where !header.contains(name) {
            throw .badData(path: path, line: 1, reason: "no column '\(name)'; expected the header \(required.joined(separator: ","))")
        }
        for (index, record) in records.enumerated() where record.count != header.count {
            throw .badData(path: path, line: index + 2,
                           reason: "\(record.count) fields, expected \(header.count) as in the header")
        }
        rows = records
    }

    /// The index of column `name` (present: checked by the initialiser for required columns).
    func column(_ name: String) -> Int { header.firstIndex(of: name) ?? 0 }

    /// The number in column `name` of data row `row` (0-based).
    /// - Throws: ``ResultsError/badData(path:line:reason:)`` naming line and column.
    func number(_ row: Int, _ name: String) throws(ResultsError) -> Double {
        let text = rows[row][column(name)]
        switch text {
        case "NA": return .nan
        case "Inf": return .infinity
        case "-Inf": return -.infinity
        default:
            guard let value = Double(text) else {
                throw .badData(path: path, line: row + 2, reason: "column '\(name)': expected a number or NA, found '\(text)'")
            }
            return value
        }
    }

    /// The text in column `name` of data row `row` (0-based).
    func text(_ row: Int, _ name: String) -> String { rows[row][column(name)] }

    /// Splits CSV text into records of fields (quotes removed, doubled quotes undone).
    static func parse(_ text: String, path: String) throws(ResultsError) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var inQuotes = false, afterQuote = false
        var line = 1
        let bytes = Array(text.utf8)
        var index = 0
        func endField() { record.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true) }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inQuotes {
                if byte == 0x22 {
                    if index < bytes.count, bytes[index] == 0x22 { field.append(0x22); index += 1 } else { inQuotes = false; afterQuote = true }
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case 0x22 where field.isEmpty && !afterQuote: inQuotes = true
            case 0x2C: endField(); afterQuote = false
            case 0x0D: continue
            case 0x0A:
                endField(); records.append(record); record = []; afterQuote = false; line += 1
            default: field.append(byte)
            }
        }
        if inQuotes { throw .badData(path: path, line: line, reason: "a quoted field is not closed") }
        if !field.isEmpty || !record.isEmpty { endField(); records.append(record) }
        return records
    }
}
