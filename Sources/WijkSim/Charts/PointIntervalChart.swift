/// One value against a numeric input: per observation a dot at (x, value) with its 95%
/// interval as a vertical whisker, e.g. a sweep's point means against one parameter.
/// Optionally the dots are joined by a line in x order (the level means of a grid).
///
/// Marks: one `<circle class="point">` per defined observation, one `<line class="interval">`
/// per defined interval. The y domain contains every value and interval end (and `extent`).
struct PointIntervalChart {
    /// One observation. Unit of `value`, `low`, `high`: the y axis's; of `x`: the x axis's.
    struct Point {
        var x: Double
        var value: Double
        var low: Double
        var high: Double
    }

    /// Accessible title.
    var title: String
    /// The observations (drawn in x order).
    var points: [Point]
    /// The y-axis title, with its unit (written above the axis).
    var yTitle: String
    /// The x-axis title, with its unit.
    var xTitle: String
    /// Formats a y tick, given the decimals its step needs.
    var yFormat: (Double, Int) -> String
    /// Formats an x tick, given the decimals its step needs.
    var xFormat: (Double, Int) -> String
    /// Values the y axis must include (e.g. 0 and 1 for a share).
    var extent: [Double] = []
    /// Joins the dots in x order.
    var joined = false

    private let plotHeight = 220.0
    private let top = 30.0

    /// The y scale.
    var yScale: LinearScale {
        let values = points.flatMap { [$0.value, $0.low, $0.high] } + extent
        let fitted = LinearScale.nice(containing: values, includeZero: false, range: 0...1, isReversed: true)
        var scale = fitted
        scale.range = top...(top + plotHeight)
        scale.isReversed = true
        return scale
    }

    private var left: Double {
        let y = yScale
        return 16 + ChartAxis.labelWidth(y, label: { yFormat($0, y.decimals) }) + 8
    }

    /// The x scale; it spans the inputs with a little room at both ends.
    var xScale: LinearScale {
        let xs = points.map(\.x).filter(\.isFinite)
        let low = xs.min() ?? 0, high = xs.max() ?? 1
        let pad = high > low ? (high - low) * 0.05 : max(abs(low) * 0.1, 1)
        return LinearScale.nice(containing: [low - pad, high + pad], includeZero: false,
                                range: (left + 10)...(ChartStyle.width - 24), tickCount: 6)
    }

    /// The SVG.
    var svg: String {
        let y = yScale, x = xScale
        let bottom = top + plotHeight
        var canvas = SVGCanvas(width: ChartStyle.width, height: bottom + 46, title: title)
        canvas.text(yTitle, x: 8, y: top - 14, size: ChartStyle.smallSize, bold: true)
        ChartAxis.vertical(y, on: &canvas, left: left, right: ChartStyle.width - 16, label: { yFormat($0, y.decimals) })
        _ = ChartAxis.horizontal(x, on: &canvas, top: top, bottom: bottom, title: xTitle, label: { xFormat($0, x.decimals) })
        let sorted = points.filter { $0.x.isFinite }.sorted { $0.x < $1.x }
        if joined {
            let line = sorted.filter { $0.value.isFinite }.map { "\(SVGCanvas.n(x.map($0.x))) \(SVGCanvas.n(y.map($0.value)))" }
            if line.count > 1 {
                canvas.path("M" + line.joined(separator: "L"), stroke: ChartStyle.blue, width: 2,
                            attributes: "class=\"line\" stroke-linejoin=\"round\"")
            }
        }
        for point in sorted {
            let cx = x.map(point.x)
            if point.low.isFinite, point.high.isFinite {
                let a = y.map(point.low), b = y.map(point.high)
                canvas.line(x1: cx, y1: a, x2: cx, y2: b, stroke: ChartStyle.blue, width: 1.6, attributes: "class=\"interval\"")
                canvas.line(x1: cx - 4, y1: a, x2: cx + 4, y2: a, stroke: ChartStyle.blue, width: 1.6)
                canvas.line(x1: cx - 4, y1: b, x2: cx + 4, y2: b, stroke: ChartStyle.blue, width: 1.6)
            }
            if point.value.isFinite {
                canvas.circle(cx: cx, cy: y.map(point.value), r: 4.5, fill: ChartStyle.blue, stroke: ChartStyle.ink,
                              attributes: "class=\"point\"")
            }
        }
        return canvas.svg
    }
}
