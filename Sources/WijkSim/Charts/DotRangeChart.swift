/// Per category, a line from one summary figure to another (e.g. median to 90th
/// percentile) with a dot at the first and a diamond at a third (e.g. the mean): what the
/// data holds about a distribution, without inventing its shape.
///
/// Marks: one `<g class="range">` per category with a defined start and end.
struct DotRangeChart {
    /// One row. Unit: the axis's; NaN where undefined.
    struct Row {
        var label: String
        var start: Double
        var end: Double
        var marker: Double
    }

    /// Accessible title.
    var title: String
    /// The rows, top to bottom.
    var rows: [Row]
    /// Legend labels: the dot (start), the diamond (marker), the line (start to end).
    var startLabel: String, markerLabel: String, rangeLabel: String
    /// The axis title, with its unit.
    var axisTitle: String
    /// Formats a value.
    var format: (Double) -> String

    /// The value axis; it contains every defined figure and 0.
    var scale: LinearScale {
        LinearScale.nice(containing: rows.flatMap { [$0.start, $0.end, $0.marker] }, includeZero: true,
                         range: plotLeft...(ChartStyle.width - 16 - ChartStyle.textWidth("0000", size: ChartStyle.smallSize)))
    }

    private var plotLeft: Double { (rows.map { ChartStyle.textWidth($0.label) }.max() ?? 0) + 16 }

    private static func diamond(_ x: Double, _ y: Double, _ r: Double) -> String {
        "M\(SVGCanvas.n(x)) \(SVGCanvas.n(y - r))L\(SVGCanvas.n(x + r)) \(SVGCanvas.n(y))L\(SVGCanvas.n(x)) \(SVGCanvas.n(y + r))L\(SVGCanvas.n(x - r)) \(SVGCanvas.n(y))Z"
    }

    /// The SVG.
    var svg: String {
        let legend = ChartLegend(entries: [
            .init(label: startLabel) { c, x, y in c.circle(cx: x + 12, cy: y + 6, r: 5, fill: ChartStyle.blue) },
            .init(label: markerLabel) { c, x, y in c.path(Self.diamond(x + 12, y + 6, 6), fill: ChartStyle.orange, stroke: ChartStyle.ink) },
            .init(label: rangeLabel) { c, x, y in c.line(x1: x, y1: y + 6, x2: x + 24, y2: y + 6, stroke: ChartStyle.blue, width: 3) },
        ])
        let top = 8 + legend.height(width: ChartStyle.width - 16) + 8
        let rowHeight = 30.0
        let bottom = top + Double(rows.count) * rowHeight
        var canvas = SVGCanvas(width: ChartStyle.width, height: bottom + 46, title: title)
        legend.draw(on: &canvas, x: 8, y: 8, width: ChartStyle.width - 16)
        let scale = self.scale
        _ = ChartAxis.horizontal(scale, on: &canvas, top: top, bottom: bottom, title: axisTitle, label: { Localizer.plain($0, scale.decimals, comma: format(0.5).contains(",")) })
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight + rowHeight / 2
            canvas.text(row.label, x: plotLeft - 8, y: y + 4, anchor: "end")
            if row.start.isFinite, row.end.isFinite {
                canvas.add("<g class=\"range\">")
                canvas.line(x1: scale.map(row.start), y1: y, x2: scale.map(row.end), y2: y, stroke: ChartStyle.blue, width: 3)
                canvas.add("</g>")
            }
            if row.start.isFinite { canvas.circle(cx: scale.map(row.start), cy: y, r: 5, fill: ChartStyle.blue) }
            if row.marker.isFinite { canvas.path(Self.diamond(scale.map(row.marker), y, 6), fill: ChartStyle.orange, stroke: ChartStyle.ink) }
            let ends = [row.start, row.end, row.marker].filter(\.isFinite)
            if let last = ends.max(), !ends.isEmpty, row.end.isFinite {
                canvas.text(format(row.end), x: scale.map(last) + 9, y: y + 4, size: ChartStyle.smallSize)
            }
        }
        return canvas.svg
    }
}
