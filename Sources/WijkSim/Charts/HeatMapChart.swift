/// A grid of shares (rows × columns, each a fraction in [0, 1]) coloured from light to dark
/// blue, with the percentage written in every cell, so the colour only repeats what the
/// text says. An undefined cell is grey and says so.
///
/// Marks: one `<rect class="cell">` per row and column.
struct HeatMapChart {
    /// Accessible title.
    var title: String
    /// Row labels, top to bottom.
    var rows: [String]
    /// Column labels, left to right.
    var columns: [String]
    /// `values[row][column]`, fractions; NaN where undefined.
    var values: [[Double]]
    /// Formats a fraction as a percentage.
    var percent: (Double) -> String
    /// The text of an undefined cell.
    var missing: String
    /// The texts at the ends of the colour scale (0% and 100%).
    var scaleEnds: (String, String)
    /// The colour-scale caption, e.g. "share successful".
    var scaleTitle: String

    /// Light to dark blue, by share (0 to 1), as `#RRGGBB`.
    static func colour(_ share: Double) -> String {
        let light = (239.0, 243.0, 255.0), dark = (8.0, 69.0, 148.0)
        let t = min(max(share, 0), 1)
        func mix(_ a: Double, _ b: Double) -> Int { Int((a + (b - a) * t).rounded()) }
        let (r, g, b) = (mix(light.0, dark.0), mix(light.1, dark.1), mix(light.2, dark.2))
        return "#" + [r, g, b].map { String($0, radix: 16).uppercased() }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
    }

    /// The SVG.
    var svg: String {
        let labelWidth = (rows.map { ChartStyle.textWidth($0) }.max() ?? 0) + 16
        let cellWidth = min(220, (ChartStyle.width - labelWidth - 16) / Double(max(columns.count, 1)))
        let headerLines = columns.map { wrap($0, width: cellWidth - 8) }
        let headerHeight = Double(headerLines.map(\.count).max() ?? 1) * 15 + 8
        let cellHeight = 34.0
        let top = 8 + headerHeight
        let bottom = top + Double(rows.count) * cellHeight
        var canvas = SVGCanvas(width: ChartStyle.width, height: bottom + 48, title: title)
        for (column, lines) in headerLines.enumerated() {
            let x = labelWidth + (Double(column) + 0.5) * cellWidth
            for (line, text) in lines.enumerated() {
                canvas.text(text, x: x, y: 8 + 12 + Double(line) * 15, anchor: "middle", size: ChartStyle.smallSize, bold: true)
            }
        }
        for (row, label) in rows.enumerated() {
            let y = top + Double(row) * cellHeight
            canvas.text(label, x: labelWidth - 8, y: y + cellHeight / 2 + 4, anchor: "end")
            for column in columns.indices {
                let value = row < values.count && column < values[row].count ? values[row][column] : .nan
                let x = labelWidth + Double(column) * cellWidth
                let fill = value.isFinite ? Self.colour(value) : "#eeeeee"
                let text = value.isFinite ? percent(value) : missing
                canvas.rect(x: x + 1, y: y + 1, width: cellWidth - 2, height: cellHeight - 2, fill: fill,
                            attributes: "class=\"cell\"", tooltip: "\(label), \(columns[column]): \(text)")
                canvas.text(text, x: x + cellWidth / 2, y: y + cellHeight / 2 + 5, anchor: "middle",
                            fill: ChartStyle.prefersDarkText(on: fill) ? ChartStyle.ink : "#ffffff", bold: true)
            }
        }
        let scaleLeft = labelWidth, scaleWidth = min(240, cellWidth * Double(columns.count))
        canvas.define("<linearGradient id=\"heat-scale\"><stop offset=\"0\" stop-color=\"\(Self.colour(0))\"/><stop offset=\"1\" stop-color=\"\(Self.colour(1))\"/></linearGradient>")
        canvas.rect(x: scaleLeft, y: bottom + 10, width: scaleWidth, height: 10, fill: "url(#heat-scale)",
                    attributes: "stroke=\"\(ChartStyle.grid)\"")
        canvas.text(scaleEnds.0, x: scaleLeft, y: bottom + 34, size: ChartStyle.smallSize)
        canvas.text(scaleEnds.1, x: scaleLeft + scaleWidth, y: bottom + 34, anchor: "end", size: ChartStyle.smallSize)
        canvas.text(scaleTitle, x: scaleLeft + scaleWidth + 12, y: bottom + 20, size: ChartStyle.smallSize)
        return canvas.svg
    }

    /// Splits `text` into lines no wider than `width` (at spaces).
    private func wrap(_ text: String, width: Double) -> [String] {
        var lines: [String] = [], current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if ChartStyle.textWidth(candidate, size: ChartStyle.smallSize) > width, !current.isEmpty {
                lines.append(current); current = String(word)
            } else { current = candidate }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
