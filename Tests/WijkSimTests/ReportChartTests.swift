import Foundation
import Testing
@testable import WijkSim

@Suite("Report charts and HTML")
struct ReportChartTests {
    private typealias S = ReportTestSupport

    /// Catches: a chart that writes unescaped text or unbalanced tags (not XML), a mark or
    /// text placed outside the view box (clipped), an external resource or script.
    private func checkWellFormed(_ html: String) throws {
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains(HTMLDocument.generatorPrefix + WijkSimVersion.current + "\">"))
        #expect(!html.contains("<script"), "no JavaScript")
        #expect(!html.contains("src="), "nothing loaded from anywhere")
        #expect(!html.contains("@import") && !html.contains("url(http"), "no fetched styles or fonts")
        #expect(html.contains("@media print") && html.contains("page-break-inside:avoid"))
        let svgs = S.svgs(in: html)
        #expect(!svgs.isEmpty)
        for svg in svgs {
            let elements = try #require(S.parse(svg), "not well-formed XML: \(svg.prefix(200))")
            let root = try #require(elements.first)
            #expect(root.attributes["width"] == "100%")
            let box = try #require(root.attributes["viewBox"]).split(separator: " ").compactMap { Double($0) }
            #expect(box.count == 4)
            let width = box[2], height = box[3]
            for text in elements where text.name == "text" {
                let x = try #require(text.number("x")), y = try #require(text.number("y"))
                let size = text.number("font-size") ?? ChartStyle.fontSize
                let w = ChartStyle.textWidth(text.text, size: size)
                let left = switch text.attributes["text-anchor"] { case "middle": x - w / 2; case "end": x - w; default: x }
                #expect(left >= -0.5 && left + w <= width + 0.5, "text '\(text.text)' at x \(x) leaves the width \(width)")
                #expect(y - size >= -0.5 && y + 4 <= height + 0.5, "text '\(text.text)' at y \(y) leaves the height \(height)")
            }
            for rect in elements where rect.name == "rect" && rect.attributes["x"] != nil {
                let x = try #require(rect.number("x")), w = try #require(rect.number("width"))
                #expect(x >= -0.5 && x + w <= width + 0.5, "rect at \(x)+\(w) outside \(width)")
            }
        }
    }

    @Test("run report: well-formed SVGs, one bar per request kind, stacks per kind, axis holds every value")
    func runReport() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let folder = S.runFolder(in: root)
        guard case .run(let results) = try LoadedResults.read(folder: folder) else { Issue.record("not a run"); return }
        let page = RunReportPage(results: results, text: Localizer(.english))
        let html = page.html
        try checkWellFormed(html)

        // Catches: a bar left out or one too many (e.g. "all" drawn as a fifth bar).
        let rate = try #require(S.parse(page.rateChart.svg))
        #expect(S.marks(rate, "rect", class: "bar").count == RequestKind.count)
        #expect(S.marks(rate, "line", class: "interval").count == RequestKind.count, "3 replicates: every kind has an interval")
        // Catches: an axis fitted to the means only, cutting off interval ends.
        let scale = page.rateChart.scale
        for bar in page.rateChart.bars { for v in [bar.value, bar.low, bar.high] { #expect(scale.domain.contains(v)) } }
        // Catches: bars drawn in another order than the kinds.
        let labels = rate.filter { $0.name == "text" }.map(\.text)
        let kinds = ["Question", "Signal", "Initiative", "Conflict"]
        #expect(kinds.compactMap { labels.firstIndex(of: $0) } == kinds.compactMap { labels.firstIndex(of: $0) }.sorted())

        let outcomes = try #require(S.parse(page.outcomeChart.svg))
        #expect(S.marks(outcomes, "g", class: "stack").count == RequestKind.count + 1, "four kinds and all kinds")
        // Catches: shares of the wrong total (a stack longer or shorter than the 100% axis).
        let segments = S.marks(outcomes, "rect", class: "segment")
        let plot = page.outcomeChart.scale.range
        let perStack = segments.reduce(0.0) { $0 + ($1.number("width") ?? 0) } / Double(RequestKind.count + 1)
        #expect(abs(perStack - (plot.upperBound - plot.lowerBound)) < 2)

        let time = page.timeChart
        for row in time.rows { for v in [row.start, row.end, row.marker] where v.isFinite { #expect(time.scale.domain.contains(v)) } }
        let trust = page.trustChart
        #expect(trust.values.allSatisfy { !$0.isFinite || trust.yScale.domain.contains($0) })
        let trustMarks = try #require(S.parse(trust.svg))
        #expect(S.marks(trustMarks, "path", class: "line").count == 3)
        #expect(S.marks(try #require(S.parse(page.roleChart.svg)), "rect", class: "cell").count == 8, "4 roles × 2 directions")
        #expect(S.marks(try #require(S.parse(page.utilisationChart.svg)), "rect", class: "bar").count == 2)
        #expect(html.contains(">\(results.manifest.seed)<") && html.contains(">WijkSim \(WijkSimVersion.current)<"))
    }

    @Test("compare report: one interval per variant in the order of the table, zero line, axis holds every interval")
    func compareReport() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let folder = S.compareFolder(in: root)
        guard case .compare(let results) = try LoadedResults.read(folder: folder) else { Issue.record("not a compare"); return }
        let page = CompareReportPage(results: results, text: Localizer(.english))
        try checkWellFormed(page.html)
        // no-connectors lowers the connection rate, so extra-connector comes first: catches
        // plots drawn in file order instead of the table's order.
        let order = page.orderedVariants
        #expect(order == ["baseline-extra-connector", "baseline-no-connectors"] || order.first != "baseline-no-connectors")
        let tableNames = page.keyRows.map { $0[0] }
        for index in page.keyMetrics.indices {
            let plot = page.forestPlot(index)
            let elements = try #require(S.parse(plot.svg))
            #expect(S.marks(elements, "g", class: "estimate").count == results.variants.count)
            #expect(S.marks(elements, "line", class: "zero").count == 1)
            #expect(plot.rows.map(\.label) == tableNames, "same order as the key-numbers table")
            for row in plot.rows { for v in [row.difference, row.low, row.high] where v.isFinite { #expect(plot.scale.domain.contains(v)) } }
            #expect(plot.scale.domain.contains(0))
        }
        for variant in results.variants {
            let chart = page.weeklyChart(variant)
            #expect(chart.values.allSatisfy { !$0.isFinite || chart.yScale.domain.contains($0) })
        }
    }

    @Test("--lang nl switches every label: Dutch terms and decimal commas, no English chart text")
    func dutchLabels() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let folder = S.runFolder(in: root)
        let results = try LoadedResults.read(folder: folder)
        let english = ReportBuilder.html(results, language: .english)
        let dutch = ReportBuilder.html(results, language: .dutch)
        #expect(english.contains("Connection rate per request kind") && english.contains("<html lang=\"en\">"))
        #expect(dutch.contains("Verbindingssucces per soort verzoek") && dutch.contains("<html lang=\"nl\">"))
        for term in ["afgewezen met uitleg", "gestrand", "afgehaakt", "onaangeroerd", "Vakafdelingen", "vertrouwen", "Wijkverbinders"] {
            #expect(dutch.contains(term), "\(term)")
        }
        // Catches: a label left in English, or numbers with a decimal point in Dutch.
        for key in TextKey.allCases where !key.rawValue.hasPrefix("term") && key != .reportWritten {
            let en = Translations.text(key, .english), nl = Translations.text(key, .dutch)
            guard en != nl, !en.contains("{"), en.count > 3 else { continue }
            #expect(!dutch.contains(">\(SVGCanvas.escape(en))<"), "English '\(en)' in the Dutch report")
        }
        #expect(dutch.range(of: #">[−+]?\d+\.\d+%?<"#, options: .regularExpression) == nil, "a decimal point in Dutch")
        #expect(dutch.range(of: #">\d+,\d%<"#, options: .regularExpression) != nil)
    }

    @Test("nice scales contain their values and reach zero when asked")
    func niceScale() {
        // Catches: rounding the upper bound down, or ignoring negative values.
        let scale = LinearScale.nice(containing: [-4.7, 0.3, 1.81], includeZero: true, range: 0...100)
        #expect(scale.domain.lowerBound <= -4.7 && scale.domain.upperBound >= 1.81)
        #expect(scale.ticks.contains(0))
        #expect(LinearScale.nice(containing: [0.2, 0.6], includeZero: true, maximum: 1, range: 0...1).domain == 0...1)
        #expect(LinearScale(domain: 0...1, range: 0...1, step: 0.25).decimals == 2)
    }
}
