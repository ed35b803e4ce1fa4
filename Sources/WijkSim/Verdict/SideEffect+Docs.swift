import Foundation

/// The materiality thresholds as documentation, written from ``SideEffect/declarations``:
/// the `wijksim compare --help` lines and the README table (a generated block, kept up to
/// date by `wijksim docs`).
extension SideEffect {
    /// `at least 5% of the base mean and at least 1 (requests)`.
    package var thresholdText: String {
        var parts: [String] = []
        if let relative = relativeThreshold { parts.append("at least \(Self.trimmed(relative * 100))% of the base mean") }
        if let absolute = absoluteThreshold {
            let unit = MetricCatalog.scalarColumns[MetricCatalog.scalarIndex(named: metric)].unit.label
            parts.append("at least \(Self.trimmed(absolute)) (\(unit))")
        }
        return parts.joined(separator: " and ")
    }

    /// The lines of `wijksim compare --help` that list the side effects: per side effect its
    /// metric and thresholds, indented by two spaces, then why, indented by six.
    package static var helpLines: [String] {
        declarations.flatMap { ["  \($0.metric): \($0.thresholdText)", "      \($0.rationale)"] }
    }

    /// The README table of side effects and their thresholds (Markdown, ending in a newline).
    package static var markdownTable: String {
        var lines = [
            "| column | metric | material when the change is | why |",
            "|---|---|---|---|",
        ]
        lines += declarations.map { "| \($0.column.en) | `\($0.metric)` | \($0.thresholdText) | \($0.rationale) |" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `value` with at most four decimals, trailing zeros dropped: `5`, `0.5`, `0.01`.
    static func trimmed(_ value: Double) -> String {
        var text = DecimalText.fixed(value, 4)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// The README's generated block.
    package static let readmeSection = GeneratedSection("compare:side-effects")
}
