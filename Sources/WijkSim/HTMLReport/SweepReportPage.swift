import Foundation

/// The HTML report of a `sweep` (or `merge`) results folder.
///
/// Sections, in order: header facts; the sensitivity ranking of `connection_rate_all` as
/// bars with 95% whiskers and a zero line, in rank order; a table of the ranking of the
/// other key metrics; the connection rate against the top-ranked parameter (a grid: its
/// level means, joined; other designs: every point's mean, sorted by the parameter); for a
/// grid of two factors, a heat map of the connection rate over both; with `units-summary.csv`,
/// the connection rate per neighbourhood at the lowest and the highest point
/// (``addUnitSection(to:)``).
struct SweepReportPage {
    /// The results.
    var results: SweepResults
    /// Texts and numbers.
    var text: Localizer

    /// The headline metric.
    static let headline = "connection_rate_all"
    /// The other key metrics shown in the table, each with its name.
    static let others: [(metric: String, key: TextKey)] = [
        ("connector_route_connection_rate", .sweepMetricConnectorRoute), ("untouched_all", .sweepMetricUntouched),
        ("mean_trust", .sweepMetricTrust),
    ]

    private var isGrid: Bool { results.manifest.design == "grid" }

    /// The page.
    var html: String {
        let manifest = results.manifest
        var page = HTMLDocument(language: text.language, title: text(.sweepReportTitle, manifest.sweepName))
        page.facts(ReportHeader.facts(manifest, text: text))
        page.paragraph(text(.sweepIntro, String(manifest.points), manifest.design, String(manifest.replicates)))
        page.heading(text(.sweepSectionRanking))
        if let chart = rankingChart {
            page.figure(title: text(.sweepRankingTitle), svg: chart.svg, caption: text(.sweepRankingCaption))
        } else {
            page.paragraph(text(.sweepNoRanking), className: "note")
        }
        page.table(caption: text(.sweepTableCaption),
                   headers: [text(.columnMetric), text(.columnRank), text(.columnParameter), text(.columnMeasure),
                             text(.columnEstimate)],
                   rows: tableRows)
        page.heading(text(.sweepSectionResponse))
        if let parameter = topParameter, let chart = responseChart(parameter) {
            page.figure(title: text(.sweepResponseTitle, parameter), svg: chart.svg, caption: responseCaption(parameter))
        } else {
            page.paragraph(text(.sweepNoPoints), className: "note")
        }
        if let heat = heatMap {
            page.figure(title: text(.sweepHeatTitle, heat.rowParameter, heat.columnParameter), svg: heat.chart.svg,
                        caption: text(.sweepHeatCaption, heat.rowParameter, heat.columnParameter))
        }
        addUnitSection(to: &page)
        page.paragraph(text(.footer, manifest.toolVersion), className: "note")
        return page.html
    }

    // MARK: Ranking

    /// The varied parameter ranked first for the connection rate (the first varied
    /// parameter when nothing is ranked).
    var topParameter: String? { results.ranking(Self.headline).first?.parameter ?? results.parameters.first }

    /// Whether `measure`'s estimates are in the metric's unit (shown ×100 for a rate).
    private static func inMetricUnits(_ measure: String) -> Bool { measure == "range" || measure == "mu_star" || measure == "mu" || measure == "sigma" }

    /// The ranking of the connection rate: one bar per ranked parameter, in rank order.
    var rankingChart: IntervalBarChart? {
        let ranking = results.ranking(Self.headline)
        guard let measure = ranking.first?.measure else { return nil }
        let scale = Self.inMetricUnits(measure) ? 100.0 : 1.0
        let axis: String = switch measure {
        case "prcc": text(.sweepAxisPRCC)
        case "range": text(.sweepAxisRange)
        case "mu_star": text(.sweepAxisMuStar)
        default: text(.sweepAxisOther, measure)
        }
        return IntervalBarChart(
            title: text(.sweepRankingTitle),
            bars: ranking.map { .init(label: $0.parameter, value: $0.estimate * scale, low: $0.low * scale, high: $0.high * scale) },
            axisTitle: axis, format: { significant($0) }, tick: { text.number($0, $1) },
            reference: nil, extent: [0], zeroLine: true)
    }

    /// One row per key metric other than the connection rate and ranked parameter.
    var tableRows: [[String]] {
        Self.others.flatMap { item in
            results.ranking(item.metric).map { row in
                let scale = Self.inMetricUnits(row.measure) && item.metric.contains("rate") ? 100.0 : 1.0
                let estimate = "\(significant(row.estimate * scale)) (\(text(.intervalRange, significant(row.low * scale), significant(row.high * scale))))"
                let name = text(item.key).capitalizedFirst + (scale == 100 ? text(.sweepPercentagePoints) : "")
                return [name, row.rank.map(String.init) ?? "", row.parameter, measureName(row.measure), estimate]
            }
        }
    }

    /// The measure's name in the page language (the `measure` column of `sensitivity.csv`).
    func measureName(_ measure: String) -> String {
        switch measure {
        case "prcc": text(.sweepMeasurePRCC)
        case "range": text(.sweepMeasureRange)
        case "mu_star": text(.sweepMeasureMuStar)
        default: measure
        }
    }

