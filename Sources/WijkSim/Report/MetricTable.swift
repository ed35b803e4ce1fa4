import Foundation

/// The metric tables of `docs/ODD.md` §5.2 (scalar) and §5.3 (weekly), rendered from the
/// declarations in ``MetricCatalog``, so the documentation cannot list a metric the model does
/// not write, or miss one it does.
///
/// Each table has one row per declaration: a family's row shows its pattern (`raised_{kind}`),
/// and a generated line under the table lists the labels of every placeholder.
package enum MetricTable {
    /// The document holding the sections.
    package static let document = "docs/ODD.md"
    /// §5.2, the scalar metrics.
    package static let scalarSection = GeneratedSection("metrics:scalar")
    /// §5.3, the weekly metrics.
    package static let weeklySection = GeneratedSection("metrics:weekly")
    /// §5.4, the unit metrics.
    package static let unitSection = GeneratedSection("metrics:units")

    /// The generated sections of ``document`` rendered here, each with its contents now.
    package static func generatedSections() -> [(GeneratedSection, String)] {
        [(scalarSection, scalarMarkdown), (weeklySection, weeklyMarkdown), (unitSection, unitMarkdown)]
    }

    /// The §5.2 block: column count, table, placeholders.
    package static var scalarMarkdown: String {
        let count = MetricCatalog.scalarNames.count
        return markdown(MetricCatalog.scalarDeclarations, introduction: """
            \(count) columns, in this order. A row with placeholders is one column per label, in \
            label order, the first placeholder outermost (`fixer_success_towards_residents`, \
            `fixer_success_towards_civil_servants`, `bridge_builder_success_towards_residents`, …).
            """)
    }

    /// The §5.3 block: metric count and table.
    package static var weeklyMarkdown: String {
        let count = MetricCatalog.weeklyNames.count
        return markdown(MetricCatalog.weeklyDeclarations, introduction: """
            \(count) metrics, in this order (the order of `metric` within a week of `timeseries.csv`).
            """)
    }

    /// The §5.4 block: metric count per unit type and one table with the unit type as first column.
    package static var unitMarkdown: String {
        let counts = UnitType.allCases.map { "\(MetricCatalog.unitMetricNames($0).count) per \($0.rawValue)" }
        let introduction = "Unit metrics: " + counts.joined(separator: ", ")
            + ", in this order (the order of `metric` within a unit of `units.csv`). A row with a placeholder is one metric per label."
        var lines = [introduction, "", "| unit_type | metric | unit | definition (as computed) |", "|---|---|---|---|"]
        for declaration in MetricCatalog.unitDeclarations {
            let cells = [declaration.unitType.rawValue, "`\(declaration.pattern)`", declaration.unit.label, declaration.definition]
            lines.append("| " + cells.map(cell).joined(separator: " | ") + " |")
        }
        var axes: [MetricAxis] = []
        for axis in MetricCatalog.unitDeclarations.flatMap(\.axes) where !axes.contains(axis) { axes.append(axis) }
        if !axes.isEmpty {
            let legend = axes.map { axis in "`\(axis.token)` ∈ " + axis.labels.map { "`\($0)`" }.joined(separator: ", ") }
            lines += ["", "Placeholders: " + legend.joined(separator: "; ") + "."]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `declarations` as an introduction line, a GitHub-flavoured table (metric, unit,
    /// definition) and, if any row has placeholders, a line listing their labels; ends in a newline.
    /// `|` in a cell is escaped; definitions are Markdown and otherwise kept as written.
    static func markdown(_ declarations: [MetricDeclaration], introduction: String) -> String {
        var lines = [introduction, "", "| metric | unit | definition (as computed) |", "|---|---|---|"]
        for declaration in declarations {
            let cells = ["`\(declaration.pattern)`", declaration.unit.label, declaration.definition]
            lines.append("| " + cells.map(cell).joined(separator: " | ") + " |")
        }
        var axes: [MetricAxis] = []
        for axis in declarations.flatMap(\.axes) where !axes.contains(axis) { axes.append(axis) }
        if !axes.isEmpty {
            let legend = axes.map { axis in
                "`\(axis.token)` ∈ " + axis.labels.map { "`\($0)`" }.joined(separator: ", ")
            }
            lines += ["", "Placeholders: " + legend.joined(separator: "; ") + "."]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` fit for one table cell: `|` escaped, line breaks as spaces.
    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
