/// The HTML report of a `compare` results folder: header, the key numbers per variant (in
/// the order of the terminal table: largest effect on the connection rate first), one
/// forest plot per key metric, and the weekly difference in connection rate per variant.
struct CompareReportPage {
    /// The results.
    var results: CompareResults
    /// Texts and numbers.
    var text: Localizer

    /// A key metric: its name in `comparison.csv`, its label, the axis title, how a
    /// difference is scaled for display (100: fraction to points) and its decimals.
    struct KeyMetric {
        var metric: String
        var label: TextKey
        var axis: TextKey
        var scale: Double
        var digits: Int
    }

    /// The headline metric of the folder's variants (``Verdict/headlineMetric(for:)``: the cohort
    /// rate, or all requests when a cohort is empty), as the terminal table chose it.
    var headlineMetric: Int { Verdict.headlineMetric(for: results.variants.map(effects(of:))) }

    /// Every paired estimate of `variant` in the folder.
    func effects(of variant: String) -> VariantEffects { results.effects(variant) }

    /// The forest plots, in order: the headline connection rate and three other key metrics
    /// (trust is that of the residents who asked, as in the terminal table).
    var keyMetrics: [KeyMetric] { [Self.headlineKey(headlineMetric)] + Self.otherKeyMetrics }

    /// The key metric of headline `metric` (index in ``MetricCatalog/scalarNames``).
    static func headlineKey(_ metric: Int) -> KeyMetric {
        KeyMetric(metric: MetricCatalog.scalarNames[metric], label: .metricConnectionRate, axis: .pointsAxis, scale: 100, digits: 1)
    }

    /// The key metrics after the headline.
    static let otherKeyMetrics: [KeyMetric] = [
        KeyMetric(metric: MetricCatalog.scalarNames[MetricCatalog.Scalar.connectorRouteConnectionRate],
                  label: .metricConnectorRoute, axis: .pointsAxis, scale: 100, digits: 1),
        KeyMetric(metric: MetricCatalog.scalarNames[MetricCatalog.count(.untouched, 4)], label: .metricUntouched,
                  axis: .requestsAxis, scale: 1, digits: 1),
        KeyMetric(metric: "mean_trust_askers", label: .metricTrustAskers,
                  axis: .trustDifferenceAxis, scale: 1, digits: 4),
    ]

    /// The variants in table order: by the difference in connection rate, largest first
    /// (undefined last, ties in file order), as ``CompareReport`` sorts them.
    var orderedVariants: [String] {
        let metric = keyMetrics[0].metric
        return CompareReport.order(results.variants.map { results.estimate($0, metric).difference }).map { results.variants[$0] }
    }

    private func name(_ variant: String) -> String { CompareReport.displayName(of: variant, base: results.baseName) }

    private func describe(_ estimate: ComparisonEstimate, _ key: KeyMetric) -> String {
        let value = text.signed(estimate.difference * key.scale, key.digits)
        guard estimate.low.isFinite, estimate.high.isFinite else { return value }
        return "\(value) (\(text(.intervalRange, text.signed(estimate.low * key.scale, key.digits), text.signed(estimate.high * key.scale, key.digits))))"
    }

    /// The page.
    var html: String {
        let manifest = results.manifest
        var page = HTMLDocument(language: text.language, title: text(.compareReportTitle, manifest.scenarioName))
        page.facts(ReportHeader.facts(manifest, text: text))
        page.paragraph(text(.compareIntro, String(results.variants.count), results.baseName,
                            String(manifest.replicates), String(manifest.weeks)))
        page.table(caption: text(.keyNumbers), headers: [text(.columnVariant)] + keyMetrics.map { text($0.label) + " (95%)" },
                   rows: keyRows)
        page.heading(text(.sectionVerdict))
        for line in verdictLines { page.paragraph(line) }
        page.paragraph(text(.verdictCaption), className: "note")
        page.heading(text(.sectionEffects))
        for (index, key) in keyMetrics.enumerated() {
            page.figure(title: text(.forestTitle, text(key.label).capitalizedFirst, results.baseName),
                        svg: forestPlot(index).svg, caption: text(.forestCaption, results.baseName))
        }
        page.heading(text(.weeklyTitle))
        page.panels(orderedVariants.map { (name($0), weeklyChart($0).svg) }, caption: text(.weeklyCaption))
        if !results.unitDifferences.isEmpty {
            page.heading(text(.hoodEffectSection))
            for variant in orderedVariants {
                page.figure(title: text(.hoodEffectTitle, name(variant), results.baseName), svg: hoodEffectPlot(variant).svg,
                            caption: text(.hoodEffectCaption, results.baseName))
            }
        }
        page.paragraph(text(.footer, manifest.toolVersion), className: "note")
        return page.html
    }