    /// `value` with three significant digits (at most six decimals), signed form for negatives.
    func significant(_ value: Double) -> String {
        guard value.isFinite else { return "NA" }
        if value == 0 { return text.number(0, 0) }
        let digits = min(6, max(0, 2 - Int(log10(abs(value)).rounded(.down))))
        return text.number(value, digits)
    }

    // MARK: Response

    /// The axis title of `parameter`: its key path and its unit from ``ParameterCatalog``.
    func parameterAxis(_ parameter: String) -> String {
        guard let unit = ParameterCatalog.spec(for: parameter)?.unit, !unit.isEmpty else { return parameter }
        return text(.sweepParameterAxis, parameter, text.language == .dutch ? Self.dutchUnits[unit] ?? unit : unit)
    }

    /// Dutch for the units of ``ParameterCatalog`` (others are shown as they are).
    static let dutchUnits: [String: String] = [
        "fraction": "fractie", "probability": "kans", "strength": "sterkte", "weight": "gewicht", "hours": "uren",
        "hours per week": "uur per week", "weeks": "weken", "residents": "inwoners", "euro": "euro",
        "euro per year": "euro per jaar", "probability per year": "kans per jaar", "fraction per year": "fractie per jaar",
        "fraction per week": "fractie per week", "fraction per department": "fractie per afdeling",
        "plans per year": "plannen per jaar", "requests per resident per year": "verzoeken per inwoner per jaar",
        "shape": "vorm", "per week of backlog": "per week achterstand", "hours per request per week": "uur per verzoek per week",
    ]

    /// The points (grid: the level means) of the connection rate against `parameter`.
    func responsePoints(_ parameter: String) -> [PointIntervalChart.Point] {
        if isGrid {
            let levels = results.levelMeans(Self.headline, parameter: parameter)
            if !levels.isEmpty {
                return levels.map { .init(x: $0.level, value: $0.estimate, low: max(0, $0.low), high: min(1, $0.high)) }
            }
        }
        guard let column = results.parameters.firstIndex(of: parameter) else { return [] }
        return results.points.compactMap { point in
            guard let rate = point.metrics[Self.headline] else { return nil }
            // A rate lies in [0, 1]; a t interval over few replicates may reach past it.
            return .init(x: point.values[column], value: rate.mean, low: max(0, rate.low), high: min(1, rate.high))
        }.sorted { $0.x < $1.x }
    }

    /// The connection rate against `parameter`; `nil` without points.
    func responseChart(_ parameter: String) -> PointIntervalChart? {
        let points = responsePoints(parameter)
        guard !points.isEmpty else { return nil }
        return PointIntervalChart(
            title: text(.sweepResponseTitle, parameter), points: points, yTitle: text(.sweepResponseAxis),
            xTitle: parameterAxis(parameter), yFormat: { text.percent($0, max(0, $1 - 2)) },
            xFormat: { text.number($0, $1) }, extent: [], joined: isGrid)
    }

    private func responseCaption(_ parameter: String) -> String {
        let points = responsePoints(parameter).filter { $0.value.isFinite }
        if isGrid, let low = points.map(\.value).min(), let high = points.map(\.value).max() {
            return text(.sweepResponseGridCaption, parameter, text.percent(low), text.percent(high))
        }
        return text(.sweepResponsePointsCaption, parameter, String(results.manifest.replicates))
    }

    // MARK: Heat map

    /// For a grid of exactly two factors: the connection rate over both (rows: the first
    /// ranked, columns: the other), each cell the mean over its points.
    var heatMap: (chart: HeatMapChart, rowParameter: String, columnParameter: String)? {
        guard isGrid, results.parameters.count == 2 else { return nil }
        let first = topParameter ?? results.parameters[0]
        guard let rowIndex = results.parameters.firstIndex(of: first) else { return nil }
        let columnIndex = 1 - rowIndex
        let rowLevels = Array(Set(results.points.map { $0.values[rowIndex] })).sorted()
        let columnLevels = Array(Set(results.points.map { $0.values[columnIndex] })).sorted()
        guard !rowLevels.isEmpty, !columnLevels.isEmpty else { return nil }
        let values = rowLevels.map { row in
            columnLevels.map { column -> Double in
                let rates = results.points.filter { $0.values[rowIndex] == row && $0.values[columnIndex] == column }
                    .compactMap { $0.metrics[Self.headline]?.mean }.filter(\.isFinite)
                return rates.isEmpty ? .nan : rates.reduce(0, +) / Double(rates.count)
            }
        }
        let chart = HeatMapChart(
            title: text(.sweepHeatTitle, first, results.parameters[columnIndex]),
            rows: rowLevels.map { "\(first) = \(text.number($0, decimals($0)))" },
            columns: columnLevels.map { "\(results.parameters[columnIndex]) = \(text.number($0, decimals($0)))" },
            values: values, percent: { text.percent($0) }, missing: text(.noData),
            scaleEnds: (text.percent(0, 0), text.percent(1, 0)), scaleTitle: text(.sweepHeatScale))
        return (chart, first, results.parameters[columnIndex])
    }

    /// The decimals `value` needs (at most 4): 16 → 0, 0.25 → 2.
    private func decimals(_ value: Double) -> Int {
        (0...4).first { abs(value * pow(10, Double($0)) - (value * pow(10, Double($0))).rounded()) < 1e-9 } ?? 4
    }
}
