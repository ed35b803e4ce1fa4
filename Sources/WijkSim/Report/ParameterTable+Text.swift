/// The plain-text form of the parameter listing, for a terminal.
extension ParameterTable {
    /// Total width the narrow form keeps to. Unit: characters.
    package static let textWidth = 100
    /// Widest value or default column in the narrow form (less when the key paths are long); longer values end in `…`. Unit: characters.
    static let valueWidth = 40

    /// The listing as aligned text, ending in a newline.
    ///
    /// Narrow form (the default): per section a heading, then one aligned line per
    /// row (`*` when changed, key path, value, default), and below each parameter
    /// its meaning, unit, range and evidence, word-wrapped to ``textWidth``
    /// columns (once for all elements of a list: `departments[0…5].cooperation`).
    /// Long values are cut with `…` so lines stay within the width.
    /// Wide form (`isWide`): one line per row with every column (meaning last), nothing cut
    /// (for wide terminals and `grep`).
    /// - Parameter isWide: One full line per row instead of the narrow form.
    package func text(isWide: Bool = false) -> String {
        var lines = Self.wrapped(heading, indent: 0, width: Self.textWidth) + [""]
        for (name, rows) in sections {
            let title = Self.displayName(ofSection: name) + (Self.title(ofSection: name).map { " — \($0)" } ?? "")
            lines += Self.wrapped(title, indent: 0, width: Self.textWidth)
            if rows.isEmpty {
                lines.append("  (none in this scenario)")
            } else if isWide {
                lines += Self.wideLines(rows)
            } else {
                lines += Self.narrowLines(rows)
            }
            lines.append("")
        }
        lines += Self.wrapped("* = the value differs from the default. Values are JSON, as written in a scenario file. "
                              + "Evidence: [E:001 L508] = line 508 of source document 001; [X] = outside data; "
                              + "[A] = assumption, to be swept.", indent: 0, width: Self.textWidth)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The first paragraph: which scenario, or the defaults.
    var heading: String {
        let source = scenarioFile.map { "Parameters of scenario '\(scenarioName)' (\($0))." }
            ?? "Parameters with their defaults (Scenario(), the same as Scenarios/baseline.json)."
        return source + " Defaults in lists of neighbourhoods, connectors and departments are those of a new element."
    }

    /// How a section is named in headings: `top level` for `""`, else its key.
    static func displayName(ofSection name: String) -> String {
        name.isEmpty ? "top level" : name
    }

    /// Meaning, unit, range, plausible range (when there is one) and evidence.
    static func explanation(of spec: ParameterSpec) -> String {
        let plausible = spec.plausible.map { " Plausible: \(spec.plausibleDescription) (\($0.source))." } ?? ""
        return "\(spec.meaning) Unit: \(spec.unit). Range: \(spec.rangeDescription).\(plausible) \(spec.evidence)"
    }

    private static func narrowLines(_ rows: [ParameterRow]) -> [String] {
        let keyWidth = rows.map(\.keyPath.count).max() ?? 0
        let width = max(8, min(valueWidth, (textWidth - keyWidth - 8) / 2))
        let cells = rows.map { [$0.isChanged ? "*" : " ", $0.keyPath, cut($0.value, width), cut($0.defaultValue, width)] }
        let header = [" ", "key path", "value", "default"]
        let widths = columnWidths([header] + cells)
        var lines = [aligned(header, widths: widths)]
        for (index, row) in rows.enumerated() {
            lines.append(aligned(cells[index], widths: widths))
            if index == rows.count - 1 || rows[index + 1].spec != row.spec {
                lines += wrapped(explanation(of: row.spec), indent: 6, width: textWidth)
            }
        }
        return lines
    }

    private static func wideLines(_ rows: [ParameterRow]) -> [String] {
        let header = [" ", "key path", "value", "default", "unit", "range", "plausible", "evidence", "meaning"]
        let cells = rows.map {
            [$0.isChanged ? "*" : " ", $0.keyPath, $0.value, $0.defaultValue, $0.spec.unit, $0.spec.rangeDescription,
             $0.spec.plausibleDescription, $0.spec.evidence, $0.spec.meaning]
        }
        let widths = columnWidths([header] + cells)
        return ([header] + cells).map { aligned($0, widths: widths) }
    }

    private static func cut(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }

    private static func columnWidths(_ table: [[String]]) -> [Int] {
        (0..<(table.first?.count ?? 0)).map { column in table.map { $0[column].count }.max() ?? 0 }
    }

    /// Cells padded to their column's width: the marker, one space, then two spaces
    /// between columns; trailing spaces dropped.
    private static func aligned(_ cells: [String], widths: [Int]) -> String {
        var line = ""
        for (index, cell) in cells.enumerated() {
            if index > 0 { line += index == 1 ? " " : "  " }
            line += cell + String(repeating: " ", count: max(0, widths[index] - cell.count))
        }
        while line.last == " " { line.removeLast() }
        return line
    }

    /// `text` word-wrapped into lines of at most `width` characters, each indented by
    /// `indent` spaces; a word longer than a line stands alone.
    static func wrapped(_ text: String, indent: Int, width: Int) -> [String] {
        let margin = String(repeating: " ", count: indent)
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && indent + line.count + 1 + word.count > width {
                lines.append(margin + line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(margin + line) }
        return lines
    }
}
