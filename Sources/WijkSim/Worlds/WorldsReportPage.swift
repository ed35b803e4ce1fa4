/// The HTML report of a worlds folder (`wijksim compare … --worlds N`, or its merge).
///
/// Sections: header facts; the effect on the connection rate over the worlds per variant
/// (median bar, 5th–95th percentile whisker); the shares of clearly up / clearly down /
/// unclear worlds as a table; per variant a tornado of the ten assumptions its effect
/// depends on most (PRCC or rank correlation with 95% intervals, zero line).
struct WorldsReportPage {
    /// The results.
    var results: WorldsResults
    /// Texts and numbers.
    var text: Localizer

    /// Assumptions shown per tornado.
    static let tornadoBars = 10

    private func name(_ variant: String) -> String {
        CompareReport.displayName(of: variant, base: results.manifest.scenarioName)
    }

    /// The page.
    var html: String {
        let manifest = results.manifest
        var page = HTMLDocument(language: text.language, title: text(.worldsPageTitle, manifest.scenarioName))
        page.facts(ReportHeader.facts(manifest, text: text))
        page.paragraph(text(.worldsPageIntro, String(manifest.points), String(manifest.replicates)))
        page.heading(text(.worldsPageEffects))
        page.figure(title: text(.worldsPageEffectsTitle), svg: effectsChart.svg, caption: text(.worldsPageEffectsCaption))
        page.table(caption: text(.worldsPageSharesCaption),
                   headers: [text(.worldsColumnVariant), text(.worldsColumnUp), text(.worldsColumnDown), text(.worldsColumnUnclear)],
                   rows: results.variants.map { [name($0.name), text.percent($0.positive, 0), text.percent($0.negative, 0), text.percent($0.unclear, 0)] })
        page.heading(text(.worldsPageDrivers))
        for variant in results.variants {
            page.figure(title: text(.worldsPageTornadoTitle, name(variant.name)), svg: tornado(variant).svg,
                        caption: text(.worldsPageTornadoCaption))
        }
        page.paragraph(text(.footer, manifest.toolVersion), className: "note")
        return page.html
    }

    /// Median and 90% range of the effect per variant, in percentage points.
    var effectsChart: IntervalBarChart {
        IntervalBarChart(
            title: text(.worldsPageEffectsTitle),
            bars: results.variants.map { .init(label: name($0.name), value: $0.median * 100, low: $0.low * 100, high: $0.high * 100) },
            axisTitle: text(.worldsPageEffectsAxis), format: { text.signed($0, 1) }, tick: { text.number($0, $1) },
            reference: nil, extent: [0], zeroLine: true)
    }

    /// The strongest assumptions of `variant`.
    func tornado(_ variant: WorldsResults.Variant) -> IntervalBarChart {
        IntervalBarChart(
            title: text(.worldsPageTornadoTitle, name(variant.name)),
            bars: variant.drivers.prefix(Self.tornadoBars).map { .init(label: $0.parameter, value: $0.estimate, low: $0.low, high: $0.high) },
            axisTitle: text(variant.measure == "prcc" ? .worldsPageAxisPRCC : .worldsPageAxisRank),
            format: { text.signed($0, 2) }, tick: { text.number($0, $1) }, reference: nil, extent: [-1, 1], zeroLine: true)
    }
}
