import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import WijkSim

@Suite("wijksim report of a sweep folder")
struct ReportSweepTests {
    private typealias S = ReportTestSupport

    /// A grid sweep folder: `Scenarios/sweeps/test-small.json` (3 × 2 points × 2 replicates).
    private static func gridFolder(in root: String) -> String {
        let out = root + "/grid"
        let result = S.wijksim(["sweep", S.scenarios + "/sweeps/test-small.json", "--out", out, "--jobs", "2", "--quiet"])
        #expect(result.status == 0, "\(result.capture.standardError)")
        return out
    }

    /// A Latin hypercube sweep folder over three parameters of `Scenarios/bench/small.json`.
    private static func hypercubeFolder(in root: String) throws -> String {
        let file = root + "/lhs.json"
        try """
            {"base": "\(S.scenarios)/bench/small.json", "replicates": 2, "seed": 3, "weeks": 6,
             "vary": {"barriers.siloPenalty": {"min": 0.1, "max": 0.5},
                      "connectors[*].hoursPerWeek": {"min": 8, "max": 32},
                      "barriers.feedbackGap": {"min": 0.3, "max": 0.7}},
             "design": {"type": "latin-hypercube", "points": 8, "seed": 7}}
            """.write(toFile: file, atomically: false, encoding: .utf8)
        let out = root + "/lhs"
        let result = S.wijksim(["sweep", file, "--out", out, "--jobs", "2", "--quiet"])
        #expect(result.status == 0, "\(result.capture.standardError)")
        return out
    }

    /// The report of `folder` in `language`, read back.
    private static func report(_ folder: String, lang: String = "en") -> String {
        let result = S.wijksim(["report", folder, "--lang", lang, "--force"])
        #expect(result.status == 0, "\(result.capture.standardError)")
        return TestSupport.read(folder + "/report.html")
    }

    /// The bar labels of an interval-bar chart, top to bottom (the text just before each bar).
    private static func barLabels(_ elements: [S.Element]) -> [String] {
        var labels: [String] = []
        for (index, element) in elements.enumerated() where element.name == "rect" && element.attributes["class"] == "bar" {
            if let label = elements[..<index].last(where: { $0.name == "text" && $0.attributes["text-anchor"] == "end" }) {
                labels.append(label.text)
            }
        }
        return labels
    }

