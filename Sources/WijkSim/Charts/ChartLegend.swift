/// A legend: one row of entries that wraps to further rows, each entry a swatch (drawn by
/// the chart, so it matches the marks exactly) and a label.
struct ChartLegend {
    /// One entry: its label and how to draw its 24 × 12 swatch at (x, y) (top-left).
    struct Entry {
        var label: String
        var swatch: (inout SVGCanvas, Double, Double) -> Void
    }

    /// The entries, in the order the marks are drawn.
    var entries: [Entry]

    /// Width of one entry. Unit: user units.
    static func width(of entry: Entry) -> Double { 30 + ChartStyle.textWidth(entry.label, size: ChartStyle.smallSize) + 18 }

    /// The height the legend needs within `width`. Unit: user units.
    func height(width: Double) -> Double { Double(rows(width: width).count) * 20 }

    /// Draws the legend with its top-left corner at (`x`, `y`), wrapping within `width`.
    func draw(on canvas: inout SVGCanvas, x: Double, y: Double, width: Double) {
        for (row, items) in rows(width: width).enumerated() {
            var left = x
            let top = y + Double(row) * 20
            for entry in items {
                entry.swatch(&canvas, left, top + 2)
                canvas.text(entry.label, x: left + 30, y: top + 12, size: ChartStyle.smallSize)
                left += Self.width(of: entry)
            }
        }
    }

    private func rows(width: Double) -> [[Entry]] {
        var rows: [[Entry]] = [[]]
        var used = 0.0
        for entry in entries {
            let w = Self.width(of: entry)
            if used + w > width, !rows[rows.count - 1].isEmpty { rows.append([]); used = 0 }
            rows[rows.count - 1].append(entry)
            used += w
        }
        return rows.filter { !$0.isEmpty }
    }
}
