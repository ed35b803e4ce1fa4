/// The per-neighbourhood section of the sweep report, from `units-summary.csv`: the
/// connection rate per neighbourhood, as a sorted dot plot with 95% intervals, at the point
/// with the lowest and at the point with the highest connection rate of the sweep.
extension SweepReportPage {
    /// Adds the section; a folder without `units-summary.csv` gets one sentence saying so.
    func addUnitSection(to page: inout HTMLDocument) {
        page.heading(text(.sweepSectionUnits))
        guard let extremes = results.extremeUnits else {
            page.paragraph(text(.unitsMissing), className: "note")
            return
        }
        // One axis for both charts, so that the lowest and the highest point read side by side.
        let extent = extremes.flatMap { item in
            item.units(.neighbourhood, metric: "connection_rate").flatMap {
                [$0.mean, RunReportPage.unitInterval($0.ciLow), RunReportPage.unitInterval($0.ciHigh)]
            } + [item.point.metrics[Self.headline]?.mean ?? .nan]
        }.filter(\.isFinite)
        for (index, item) in extremes.enumerated() {
            let isHighest = index == 1
            let chart = hoodRateChart(item, isHighest: isHighest, extent: extent)
            page.figure(title: chart.title, svg: chart.svg, caption: unitCaption(item, isHighest: isHighest, chart: chart))
        }
    }

    /// The connection rate per neighbourhood at `item`'s point, highest first, with the
    /// point's whole municipality as reference. Intervals are clamped to [0, 1] as in the run
    /// report; values have as many decimals as the axis ticks need (at least 1). The axis
    /// contains `extent` too.
    func hoodRateChart(_ item: SweepResults.PointUnits, isHighest: Bool, extent: [Double] = []) -> DotIntervalChart {
        let rows = item.units(.neighbourhood, metric: "connection_rate").map {
            DotIntervalChart.Row(label: $0.unit, value: $0.mean, low: RunReportPage.unitInterval($0.ciLow),
                                 high: RunReportPage.unitInterval($0.ciHigh))
        }
        let all = item.point.metrics[Self.headline]?.mean ?? .nan
        let title = text(isHighest ? .sweepUnitsHighestTitle : .sweepUnitsLowestTitle, String(item.point.index))
        var chart = DotIntervalChart(title: title, rows: rows, axisTitle: text(.rateAxis), format: { text.percent($0) },
                                     tick: { text.percent($0, max(0, $1 - 2)) }, reference: (all, ""), extent: extent)
        let digits = max(1, chart.scale.decimals - 2)
        chart.format = { text.percent($0, digits) }
        chart.reference = (all, text(.hoodRateReference, text.percent(all, digits)))
        return chart
    }

    /// "Point 40 (connectors[*].hoursPerWeek = 12.3) has the lowest connection rate …".
    private func unitCaption(_ item: SweepResults.PointUnits, isHighest: Bool, chart: DotIntervalChart) -> String {
        let digits = max(1, chart.scale.decimals - 2)
        var setting = ""
        if let parameter = topParameter, let column = results.parameters.firstIndex(of: parameter) {
            setting = "\(parameter) = \(significant(item.point.values[column]))"
        }
        let all = item.point.metrics[Self.headline]?.mean ?? .nan
        return text(isHighest ? .sweepUnitsHighestCaption : .sweepUnitsLowestCaption, String(item.point.index), setting,
                    text.percent(all, digits), String(item.point.replicates))
    }
}