    /// Per variant in table order, its sentence (``Verdict``, without the time pattern: the folder
    /// holds the weekly differences, not the per-replicate trailing means it is read from) and,
    /// when the folder has the flow metrics, where the change in connected requests comes from.
    var verdictLines: [String] {
        let headline = headlineMetric
        return orderedVariants.flatMap { variant -> [String] in
            let verdict = Verdict(effects(of: variant), timing: nil, headlineMetric: headline)
            let sentence = verdict.sentence(name: name(variant), language: text.language)
            guard verdict.decomposition.flows.allSatisfy({ $0.estimate.difference.isFinite }) else { return [sentence] }
            return [sentence, verdict.decomposition.summary(text.language).capitalizedFirst + "."]
        }
    }

    /// One row per variant in table order: its name and each key metric's difference with
    /// its interval.
    var keyRows: [[String]] {
        orderedVariants.map { variant in
            [name(variant)] + keyMetrics.map { describe(results.estimate(variant, $0.metric), $0) }
        }
    }

    /// The forest plot of key metric `index`.
    func forestPlot(_ index: Int) -> ForestPlot {
        let key = keyMetrics[index]
        return ForestPlot(
            title: text(.forestTitle, text(key.label).capitalizedFirst, results.baseName),
            rows: orderedVariants.map { variant in
                let e = results.estimate(variant, key.metric)
                return .init(label: name(variant), difference: e.difference * key.scale, low: e.low * key.scale,
                             high: e.high * key.scale)
            },
            axisTitle: text(key.axis),
            format: { text.signed($0, $1) },
            describe: { row in
                let value = text.signed(row.difference, key.digits)
                guard row.low.isFinite, row.high.isFinite else { return value }
                return "\(value) (\(text(.intervalRange, text.signed(row.low, key.digits), text.signed(row.high, key.digits))))"
            })
    }

    /// The paired difference in connection rate per neighbourhood for `variant`, in points, in
    /// scenario order (from `units-comparison.csv`).
    func hoodEffectPlot(_ variant: String) -> ForestPlot {
        let key = Self.headlineKey(headlineMetric)
        return ForestPlot(
            title: text(.hoodEffectTitle, name(variant), results.baseName),
            rows: results.unitDifferences(variant, .neighbourhood, metric: "connection_rate").map {
                .init(label: $0.unit, difference: $0.difference * 100, low: $0.low * 100, high: $0.high * 100)
            },
            axisTitle: text(.pointsAxis), format: { text.signed($0, $1) },
            describe: { row in
                let value = text.signed(row.difference, key.digits)
                guard row.low.isFinite, row.high.isFinite else { return value }
                return "\(value) (\(text(.intervalRange, text.signed(row.low, key.digits), text.signed(row.high, key.digits))))"
            })
    }

    /// The weekly connection-rate difference of every variant, in points, on one shared scale.
    private var weeklyScale: LinearScale {
        let values = results.variants.flatMap { variant in
            weeklyPoints(variant).flatMap { [$0.value, $0.low, $0.high] }
        }
        return LinearScale.nice(containing: values, includeZero: true, range: 0...1, isReversed: true)
    }

    private func weeklyPoints(_ variant: String) -> [WeeklyPoint] {
        (results.series[variant]?[MetricCatalog.Weekly.connectionRate.name] ?? []).map {
            WeeklyPoint(week: $0.week, value: $0.value * 100, low: $0.low * 100, high: $0.high * 100)
        }
    }

    /// The weekly difference chart of `variant`.
    func weeklyChart(_ variant: String) -> BandLineChart {
        BandLineChart(
            title: "\(text(.weeklyTitle)): \(name(variant))",
            series: [.init(label: text(.weeklySeries, name(variant)), points: weeklyPoints(variant))],
            yTitle: text(.weeklyAxis), xTitle: text(.weekAxis), format: { text.signed($0, $1) },
            showsZero: true, fixedDomain: weeklyScale, plotHeight: 150)
    }
}
