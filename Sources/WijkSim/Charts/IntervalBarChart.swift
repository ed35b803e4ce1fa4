/// Horizontal bars, one per category, each with its 95% interval as a black whisker and its
/// value written beside it; optionally a dashed reference line (e.g. "all kinds").
///
/// Marks: one `<rect class="bar">` per bar and one `<line class="interval">` per defined
/// interval. The axis domain contains every value and interval end.
struct IntervalBarChart {
    /// One bar. Unit of `value`, `low`, `high`: the axis's.
    struct Bar {
        var label: String
        var value: Double
        var low: Double
        var high: Double
    }

    /// Accessible title.
    var title: String
    /// The bars, top to bottom.
    var bars: [Bar]
    /// The axis title, with its unit.
    var axisTitle: String
    /// Formats a value for the value texts.
    var format: (Double) -> String
    /// Formats a tick, given the decimals its step needs in data units.
    var tick: (Double, Int) -> String
    /// A dashed vertical line with its label, e.g. the rate over all kinds.
    var reference: (value: Double, label: String)?
    /// Values the axis must include besides the data (e.g. 1 for a share).
    var extent: [Double] = [0]
    /// Draws a solid `<line class="zero">` at 0 (estimates that may be negative).
    var zeroLine = false

    /// The value axis.
    var scale: LinearScale {
        let values = bars.flatMap { [$0.value, $0.low, $0.high] } + extent + [reference?.value ?? .nan]
        return LinearScale.nice(containing: values, includeZero: true, range: plotLeft...(ChartStyle.width - rightMargin))
    }

    private var plotLeft: Double { (bars.map { ChartStyle.textWidth($0.label) }.max() ?? 0) + 16 }
    private var rightMargin: Double {
        (bars.map { ChartStyle.textWidth(valueText($0), size: ChartStyle.smallSize) }.max() ?? 0) + 16
    }
    private func valueText(_ bar: Bar) -> String {
        // "a–b" reads badly with minus signs ("−0.72–−0.65"), so negative bounds get " … " (any language).
        bar.low.isFinite && bar.high.isFinite
            ? (bar.low < 0 || bar.high < 0
                ? "\(format(bar.value)) (\(format(bar.low)) … \(format(bar.high)))"
                : "\(format(bar.value)) (\(format(bar.low))–\(format(bar.high)))".replacingOccurrences(of: "%)", with: ")").replacingOccurrences(of: "%–", with: "–"))
            : format(bar.value)
    }

    /// The SVG.
    var svg: String {
        let rowHeight = 32.0
        let top = reference == nil ? 10.0 : 30.0
        let bottom = top + Double(bars.count) * rowHeight
        var canvas = SVGCanvas(width: ChartStyle.width, height: bottom + 46, title: title)
        let scale = self.scale
        _ = ChartAxis.horizontal(scale, on: &canvas, top: top, bottom: bottom, title: axisTitle, label: { tick($0, scale.decimals) })
        if zeroLine {
            canvas.line(x1: scale.map(0), y1: top, x2: scale.map(0), y2: bottom, width: 1.8, attributes: "class=\"zero\"")
        }
        for (index, bar) in bars.enumerated() {
            let y = top + Double(index) * rowHeight
            canvas.text(bar.label, x: plotLeft - 8, y: y + rowHeight / 2 + 4, anchor: "end")
            guard bar.value.isFinite else { continue }
            let x0 = scale.map(0), x1 = scale.map(bar.value)
            canvas.rect(x: min(x0, x1), y: y + 7, width: abs(x1 - x0), height: rowHeight - 14, fill: ChartStyle.skyBlue,
                        attributes: "class=\"bar\" stroke=\"\(ChartStyle.blue)\"", tooltip: "\(bar.label): \(valueText(bar))")
            var textX = max(x0, x1)
            if bar.low.isFinite, bar.high.isFinite {
                let a = scale.map(bar.low), b = scale.map(bar.high), mid = y + rowHeight / 2
                canvas.line(x1: a, y1: mid, x2: b, y2: mid, width: 1.6, attributes: "class=\"interval\"")
                canvas.line(x1: a, y1: mid - 5, x2: a, y2: mid + 5, width: 1.6)
                canvas.line(x1: b, y1: mid - 5, x2: b, y2: mid + 5, width: 1.6)
                textX = max(textX, b)
            }
            canvas.text(valueText(bar), x: textX + 6, y: y + rowHeight / 2 + 4, size: ChartStyle.smallSize)
        }
        if let reference, reference.value.isFinite {
            let x = scale.map(reference.value)
            canvas.line(x1: x, y1: top - 6, x2: x, y2: bottom, stroke: ChartStyle.vermillion, width: 1.6,
                        attributes: "stroke-dasharray=\"5 3\" class=\"reference\"")
            let width = ChartStyle.textWidth(reference.label, size: ChartStyle.smallSize)
            let anchorX = min(max(x, plotLeft + width / 2), ChartStyle.width - width / 2 - 2)
            canvas.text(reference.label, x: anchorX, y: top - 10, anchor: "middle", size: ChartStyle.smallSize,
                        fill: ChartStyle.vermillion)
        }
        return canvas.svg
    }
}
