import Foundation
import Testing
@testable import WijkSim

/// The per-unit section of the run report (`RunReportPage+Units.swift`, ``DotIntervalChart``).
@Suite("Report charts per neighbourhood, connector and department")
struct ReportUnitChartTests {
    private typealias S = ReportTestSupport

    private func page(_ root: String, extra: [String] = [], language: Language = .english) throws -> (RunReportPage, RunResults) {
        let folder = S.runFolder(in: root, extra: extra)
        guard case .run(let results) = try LoadedResults.read(folder: folder) else { throw ResultsError.badData(path: folder, line: 0, reason: "not a run") }
        return (RunReportPage(results: results, text: Localizer(language)), results)
    }

    @Test("one dot per neighbourhood, sorted highest first; the axis holds every value and interval end")
    func neighbourhoodDots() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let (page, results) = try page(root)
        let hoods = Scenario().municipality.neighbourhoods.map(\.name)
        for chart in [page.hoodRateChart, page.hoodTrustChart] {
            let elements = try #require(S.parse(chart.svg), "not XML")
            // Catches: a neighbourhood left out or drawn twice, or rows read from another metric.
            #expect(S.marks(elements, "circle", class: "dot").count == hoods.count)
            #expect(S.marks(elements, "line", class: "interval").count == hoods.count, "3 replicates: every neighbourhood has an interval")
            #expect(Set(chart.rows.map(\.label)) == Set(hoods))
            // Catches: an axis fitted to the means only, cutting off interval ends or the reference.
            for row in chart.rows { for v in [row.value, row.low, row.high] where v.isFinite { #expect(chart.scale.domain.contains(v)) } }
            if let reference = chart.reference { #expect(chart.scale.domain.contains(reference.value)) }
            // Catches: rows drawn unsorted (the label order in the SVG follows the sorted means).
            let means = chart.sortedRows.map(\.value)
            #expect(means == means.sorted(by: >))
            let labels = elements.filter { $0.name == "text" }.map(\.text)
            let positions = chart.sortedRows.compactMap { labels.firstIndex(of: $0.label) }
            #expect(positions == positions.sorted())
        }
        let rates = results.units(.neighbourhood, metric: "connection_rate")
        #expect(rates.count == hoods.count)
        // Catches: the reference line not being the municipality's own rate.
        #expect(page.hoodRateChart.reference?.value == results.summary(at: MetricCatalog.connectionRate(MetricAxis.allKinds)).mean)
    }

    @Test("one workload bar per connector and per department, in scenario order, axis 0–100%")
    func workloadBars() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let (page, _) = try page(root)
        let scenario = Scenario()
        for (type, names) in [(UnitType.connector, scenario.connectors.map(\.name)), (.department, scenario.departments.map(\.name))] {
            let chart = page.workloadChart(type, title: .connectorWorkloadTitle)
            let elements = try #require(S.parse(chart.svg))
            #expect(S.marks(elements, "rect", class: "bar").count == names.count, "\(type)")
            #expect(chart.bars.map(\.label) == names)
            #expect(chart.scale.domain.contains(0) && chart.scale.domain.contains(1))
            for bar in chart.bars { for v in [bar.value, bar.low, bar.high] where v.isFinite { #expect(chart.scale.domain.contains(v)) } }
        }
    }

    @Test("the unit section switches language, and says so when the folder has no unit files")
    func languageAndMissing() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let (dutch, _) = try page(root, language: .dutch)
        let html = dutch.html
        for term in ["Verbindingssucces per wijk", "Werkdruk per wijkverbinder", "Werkdruk per vakafdeling", "hele gemeente"] {
            #expect(html.contains(term), "\(term)")
        }
        #expect(!html.contains("Connection rate per neighbourhood"))
        let other = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(other) }
        // Catches: a report that fails, or draws empty charts, for a folder written with --units off.
        let (english, results) = try page(other, extra: ["--units", "off"])
        #expect(results.units.isEmpty)
        #expect(english.html.contains(Translations.text(.unitsMissing, .english)))
        #expect(!english.html.contains(Translations.text(.hoodRateTitle, .english)))
    }

    @Test("DotIntervalChart sorts undefined values last and keeps text inside the view box")
    func dotChartEdges() throws {
        let chart = DotIntervalChart(
            title: "t", rows: [.init(label: "a", value: .nan, low: .nan, high: .nan), .init(label: "b", value: 0.2, low: 0.1, high: 0.3),
                               .init(label: "a very long neighbourhood name", value: 0.9, low: 0.85, high: 0.95)],
            axisTitle: "share (%)", format: { "\($0)" }, tick: { v, _ in "\(v)" }, reference: (0.5, "all: 0.5"))
        #expect(chart.sortedRows.map(\.label) == ["a very long neighbourhood name", "b", "a"])
        let elements = try #require(S.parse(chart.svg))
        #expect(S.marks(elements, "circle", class: "dot").count == 2, "no dot for an undefined value")
        for text in elements where text.name == "text" {
            let x = try #require(text.number("x"))
            let w = ChartStyle.textWidth(text.text, size: text.number("font-size") ?? ChartStyle.fontSize)
            let left = switch text.attributes["text-anchor"] { case "middle": x - w / 2; case "end": x - w; default: x }
            #expect(left >= -0.5 && left + w <= ChartStyle.width + 0.5, "'\(text.text)' leaves the view box")
        }
    }

    @Test("compare report: one estimate per neighbourhood per variant, in scenario order; none with --units off")
    func compareNeighbourhoodEffects() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let folder = S.compareFolder(in: root)
        guard case .compare(let results) = try LoadedResults.read(folder: folder) else { Issue.record("not a compare"); return }
        let page = CompareReportPage(results: results, text: Localizer(.english))
        let hoods = Scenario().municipality.neighbourhoods.map(\.name)
        for variant in results.variants {
            let plot = page.hoodEffectPlot(variant)
            let elements = try #require(S.parse(plot.svg))
            // Catches: a neighbourhood missing or rows of another metric or variant.
            #expect(S.marks(elements, "g", class: "estimate").count == hoods.count)
            #expect(plot.rows.map(\.label) == hoods)
            for row in plot.rows { for v in [row.difference, row.low, row.high] where v.isFinite { #expect(plot.scale.domain.contains(v)) } }
        }
        #expect(page.html.contains(Translations.text(.hoodEffectSection, .english)))
        let other = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(other) }
        let off = S.compareFolder(in: other, extra: ["--units", "off"])
        guard case .compare(let without) = try LoadedResults.read(folder: off) else { Issue.record("not a compare"); return }
        #expect(without.unitDifferences.isEmpty)
        #expect(!CompareReportPage(results: without, text: Localizer(.english)).html.contains(Translations.text(.hoodEffectSection, .english)))
    }
}
