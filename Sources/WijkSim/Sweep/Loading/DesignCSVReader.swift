import Foundation

/// Reads the CSV file of a `points` design: a header row of key paths, then one row of
/// numbers per point (the form SALib, R `sensitivity` and the EMA workbench write through
/// pandas `to_csv(index=False)` or R `write.csv(row.names = FALSE)`).
///
/// RFC 4180: fields separated by `,`, records by `\n`, `\r\n` or `\r`, fields in `"…"` may hold
/// commas, line breaks and `""` for a quote. Spaces and tabs around an unquoted field are
/// dropped; blank lines are skipped; a UTF-8 byte order mark is skipped. A column whose header
/// is empty (the row index pandas and R write by default) is ignored, with a note. Columns
/// are counted in Unicode scalars from 1, as in scenario files.
enum DesignCSVReader {
    /// A field as written.
    struct Field: Sendable {
        var text: String
        var location: SourceLocation
        var wasQuoted: Bool
    }

    /// Reads `path` into a table.
    /// - Throws: ``ScenarioError``: a missing or unreadable file (exit 66), text that is not
    ///   UTF-8 or not CSV, no header, an empty or repeated header, a row with too few or too
    ///   many fields — each with line and column.
    static func read(path: String) throws(ScenarioError) -> DesignTable {
        let bytes = try ScenarioFileReader.contents(of: path, note: "", what: "design file")
        guard let text = String(validating: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self) else {
            throw ScenarioError(.invalidValue, file: path, message: "invalid CSV: the file is not UTF-8 text")
        }
        let records = try parse(text, file: path)
        guard let header = records.first else {
            throw ScenarioError(.invalidValue, file: path, message: "expected a header row of key paths, found an empty file")
        }
        var kept: [Int] = []
        var columns: [DesignTable.Column] = []
        var notes: [String] = []
        for (index, field) in header.enumerated() {
            if field.text.isEmpty {
                notes.append("\((path as NSString).lastPathComponent): column \(index + 1) has no header and is ignored (a row index)")
                continue
            }
            if let earlier = columns.first(where: { $0.keyPath == field.text }) {
                throw ScenarioError(.invalidValue, file: path, keyPath: MessageText.excerpt(field.text), line: field.location.line, column: field.location.column,
                                    message: "expected each key path once in the header, found it again (first at line \(earlier.location.line), column \(earlier.location.column))")
            }
            kept.append(index)
            columns.append(DesignTable.Column(keyPath: field.text, location: field.location))
        }
        guard !columns.isEmpty else {
            throw ScenarioError(.invalidValue, file: path, line: 1, column: 1, message: "expected a header row of key paths, found no named column")
        }
        var rows: [(location: SourceLocation, cells: [DesignTable.Cell])] = []
        for record in records.dropFirst() {
            guard record.count == header.count else {
                let at = record.count > header.count ? record[header.count].location : record[record.count - 1].location
                throw ScenarioError(.invalidValue, file: path, line: at.line, column: at.column,
                                    message: "expected \(header.count) \(header.count == 1 ? "field" : "fields") as in the header, found \(record.count)")
            }
            rows.append((record[0].location, kept.map { cell(record[$0]) }))
        }
        return DesignTable(file: path, isInline: false, columns: columns, rows: rows, notes: notes)
    }

    /// A field as a cell: a finite number, `true`/`false` in any case, or what it is.
    static func cell(_ field: Field) -> DesignTable.Cell {
        let content: DesignTable.Cell.Content
        let lowered = field.text.lowercased()
        if let number = Double(field.text), number.isFinite, isDecimal(field.text) {
            content = .number(number, text: field.text)
        } else if lowered == "true" || lowered == "false" {
            content = .bool(lowered == "true")
        } else if field.text.isEmpty {
            content = .other("an empty field")
        } else {
            content = .other(MessageText.quoted(field.text))
        }
        return DesignTable.Cell(content: content, location: field.location)
    }

    /// Whether `text` is a plain decimal number (`-1`, `0.25`, `+3`, `1.5e-3`, `.5`): no hex, `nan` or `inf`.
    static func isDecimal(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "." || $0 == "-" || $0 == "+" || $0 == "e" || $0 == "E" }
    }

    /// The records of `text`, blank lines left out.
    static func parse(_ text: String, file: String) throws(ScenarioError) -> [[Field]] {
        let scalars = Array(text.unicodeScalars)
        var records: [[Field]] = []
        var record: [Field] = []
        var field = String.UnicodeScalarView()
        var line = 1, column = 1
        var start = SourceLocation(file: file, line: 1, column: 1)
        var isQuoted = false, isInQuotes = false, isAfterQuote = false
        var quoteOpened = start

        func endField() {
            var text = String(field)
            if !isQuoted { text = text.trimmingCharacters(in: CharacterSet(charactersIn: " \t")) }
            record.append(Field(text: text, location: start, wasQuoted: isQuoted))
            field = String.UnicodeScalarView()
            isQuoted = false
            isAfterQuote = false
        }
        func endRecord() {
            endField()
            let isBlank = record.count == 1 && record[0].text.isEmpty && !record[0].wasQuoted
            if !isBlank { records.append(record) }
            record = []
        }

        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let isBreak = scalar == "\n" || scalar == "\r"
            let breakLength = scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" ? 2 : 1
            if isInQuotes {
                if scalar == "\"" {
                    if index + 1 < scalars.count && scalars[index + 1] == "\"" {
                        field.append("\"")
                        index += 2; column += 2
                    } else {
                        isInQuotes = false
                        isAfterQuote = true
                        index += 1; column += 1
                    }
                } else if isBreak {
                    for offset in 0..<breakLength { field.append(scalars[index + offset]) }
                    index += breakLength; line += 1; column = 1
                } else {
                    field.append(scalar)
                    index += 1; column += 1
                }
                continue
            }
            if scalar == "," {
                endField()
                index += 1; column += 1
                start = SourceLocation(file: file, line: line, column: column)
            } else if isBreak {
                endRecord()
                index += breakLength; line += 1; column = 1
                start = SourceLocation(file: file, line: line, column: column)
            } else if scalar == "\"" && !isQuoted && String(field).allSatisfy({ $0 == " " || $0 == "\t" }) {
                field = String.UnicodeScalarView()
                isQuoted = true
                isInQuotes = true
                quoteOpened = SourceLocation(file: file, line: line, column: column)
                index += 1; column += 1
            } else if isAfterQuote && scalar != " " && scalar != "\t" {
                throw ScenarioError(.invalidValue, file: file, line: line, column: column,
                                    message: "invalid CSV: expected ',' or the end of the line after a closing quote")
            } else {
                if !isAfterQuote { field.append(scalar) }
                index += 1; column += 1
            }
        }
        if isInQuotes {
            throw ScenarioError(.invalidValue, file: file, line: quoteOpened.line, column: quoteOpened.column,
                                message: "invalid CSV: a quoted field is not closed")
        }
        if !field.isEmpty || !record.isEmpty || isQuoted { endRecord() }
        return records
    }
}
