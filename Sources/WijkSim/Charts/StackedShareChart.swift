/// Horizontal 100% stacked bars: per category (a request kind), the share of each part (an
/// outcome), with a legend above. Parts are told apart by colour, by hatching on every
/// other part, by their fixed order (as in the legend) and by the percentage written in
/// each segment wide enough to hold it.
///
/// Marks: one `<g class="stack">` per category holding one `<rect class="segment">` per
/// part with a positive share.
struct StackedShareChart {
    /// One part: its label and colour; `hatched` adds diagonal lines.
    struct Part {
        var label: String
        var colour: String
        var hatched: Bool
    }

    /// One bar: its label and the amount of each part (any unit; shown as shares of the sum).
    struct Bar {
        var label: String
        var amounts: [Double]
    }

    /// Accessible title.
    var title: String
    /// The parts, left to right.
    var parts: [Part]
    /// The bars, top to bottom.
    var bars: [Bar]
    /// The axis title, with its unit.
    var axisTitle: String
    /// Formats a share (a fraction).
    var percent: (Double) -> String

    /// The share axis: 0 to 1.
    var scale: LinearScale {
        LinearScale(domain: 0...1, range: plotLeft...(ChartStyle.width - 16), step: 0.2)
    }

    private var plotLeft: Double { (bars.map { ChartStyle.textWidth($0.label) }.max() ?? 0) + 16 }

    private func fill(_ index: Int) -> String {
        parts[index].hatched ? "url(#hatch-\(index))" : parts[index].colour
    }

    /// The SVG.
    var svg: String {
        let legend = ChartLegend(entries: parts.indices.map { index in
            ChartLegend.Entry(label: parts[index].label) { canvas, x, y in
                canvas.rect(x: x, y: y, width: 24, height: 12, fill: fill(index), attributes: "stroke=\"\(ChartStyle.ink)\" stroke-width=\"0.6\"")
            }
        })
        let legendHeight = legend.height(width: ChartStyle.width - 16)
        let rowHeight = 34.0
        let top = 8 + legendHeight + 8
        let bottom = top + Double(bars.count) * rowHeight
        var canvas = SVGCanvas(width: ChartStyle.width, height: bottom + 46, title: title)
        for (index, part) in parts.enumerated() where part.hatched {
            canvas.define("<pattern id=\"hatch-\(index)\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"\(part.colour)\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#ffffff\" stroke-width=\"3\"/></pattern>")
        }
        legend.draw(on: &canvas, x: 8, y: 8, width: ChartStyle.width - 16)
        let scale = self.scale
        _ = ChartAxis.horizontal(scale, on: &canvas, top: top, bottom: bottom, title: axisTitle, label: { percent($0) })
        for (row, bar) in bars.enumerated() {
            let y = top + Double(row) * rowHeight
            canvas.text(bar.label, x: plotLeft - 8, y: y + rowHeight / 2 + 4, anchor: "end")
            let total = bar.amounts.filter(\.isFinite).reduce(0, +)
            canvas.add("<g class=\"stack\">")
            var start = 0.0
            for (index, amount) in bar.amounts.enumerated() where amount.isFinite && amount > 0 && total > 0 {
                let share = amount / total
                let x = scale.map(start), w = scale.map(start + share) - x
                canvas.rect(x: x, y: y + 6, width: w, height: rowHeight - 12, fill: fill(index),
                            attributes: "class=\"segment\" stroke=\"#ffffff\" stroke-width=\"1\"",
                            tooltip: "\(bar.label), \(parts[index].label): \(percent(share))")
                let text = percent(share)
                if w >= ChartStyle.textWidth(text, size: ChartStyle.smallSize) + 6 {
                    let dark = ChartStyle.prefersDarkText(on: parts[index].colour)
                    if parts[index].hatched {
                        let textWidth = ChartStyle.textWidth(text, size: ChartStyle.smallSize)
                        canvas.rect(x: x + w / 2 - textWidth / 2 - 2, y: y + rowHeight / 2 - 8, width: textWidth + 4, height: 15,
                                    fill: "#ffffff", attributes: "opacity=\"0.85\"")
                    }
                    canvas.text(text, x: x + w / 2, y: y + rowHeight / 2 + 4, anchor: "middle", size: ChartStyle.smallSize,
                                fill: parts[index].hatched || dark ? ChartStyle.ink : "#ffffff")
                }
                start += share
            }
            canvas.add("</g>")
        }
        return canvas.svg
    }
}
