import Foundation
import Testing
@testable import WijkSim

/// The metric tables of `docs/ODD.md` §5.2 and §5.3, generated from the declarations.
@Suite("Metric tables in docs/ODD.md")
struct MetricTableTests {
    /// The package root (three levels above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Catches a metric added, renamed or redefined in its declaration without the ODD following,
    /// and a hand edit of a generated block.
    @Test("docs/ODD.md's generated metric sections are up to date",
          arguments: MetricTable.generatedSections().map(\.0.name))
    func documentIsCurrent(_ name: String) throws {
        let path = Self.packageRoot.appendingPathComponent(MetricTable.document).path
        let document = TestSupport.read(path)
        let (section, expected) = try #require(MetricTable.generatedSections().first { $0.0.name == name })
        guard let committed = section.contents(in: document) else {
            Issue.record("\(MetricTable.document) lacks the markers of section \(name): \(section.beginMarker) … \(section.endMarker)")
            return
        }
        let committedLines = committed.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let difference = zip(committedLines, expectedLines).enumerated().first { $1.0 != $1.1 }
            .map { "at its line \($0.offset + 1): found '\($0.element.0)', expected '\($0.element.1)'" }
            ?? "\(committedLines.count) lines, expected \(expectedLines.count)"
        if committed != expected {
            Issue.record("\(MetricTable.document) section \(name) is stale \(difference); regenerate it with `wijksim docs`")
        }
    }

    /// Catches a table that drops, adds or reorders declarations, or a name cell that is not the
    /// declared pattern.
    @Test("one table row per declaration, in declaration order, naming its pattern and unit")
    func oneRowPerDeclaration() {
        for (markdown, declarations) in [(MetricTable.scalarMarkdown, MetricCatalog.scalarDeclarations),
                                         (MetricTable.weeklyMarkdown, MetricCatalog.weeklyDeclarations)] {
            let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| `") }
            #expect(rows.count == declarations.count)
            for (row, declaration) in zip(rows, declarations) {
                #expect(row.hasPrefix("| `\(declaration.pattern)` | \(declaration.unit.label) | "), "\(row)")
            }
        }
    }

    /// Catches a `|` in a definition that would split its row into extra cells, a column count
    /// that is not the catalog's, and a placeholder left unexplained.
    @Test("pipes are escaped, the column count and every placeholder's labels are stated")
    func cellsAndLegend() {
        let scalar = MetricTable.scalarMarkdown
        #expect(scalar.contains(#"`Σ \|needed\|`"#))
        #expect(scalar.hasPrefix("\(MetricCatalog.scalarNames.count) columns, in this order."))
        #expect(MetricTable.weeklyMarkdown.hasPrefix("\(MetricCatalog.weeklyNames.count) metrics, in this order"))
        for axis in [MetricAxis.kind, .departments, .role, .direction] {
            let legend = "`\(axis.token)` ∈ " + axis.labels.map { "`\($0)`" }.joined(separator: ", ")
            #expect(scalar.contains(legend), "\(axis.placeholder)")
        }
        for row in scalar.split(separator: "\n") where row.hasPrefix("| `") {
            let cells = row.replacingOccurrences(of: #"\|"#, with: "").split(separator: "|", omittingEmptySubsequences: false)
            #expect(cells.count == 5, "\(row)")
        }
    }
}
