/// A forest plot: per variant, the paired difference as a square and its 95% interval as a
/// line, against a solid zero line ("no difference"). A filled square means the interval
/// excludes zero; a hollow one that it does not (shape, not colour, carries it). The value
/// and interval are written at the right.
///
/// Marks: one `<g class="estimate">` per variant, in the given order. The axis domain
/// contains zero and every difference and interval end.
struct ForestPlot {
    /// One variant. Unit: the axis's.
    struct Row {
        var label: String
        var difference: Double
        var low: Double
        var high: Double
    }

    /// Accessible title.
    var title: String
    /// The rows, top to bottom (the order of the key-numbers table).
    var rows: [Row]
    /// The axis title, with its unit.
    var axisTitle: String
    /// Formats a tick (signed), given the decimals its step needs.
    var format: (Double, Int) -> String
    /// Formats "value (low to high)".
    var describe: (Row) -> String

    private var plotLeft: Double { (rows.map { ChartStyle.textWidth($0.label) }.max() ?? 0) + 16 }
    private var textWidth: Double { (rows.map { ChartStyle.textWidth(describe($0), size: ChartStyle.smallSize) }.max() ?? 0) + 16 }

    /// The difference axis.
    var scale: LinearScale {
        let right = max(ChartStyle.width - textWidth, plotLeft + 160)
        return LinearScale.nice(containing: rows.flatMap { [$0.difference, $0.low, $0.high] }, includeZero: true,
                                range: plotLeft...right)
    }

    /// The width of the view box (wider than usual only when labels are very long).
    private var width: Double { max(ChartStyle.width, plotLeft + 160 + textWidth) }

    /// The SVG.
    var svg: String {
        let rowHeight = 30.0, top = 10.0
        let bottom = top + Double(rows.count) * rowHeight
        var canvas = SVGCanvas(width: width, height: bottom + 46, title: title)
        let scale = self.scale
        _ = ChartAxis.horizontal(scale, on: &canvas, top: top, bottom: bottom, title: axisTitle, label: { format($0, scale.decimals) })
        canvas.line(x1: scale.map(0), y1: top, x2: scale.map(0), y2: bottom, width: 1.8, attributes: "class=\"zero\"")
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight + rowHeight / 2
            canvas.text(row.label, x: plotLeft - 8, y: y + 4, anchor: "end")
            canvas.add("<g class=\"estimate\">")
            if row.low.isFinite, row.high.isFinite {
                canvas.line(x1: scale.map(row.low), y1: y, x2: scale.map(row.high), y2: y, stroke: ChartStyle.blue, width: 2.2)
                for end in [row.low, row.high] {
                    canvas.line(x1: scale.map(end), y1: y - 5, x2: scale.map(end), y2: y + 5, stroke: ChartStyle.blue, width: 2.2)
                }
            }
            if row.difference.isFinite {
                let clear = row.low.isFinite && row.high.isFinite && (row.low > 0 || row.high < 0)
                canvas.rect(x: scale.map(row.difference) - 5, y: y - 5, width: 10, height: 10,
                            fill: clear ? ChartStyle.blue : "#ffffff", attributes: "stroke=\"\(ChartStyle.blue)\" stroke-width=\"2\"")
            }
            canvas.add("</g>")
            canvas.text(describe(row), x: scale.range.upperBound + 12, y: y + 4, size: ChartStyle.smallSize)
        }
        return canvas.svg
    }
}
