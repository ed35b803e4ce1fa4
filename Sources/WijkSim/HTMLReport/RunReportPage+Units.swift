/// The per-unit section of the run report, from `units-summary.csv`: connection rate and
/// trust per neighbourhood as sorted dot plots with 95% intervals, and the workload of each
/// connector and each department as bars with intervals.
extension RunReportPage {
    /// Adds the section; a folder without `units-summary.csv` gets one sentence saying so.
    func addUnitSection(to page: inout HTMLDocument) {
        page.heading(text(.sectionUnits))
        guard !results.units.isEmpty else {
            page.paragraph(text(.unitsMissing), className: "note")
            return
        }
        page.paragraph(text(.unitsIntro, "\(results.manifest.replicates) \(text(.wordReplicates))"))
        let rates = hoodRateChart
        page.figure(title: text(.hoodRateTitle), svg: rates.svg,
                    caption: rangeCaption(.hoodRateCaption, rates) { text.percent($0, hoodRateDigits) })
        let trust = hoodTrustChart
        page.figure(title: text(.hoodTrustTitle), svg: trust.svg,
                    caption: rangeCaption(.hoodTrustCaption, trust) { text.number($0, hoodTrustDigits) })
        let connectors = workloadChart(.connector, title: .connectorWorkloadTitle)
        page.figure(title: text(.connectorWorkloadTitle), svg: connectors.svg,
                    caption: busiestCaption(.connectorWorkloadCaption, connectors))
        let departments = workloadChart(.department, title: .departmentWorkloadTitle)
        page.figure(title: text(.departmentWorkloadTitle), svg: departments.svg,
                    caption: busiestCaption(.departmentWorkloadCaption, departments))
    }

    /// The rows of `metric` of every unit of `type`. Interval ends are clamped to [0, 1]: every
    /// metric drawn here is a share or a trust level, and a t interval over few replicates can
    /// reach past its range (a workload of 101%), which reads as an error.
    private func rows(_ type: UnitType, _ metric: String) -> [DotIntervalChart.Row] {
        results.units(type, metric: metric).map {
            .init(label: $0.unit, value: $0.mean, low: Self.unitInterval($0.ciLow), high: Self.unitInterval($0.ciHigh))
        }
    }

    /// `value` clamped to [0, 1] (NaN stays NaN).
    static func unitInterval(_ value: Double) -> Double { value.isNaN ? value : min(1, max(0, value)) }

    /// Connection rate per neighbourhood, highest first, with the municipality's as reference.
    /// Values are written with as many decimals as the axis ticks (at least 1): with many
    /// replicates the intervals are a tenth of a point wide, and 30.3% (30.2–30.3) beside
    /// 30.3% (30.2–30.3) hides that two neighbourhoods differ.
    var hoodRateChart: DotIntervalChart {
        let all = mean(MetricCatalog.connectionRate(MetricAxis.allKinds))
        var chart = DotIntervalChart(
            title: text(.hoodRateTitle), rows: rows(.neighbourhood, "connection_rate"), axisTitle: text(.rateAxis),
            format: { share($0) }, tick: { text.percent($0, max(0, $1 - 2)) }, reference: (all, ""))
        let digits = max(1, chart.scale.decimals - 2)
        chart.format = { text.percent($0, digits) }
        chart.reference = (all, text(.hoodRateReference, text.percent(all, digits)))
        return chart
    }

    /// The decimals the connection-rate chart writes its percentages with.
    var hoodRateDigits: Int { max(1, hoodRateChart.scale.decimals - 2) }

    /// Mean trust at the end per neighbourhood, highest first, with the municipality's as reference.
    /// Values are written with one decimal more than the axis ticks (at least 3): neighbourhoods
    /// often differ in the third decimal only, and equal-looking labels hide that.
    var hoodTrustChart: DotIntervalChart {
        let all = mean(MetricCatalog.scalarIndex(named: "mean_trust"))
        var chart = DotIntervalChart(
            title: text(.hoodTrustTitle), rows: rows(.neighbourhood, "mean_trust"), axisTitle: text(.trustAxis),
            format: { text.number($0, 3) }, tick: { text.number($0, $1) }, reference: (all, ""))
        let digits = max(3, chart.scale.decimals + 1)
        chart.format = { text.number($0, digits) }
        chart.reference = (all, text(.hoodTrustReference, text.number(all, digits)))
        return chart
    }

    /// The digits the trust chart writes its values with.
    var hoodTrustDigits: Int { max(3, hoodTrustChart.scale.decimals + 1) }

    /// Utilisation of each connector or department, in scenario order.
    func workloadChart(_ type: UnitType, title: TextKey) -> IntervalBarChart {
        IntervalBarChart(
            title: text(title),
            bars: rows(type, "utilisation").map { .init(label: $0.label, value: $0.value, low: $0.low, high: $0.high) },
            axisTitle: text(.utilisationAxis), format: { share($0) }, tick: { text.percent($0, max(0, $1 - 2)) },
            reference: nil, extent: [0, 1])
    }

    private func share(_ value: Double) -> String { text.percent(value) }

    /// The caption naming the highest and the lowest unit of a sorted dot plot.
    private func rangeCaption(_ key: TextKey, _ chart: DotIntervalChart, _ format: (Double) -> String) -> String {
        let defined = chart.sortedRows.filter(\.value.isFinite)
        guard let high = defined.first, let low = defined.last else { return text(.noData) }
        return text(key, format(high.value), high.label, format(low.value), low.label)
    }

    /// The caption naming the busiest unit of a workload chart.
    private func busiestCaption(_ key: TextKey, _ chart: IntervalBarChart) -> String {
        guard let busiest = chart.bars.filter(\.value.isFinite).max(by: { $0.value < $1.value }) else { return text(.noData) }
        return text(key, busiest.label, share(busiest.value))
    }
}
