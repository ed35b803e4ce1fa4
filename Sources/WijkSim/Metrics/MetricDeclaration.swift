import Foundation

/// One entry of a metric declaration list, in the manner of Agents.jl's `mdata` or Mesa's
/// `model_reporters`: a metric, or a family of metrics whose name has placeholders, with
/// its unit, its definition and the accessor that computes it.
///
/// A family expands deterministically into ``columns``: one per combination of its axes'
/// labels, the first axis outermost (`{role}_success_{direction}` gives `fixer_success_towards_residents`,
/// `fixer_success_towards_civil_servants`, `bridge_builder_success_towards_residents`, …).
/// The CSV header, the values and the tables of `docs/ODD.md` §5 are all read off the same
/// declarations (``MetricCatalog/scalarDeclarations``, ``MetricCatalog/weeklyDeclarations``).
///
/// Invariant (checked when the declaration is made): every axis's `{placeholder}` occurs
/// exactly once in ``pattern``, and no other `{…}` does.
public struct MetricDeclaration: Sendable {
    /// The name, or for a family the name with `{placeholder}`s, e.g. `raised_{kind}`.
    public let pattern: String
    /// What the value measures.
    public let unit: MetricUnit
    /// How the value is computed, as documented (Markdown; may be long, one paragraph).
    public let definition: String
    /// The placeholders of ``pattern``, outermost first; empty for a single metric.
    public let axes: [MetricAxis]
    /// The columns this declaration expands to, in column order.
    public let columns: [MetricColumn]

    /// A family over `axes`; `value` gets the position of each axis's label, in `axes` order.
    init(_ pattern: String, _ unit: MetricUnit, _ definition: String, axes: [MetricAxis],
         value: @escaping @Sendable (_ inputs: MetricInputs, _ positions: [Int]) -> Double) {
        self.pattern = pattern
        self.unit = unit
        self.definition = definition
        self.axes = axes
        let combinations = MetricAxis.expand(pattern, over: axes)
        columns = combinations.map { combination in
            let positions = combination.positions
            return MetricColumn(name: combination.name, unit: unit) { value($0, positions) }
        }
    }

    /// A single metric (one column named `name`).
    init(_ name: String, _ unit: MetricUnit, _ definition: String,
         value: @escaping @Sendable (_ inputs: MetricInputs) -> Double) {
        self.init(name, unit, definition, axes: []) { inputs, _ in value(inputs) }
    }

    /// A family over ``MetricAxis/kind`` (five columns); `value` gets the kinds pooled in the
    /// column: one kind's raw value, or `0..<4` for `all`.
    static func perKind(_ pattern: String, _ unit: MetricUnit, _ definition: String,
                        value: @escaping @Sendable (_ inputs: MetricInputs, _ kinds: Range<Int>) -> Double) -> MetricDeclaration {
        MetricDeclaration(pattern, unit, definition, axes: [.kind]) { inputs, positions in
            let slot = positions[0]
            return value(inputs, slot == MetricAxis.allKinds ? 0..<RequestKind.count : slot..<slot + 1)
        }
    }
}