    @Test("grid: every SVG is well-formed XML; one ranking bar per varied parameter in rank order; a zero line; a heat map of 3 × 2 cells")
    func gridReport() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let folder = Self.gridFolder(in: root)
        guard case .sweep(let results) = try LoadedResults.read(folder: folder) else { Issue.record("not a sweep"); return }
        #expect(results.manifest.design == "grid")
        #expect(results.manifest.points == 6 && results.manifest.replicates == 2)
        #expect(results.parameters == ["barriers.siloPenalty", "connectors[*].hoursPerWeek"])
        let html = Self.report(folder)
        #expect(html.contains("<h1>Sweep report: test-small</h1>"))
        #expect(html.contains("<dt>Points × replicates</dt><dd>6 × 2</dd>"))
        let svgs = S.svgs(in: html)
        #expect(svgs.count == 5, "ranking, connection rate against the top parameter, heat map, two per-neighbourhood charts")
        for svg in svgs {
            // Catches: unescaped text (`[*]`, `&`) or an unclosed element in any chart.
            let document = try XMLDocument(xmlString: svg)
            #expect(document.rootElement()?.name == "svg")
        }
        let ranking = try #require(S.parse(svgs[0]))
        let expected = results.ranking("connection_rate_all").map(\.parameter)
        #expect(expected.count == 2)
        #expect(Self.barLabels(ranking) == expected, "one bar per varied parameter, rank 1 on top")
        #expect(S.marks(ranking, "line", class: "zero").count == 1)
        let response = try #require(S.parse(svgs[1]))
        #expect(S.marks(response, "circle", class: "point").count == 3, "the three levels of the top-ranked parameter")
        let heat = try #require(S.parse(svgs[2]))
        #expect(S.marks(heat, "rect", class: "cell").count == 6)
        #expect(html.contains("<figcaption>"))
    }

    @Test("Latin hypercube: ranking bars in rank order, one dot per point sorted by the top parameter, no heat map")
    func hypercubeReport() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let folder = try Self.hypercubeFolder(in: root)
        guard case .sweep(let results) = try LoadedResults.read(folder: folder) else { Issue.record("not a sweep"); return }
        let html = Self.report(folder)
        let svgs = S.svgs(in: html)
        #expect(svgs.count == 4, "ranking, response, per neighbourhood at the lowest and highest point")
        for svg in svgs { _ = try XMLDocument(xmlString: svg) }
        let ranking = try #require(S.parse(svgs[0]))
        let order = results.ranking("connection_rate_all")
        #expect(order.map(\.rank) == [1, 2, 3])
        #expect(Self.barLabels(ranking) == order.map(\.parameter))
        #expect(Set(order.map(\.parameter)) == Set(results.parameters))
        let response = try #require(S.parse(svgs[1]))
        let dots = S.marks(response, "circle", class: "point").compactMap { $0.number("cx") }
        #expect(dots.count == 8)
        #expect(dots == dots.sorted(), "sorted by the parameter")
    }

    // Catches: the charts drawn for other points than the lowest and highest of points.csv, a
    // neighbourhood missing or drawn twice, the two charts on different axes (a reader would
    // compare positions that do not match), and a folder written with --units off failing.
    @Test("per neighbourhood: one dot per neighbourhood at the lowest and the highest point, on one axis; --units off says so")
    func unitCharts() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let file = root + "/hours.json"
        try """
            {"base": "\(S.scenarios)/baseline.json", "replicates": 6, "seed": 5, "weeks": 8,
             "vary": {"connectors[*].hoursPerWeek": [2, 12, 40]}, "design": {"type": "grid"}}
            """.write(toFile: file, atomically: false, encoding: .utf8)
        for units in ["on", "off"] {
            let result = S.wijksim(["sweep", file, "--out", root + "/" + units, "--jobs", "2", "--quiet", "--units", units])
            #expect(result.status == 0, "\(result.capture.standardError)")
        }
        let rates = UnitFilesTests.table(root + "/on/points.csv").map {
            (point: $0["point"]!, rate: Double($0["connection_rate_all_mean"]!)!)
        }
        let lowest = try #require(rates.min { $0.rate < $1.rate }).point
        let highest = try #require(rates.max { $0.rate < $1.rate }).point
        #expect(lowest != highest)   // here 2 and 40 hours: the rates' ranges hardly overlap, so separate axes would differ
        let html = Self.report(root + "/on")
        #expect(html.contains("Connection rate per neighbourhood at point \(lowest), the lowest"))
        #expect(html.contains("Connection rate per neighbourhood at point \(highest), the highest"))
        let svgs = S.svgs(in: html)
        #expect(svgs.count == 4, "ranking, response, lowest, highest")
        guard svgs.count == 4 else { return }
        let neighbourhoods = try ScenarioLoader.load(path: S.scenarios + "/baseline.json").municipality.neighbourhoods.map(\.name)
        var axes: [[String]] = []
        for svg in svgs[2...] {
            _ = try XMLDocument(xmlString: svg)
            let elements = try #require(S.parse(svg))
            #expect(S.marks(elements, "circle", class: "dot").count == neighbourhoods.count)
            let texts = elements.filter { $0.name == "text" }.map(\.text)
            #expect(Set(neighbourhoods).isSubset(of: Set(texts)), "\(texts)")
            axes.append(texts.filter { $0.hasSuffix("%") && $0.allSatisfy { "0123456789.%".contains($0) } })
        }
        #expect(!axes[0].isEmpty && axes[0] == axes[1], "one axis for both: \(axes)")
        let off = Self.report(root + "/off")
        #expect(S.svgs(in: off).count == 2)
        #expect(off.contains("it was written with --units off"))
        #expect(Self.report(root + "/on", lang: "nl").contains("Verbindingssucces per wijk in punt \(lowest), het laagste"))
    }

    @Test("--lang nl: Dutch labels, captions and decimal commas")
    func dutch() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let folder = Self.gridFolder(in: root)
        let english = Self.report(folder)
        let dutch = Self.report(folder, lang: "nl")
        #expect(english.contains("Influence of each parameter on the connection rate"))
        #expect(dutch.contains("<html lang=\"nl\">"))
        #expect(dutch.contains("<h1>Sweeprapport: test-small</h1>"))
        #expect(dutch.contains("Invloed van elke parameter op het verbindingssucces"))
        #expect(dutch.contains("Punten × herhalingen"))
        #expect(!dutch.contains("Influence of each parameter"))
        #expect(!dutch.contains("The longer the bar"))
        let ranking = try #require(S.parse(S.svgs(in: dutch)[0]))
        let ticks = ranking.filter { $0.name == "text" }.map(\.text).filter { $0.contains(",") || $0.contains(".") }
        #expect(!ticks.isEmpty && ticks.allSatisfy { !$0.contains(".") || $0.contains("[*]") || $0.contains("barriers.") },
                "numbers use decimal commas: \(ticks)")
        // Every text key the page uses has both languages (no ⟦key⟧ placeholders).
        #expect(!dutch.contains("⟦") && !english.contains("⟦"))
    }

    @Test("a sweep folder without points.csv or sensitivity.csv: exit 66 naming the file")
    func missingFiles() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let folder = Self.gridFolder(in: root)
        try FileManager.default.removeItem(atPath: folder + "/points.csv")
        let missing = S.wijksim(["report", folder])
        #expect(missing.status == 66)
        #expect(missing.capture.standardError.hasPrefix("wijksim: error: '\(folder)/points.csv' is missing; expected the per-point means"))
        let other = Self.gridFolder(in: root + "/b")
        try FileManager.default.removeItem(atPath: other + "/sensitivity.csv")
        let noRanking = S.wijksim(["report", other])
        #expect(noRanking.status == 66)
        #expect(noRanking.capture.standardError.contains("'\(other)/sensitivity.csv' is missing"))
        #expect(!FileManager.default.fileExists(atPath: other + "/report.html"))
    }

    @Test("a merge folder is reported like the whole sweep; a shard's folder says to merge first (66)")
    func mergeAndShard() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let sweep = S.scenarios + "/sweeps/test-small.json"
        for shard in 0..<2 {
            let result = S.wijksim(["sweep", sweep, "--shard", "\(shard)/2", "--out", root + "/shard-\(shard)", "--quiet"])
            #expect(result.status == 0, "\(result.capture.standardError)")
        }
        let shard = S.wijksim(["report", root + "/shard-0"])
        #expect(shard.status == 66)
        #expect(shard.capture.standardError.contains("sensitivity.csv' is missing") && shard.capture.standardError.contains("merge the shards first"))
        let merge = S.wijksim(["merge", root + "/shard-0", root + "/shard-1", "--out", root + "/merged"])
        #expect(merge.status == 0, "\(merge.capture.standardError)")
        let merged = Self.report(root + "/merged")
        let whole = Self.report(Self.gridFolder(in: root))
        #expect(S.svgs(in: merged) == S.svgs(in: whole), "the same charts as one process")
    }
}
