/// A sorted dot plot: per unit (e.g. a neighbourhood) a dot at its mean and its 95%
/// interval as a line with end ticks, one row each, sorted by the mean (highest first, units
/// without a value last), with the value written at the right and optionally a dashed
/// reference line (e.g. the municipality as a whole).
///
/// Marks: one `<circle class="dot">` per row with a defined value, one `<line class="interval">`
/// per defined interval. The axis domain contains every value, interval end, the reference
/// and `extent`.
struct DotIntervalChart {
    /// One unit. Unit of `value`, `low`, `high`: the axis's; NaN where undefined.
    struct Row {
        var label: String
        var value: Double
        var low: Double
        var high: Double
    }

    /// Accessible title.
    var title: String
    /// The rows, in any order (drawn sorted, see ``sortedRows``).
    var rows: [Row]
    /// The axis title, with its unit.
    var axisTitle: String
    /// Formats a value for the value texts.
    var format: (Double) -> String
    /// Formats a tick, given the decimals its step needs in data units.
    var tick: (Double, Int) -> String
    /// A dashed vertical line with its label.
    var reference: (value: Double, label: String)?
    /// Values the axis must include besides the data (e.g. 0 and 1 for a share); empty: fit the data.
    var extent: [Double] = []

    /// The rows top to bottom: highest value first, ties by label, undefined values last.
    var sortedRows: [Row] {
        rows.enumerated().sorted { a, b in
            switch (a.element.value.isFinite, b.element.value.isFinite) {
            case (true, true):
                return a.element.value != b.element.value ? a.element.value > b.element.value : a.offset < b.offset
            case (true, false): return true
            case (false, true): return false
            case (false, false): return a.offset < b.offset
            }
        }.map(\.element)
    }

    /// The value axis.
    var scale: LinearScale {
        let values = rows.flatMap { [$0.value, $0.low, $0.high] } + extent + [reference?.value ?? .nan]
        return LinearScale.nice(containing: values, includeZero: false, range: plotLeft...(ChartStyle.width - rightMargin))
    }

    private var plotLeft: Double { (rows.map { ChartStyle.textWidth($0.label) }.max() ?? 0) + 16 }
    private var rightMargin: Double {
        (rows.map { ChartStyle.textWidth(valueText($0), size: ChartStyle.smallSize) }.max() ?? 0) + 20
    }

    /// "value (low–high)", or "value (low … high)" when a bound is negative; a `%` is
    /// written once, after the value (`30.3% (30.2–30.4)`), as ``IntervalBarChart`` does.
    func valueText(_ row: Row) -> String {
        guard row.value.isFinite else { return "–" }
        guard row.low.isFinite, row.high.isFinite else { return format(row.value) }
        func bare(_ value: Double) -> String {
            let text = format(value)
            return text.hasSuffix("%") ? String(text.dropLast()) : text
        }
        return row.low < 0 || row.high < 0
            ? "\(format(row.value)) (\(bare(row.low)) … \(bare(row.high)))"
            : "\(format(row.value)) (\(bare(row.low))–\(bare(row.high)))"
    }

    /// The SVG.
    var svg: String {
        let rowHeight = 28.0
        let top = reference == nil ? 10.0 : 30.0
        let rows = sortedRows
        let bottom = top + Double(rows.count) * rowHeight
        var canvas = SVGCanvas(width: ChartStyle.width, height: bottom + 46, title: title)
        let scale = self.scale
        _ = ChartAxis.horizontal(scale, on: &canvas, top: top, bottom: bottom, title: axisTitle, label: { tick($0, scale.decimals) })
        for index in rows.indices {
            let y = top + Double(index) * rowHeight + rowHeight / 2
            canvas.line(x1: plotLeft, y1: y, x2: scale.range.upperBound, y2: y, stroke: ChartStyle.grid, width: 0.8)
        }
        // The reference before the marks, so that dots and intervals are drawn over it.
        if let reference, reference.value.isFinite {
            let x = scale.map(reference.value)
            canvas.line(x1: x, y1: top - 6, x2: x, y2: bottom, stroke: ChartStyle.vermillion, width: 1.6,
                        attributes: "stroke-dasharray=\"5 3\" class=\"reference\"")
            let width = ChartStyle.textWidth(reference.label, size: ChartStyle.smallSize)
            let anchorX = min(max(x, plotLeft + width / 2), ChartStyle.width - width / 2 - 2)
            canvas.text(reference.label, x: anchorX, y: top - 10, anchor: "middle", size: ChartStyle.smallSize,
                        fill: ChartStyle.vermillion)
        }
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight + rowHeight / 2
            canvas.text(row.label, x: plotLeft - 8, y: y + 4, anchor: "end")
            if row.low.isFinite, row.high.isFinite {
                let a = scale.map(row.low), b = scale.map(row.high)
                canvas.line(x1: a, y1: y, x2: b, y2: y, stroke: ChartStyle.blue, width: 2, attributes: "class=\"interval\"")
                canvas.line(x1: a, y1: y - 5, x2: a, y2: y + 5, stroke: ChartStyle.blue, width: 2)
                canvas.line(x1: b, y1: y - 5, x2: b, y2: y + 5, stroke: ChartStyle.blue, width: 2)
            }
            if row.value.isFinite {
                canvas.circle(cx: scale.map(row.value), cy: y, r: 5, fill: ChartStyle.blue, stroke: ChartStyle.ink,
                              attributes: "class=\"dot\"")
            }
            canvas.text(valueText(row), x: scale.range.upperBound + 10, y: y + 4, size: ChartStyle.smallSize)
        }
        return canvas.svg
    }
}
