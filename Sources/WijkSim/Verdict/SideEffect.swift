/// A key metric other than the headline that a verdict names when a variant changes it
/// clearly and by a material amount: abandoned requests, untouched requests, time to
/// result, trust of residents who asked, connector hours, department hours.
///
/// **The one place a side effect is declared** (``declarations``, `SideEffect+Catalog.swift`):
/// the metric, its materiality thresholds and its wording in English and Dutch. The
/// sentence (``SideEffectFinding``), the table columns of `wijksim compare`, its `--help`
/// text and the README table (``helpLines``, ``markdownTable``) are all read off it.
///
/// A change is **clear** when the paired 95% interval of the difference excludes zero, and
/// **material** when its size reaches every threshold declared for it: ``relativeThreshold``
/// (of the base mean) and ``absoluteThreshold`` (in the metric's unit). Both are conventions
/// for what a policy reader would notice, fixed before looking at any result, not fitted.
package struct SideEffect: Sendable {
    /// Text in both languages.
    package struct Phrase: Sendable, Equatable {
        package var en: String
        package var nl: String

        /// The text in `language`.
        package func callAsFunction(_ language: Language) -> String { language == .dutch ? nl : en }
    }

    /// How the size of a change is said.
    package enum Size: Sendable, Equatable {
        /// As a share of the base mean, in whole percent: `16%`.
        case relative
        /// In the metric's unit with `digits` decimals and an optional unit word: `1.2 weeks`.
        case absolute(digits: Int, unit: Phrase?)
    }

    /// The scalar metric (``MetricCatalog/scalarNames``).
    package var metric: String
    /// The column heading in the `compare` table.
    package var column: Phrase
    /// Smallest material change as a fraction of the base mean (0.05 = 5%); `nil`: none.
    package var relativeThreshold: Double?
    /// Smallest material change in the metric's unit; `nil`: none.
    package var absoluteThreshold: Double?
    /// How the sentence and the table say the size.
    package var size: Size
    /// Whether an increase is the unwelcome direction (more abandoned requests, more hours).
    package var increaseIsWorse: Bool
    /// The sentence fragment for an increase; `{size}` is replaced by the size.
    package var increase: Phrase
    /// The sentence fragment for a decrease.
    package var decrease: Phrase
    /// Why the thresholds are what they are (English; `--help` and the README).
    package var rationale: String

    /// Whether a change of `estimate`'s size reaches every declared threshold. With a relative
    /// threshold, a base mean that is 0 or undefined makes it not material.
    package func isMaterial(_ estimate: ComparisonEstimate) -> Bool {
        let size = abs(estimate.difference)
        guard size.isFinite else { return false }
        if let relative = relativeThreshold {
            guard estimate.baseMean.isFinite, estimate.baseMean != 0, size / abs(estimate.baseMean) >= relative
            else { return false }
        }
        if let absolute = absoluteThreshold, size < absolute { return false }
        return true
    }
}
