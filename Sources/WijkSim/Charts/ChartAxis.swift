/// Draws axes with grid lines, tick labels and an axis title that states the unit.
enum ChartAxis {
    /// A horizontal value axis under a plot spanning `top`...`bottom`: vertical grid lines,
    /// tick labels under `bottom`, the title centred below them.
    /// - Returns: the y coordinate below the title (where the chart may end).
    static func horizontal(_ scale: LinearScale, on canvas: inout SVGCanvas, top: Double, bottom: Double,
                           title: String, label: (Double) -> String) -> Double {
        for tick in scale.ticks {
            let x = scale.map(tick)
            canvas.line(x1: x, y1: top, x2: x, y2: bottom, stroke: tick == 0 ? ChartStyle.ink : ChartStyle.grid,
                        width: tick == 0 ? 1.2 : 1)
            canvas.text(label(tick), x: x, y: bottom + 16, anchor: "middle", size: ChartStyle.smallSize)
        }
        canvas.line(x1: scale.range.lowerBound, y1: bottom, x2: scale.range.upperBound, y2: bottom)
        let middle = (scale.range.lowerBound + scale.range.upperBound) / 2
        canvas.text(title, x: middle, y: bottom + 36, anchor: "middle")
        return bottom + 44
    }

    /// A vertical value axis left of a plot spanning `left`...`right`: horizontal grid lines
    /// and tick labels right-aligned before `left`; the title goes above the plot, left
    /// aligned at `titleX` on `titleY` (horizontal text reads better than rotated).
    static func vertical(_ scale: LinearScale, on canvas: inout SVGCanvas, left: Double, right: Double,
                         label: (Double) -> String) {
        for tick in scale.ticks {
            let y = scale.map(tick)
            canvas.line(x1: left, y1: y, x2: right, y2: y, stroke: tick == 0 ? ChartStyle.ink : ChartStyle.grid,
                        width: tick == 0 ? 1.2 : 1)
            canvas.text(label(tick), x: left - 6, y: y + 4, anchor: "end", size: ChartStyle.smallSize)
        }
        canvas.line(x1: left, y1: scale.range.lowerBound, x2: left, y2: scale.range.upperBound)
    }

    /// The widest tick label of `scale`, for the margin it needs. Unit: user units.
    static func labelWidth(_ scale: LinearScale, label: (Double) -> String) -> Double {
        scale.ticks.map { ChartStyle.textWidth(label($0), size: ChartStyle.smallSize) }.max() ?? 0
    }
}
