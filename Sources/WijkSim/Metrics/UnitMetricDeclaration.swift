/// One entry of the unit metric declaration list (``MetricCatalog/unitDeclarations``): a
/// metric reported for every unit of one ``UnitType``, or a family of them over axes (as
/// ``MetricDeclaration`` for the scalar metrics), with its unit, definition and accessor.
///
/// Invariant (checked when the declaration is made): every axis's `{placeholder}` occurs
/// exactly once in ``pattern``, and no other `{…}` does.
public struct UnitMetricDeclaration: Sendable {
    /// The kind of unit the metric is reported for.
    public let unitType: UnitType
    /// The name, or for a family the name with `{placeholder}`s, e.g. `success_{role}`.
    public let pattern: String
    /// What the value measures.
    public let unit: MetricUnit
    /// How the value is computed, as documented (Markdown, one paragraph).
    public let definition: String
    /// The placeholders of ``pattern``, outermost first; empty for a single metric.
    public let axes: [MetricAxis]
    /// The metrics this declaration expands to, in column order.
    public let columns: [UnitMetricColumn]

    /// A family over `axes`; `value` gets the unit's index (in scenario order) and the
    /// position of each axis's label.
    init(_ unitType: UnitType, _ pattern: String, _ unit: MetricUnit, _ definition: String, axes: [MetricAxis] = [],
         value: @escaping @Sendable (_ inputs: UnitMetricInputs, _ unit: Int, _ positions: [Int]) -> Double) {
        self.unitType = unitType
        self.pattern = pattern
        self.unit = unit
        self.definition = definition
        self.axes = axes
        columns = MetricAxis.expand(pattern, over: axes).map { combination in
            let positions = combination.positions
            return UnitMetricColumn(name: combination.name, unit: unit) { inputs, index in value(inputs, index, positions) }
        }
    }

    /// A single metric.
    init(_ unitType: UnitType, _ name: String, _ unit: MetricUnit, _ definition: String,
         value: @escaping @Sendable (_ inputs: UnitMetricInputs, _ unit: Int) -> Double) {
        self.init(unitType, name, unit, definition, axes: []) { inputs, index, _ in value(inputs, index) }
    }
}

/// One metric of one ``UnitType`` (a value of the `metric` column of `units.csv`) with the
/// accessor that computes it for one unit.
public struct UnitMetricColumn: Sendable {
    /// snake_case name, stable: scripts rely on it.
    public let name: String
    /// What the value measures.
    public let unit: MetricUnit
    /// The value for unit `index` (scenario order) of the replicate's end state in `inputs`
    /// (NaN when undefined, e.g. a ratio with denominator 0). Computes, never allocates.
    let value: @Sendable (_ inputs: UnitMetricInputs, _ index: Int) -> Double
}
