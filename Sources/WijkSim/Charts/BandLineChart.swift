/// Lines over the weeks, each with its 95% interval as a translucent band; series differ in
/// colour and dash pattern and are named in a legend. An optional zero line marks "no
/// difference".
///
/// Marks: one `<path class="line">` and, where intervals exist, one `<path class="band">`
/// per series. The y domain contains every value and interval end (and `extent`).
struct BandLineChart {
    /// One series.
    struct Series {
        var label: String
        var points: [WeeklyPoint]
    }

    /// Accessible title.
    var title: String
    /// The series, in legend order.
    var series: [Series]
    /// The y-axis title, with its unit (written above the axis).
    var yTitle: String
    /// The x-axis title, with its unit.
    var xTitle: String
    /// Formats a y tick, given the decimals its step needs.
    var format: (Double, Int) -> String
    /// Values the y axis must include (e.g. 0 and 1 for a share, 0 for a difference).
    var extent: [Double] = []
    /// Draws the y = 0 line darker (differences).
    var showsZero = false
    /// A fixed y scale (so panels of several variants share one); `nil` fits the data.
    var fixedDomain: LinearScale? = nil

    private var left: Double { 16 + ChartAxis.labelWidth(fittedY, label: { format($0, fittedY.decimals) }) + 8 }
    private var right: Double { ChartStyle.width - 16 }
    private var top: Double { 8 + legend.height(width: ChartStyle.width - 16) + 28 }
    /// The plot's height. Unit: user units.
    var plotHeight = 220.0

    /// Every finite value and interval end, for the y domain.
    var values: [Double] { series.flatMap { $0.points.flatMap { [$0.value, $0.low, $0.high] } } + extent }

    private var fittedY: LinearScale {
        fixedDomain ?? LinearScale.nice(containing: values, includeZero: showsZero, range: 0...1, isReversed: true)
    }

    /// The y scale.
    var yScale: LinearScale {
        var scale = fittedY
        scale.range = top...(top + plotHeight)
        scale.isReversed = true
        return scale
    }

    /// The x scale: weeks.
    var xScale: LinearScale {
        let weeks = series.flatMap { $0.points.map { Double($0.week) } }
        var scale = LinearScale.nice(containing: weeks, includeZero: true, range: left...right, tickCount: 8)
        scale.domain = 0...max(scale.domain.upperBound, 1)
        return scale
    }

    private var legend: ChartLegend {
        ChartLegend(entries: series.indices.map { index in
            ChartLegend.Entry(label: series[index].label) { canvas, x, y in
                canvas.rect(x: x, y: y, width: 24, height: 12, fill: ChartStyle.series[index % 6], attributes: "opacity=\"0.2\"")
                canvas.line(x1: x, y1: y + 6, x2: x + 24, y2: y + 6, stroke: ChartStyle.series[index % 6], width: 2.5,
                            attributes: Self.dash(index))
            }
        })
    }

    private static func dash(_ index: Int) -> String {
        let pattern = ChartStyle.dashes[index % ChartStyle.dashes.count]
        return pattern.isEmpty ? "" : "stroke-dasharray=\"\(pattern)\""
    }

    /// The SVG.
    var svg: String {
        let y = yScale, x = xScale
        let bottom = top + plotHeight
        var canvas = SVGCanvas(width: ChartStyle.width, height: bottom + 46, title: title)
        legend.draw(on: &canvas, x: 8, y: 8, width: ChartStyle.width - 16)
        canvas.text(yTitle, x: 8, y: top - 12, size: ChartStyle.smallSize, bold: true)
        ChartAxis.vertical(y, on: &canvas, left: left, right: right, label: { format($0, y.decimals) })
        _ = ChartAxis.horizontal(x, on: &canvas, top: bottom, bottom: bottom, title: xTitle, label: { SVGCanvas.n($0) })
        if showsZero, y.domain.contains(0) {
            canvas.line(x1: left, y1: y.map(0), x2: right, y2: y.map(0), width: 1.5, attributes: "class=\"zero\"")
        }
        for (index, item) in series.enumerated() {
            let colour = ChartStyle.series[index % 6]
            let banded = item.points.filter { $0.low.isFinite && $0.high.isFinite }
            if banded.count > 1 {
                let upper = banded.map { "\(SVGCanvas.n(x.map(Double($0.week)))) \(SVGCanvas.n(y.map($0.high)))" }
                let lower = banded.reversed().map { "\(SVGCanvas.n(x.map(Double($0.week)))) \(SVGCanvas.n(y.map($0.low)))" }
                canvas.path("M" + (upper + lower).joined(separator: "L") + "Z", fill: colour,
                            attributes: "opacity=\"0.2\" class=\"band\"")
            }
            let defined = item.points.filter { $0.value.isFinite }
            if defined.count == 1, let only = defined.first {
                canvas.circle(cx: x.map(Double(only.week)), cy: y.map(only.value), r: 3, fill: colour, stroke: colour)
            }
            let line = defined.map { "\(SVGCanvas.n(x.map(Double($0.week)))) \(SVGCanvas.n(y.map($0.value)))" }
            if !line.isEmpty {
                canvas.path("M" + line.joined(separator: "L"), stroke: colour, width: 2.2,
                            attributes: "class=\"line\" stroke-linejoin=\"round\" \(Self.dash(index))")
            }
        }
        return canvas.svg
    }
}
