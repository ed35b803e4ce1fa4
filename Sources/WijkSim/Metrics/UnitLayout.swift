/// Where each unit metric of a scenario sits in ``ReplicateResult/units``, and the unit
/// names written in the `unit` column of `units.csv`.
///
/// Layout of `units` (documented for other consumers, e.g. a decomposition of a
/// comparison by neighbourhood): three blocks in ``UnitType`` order — neighbourhoods,
/// connectors, departments; within a block the units in scenario order
/// (`municipality.neighbourhoods`, `connectors`, `departments`); within a unit the metrics
/// of its type in ``MetricCatalog/unitMetricNames(_:)`` order. So
///
///     units[offset(type, unit: u, metric: m)]
///     offset = blockStart(type) + u · unitMetricNames(type).count + m
///
/// e.g. the counted requests connected in neighbourhood 2 are
/// `units[layout.offset(.neighbourhood, unit: 2, metric: MetricCatalog.unitMetricIndex(.neighbourhood, named: "connected"))]`,
/// or all neighbourhoods at once: ``ReplicateResult/unitValues(_:metric:layout:)``.
///
/// Names: neighbourhoods and departments by their (unique) names; connectors by name, with
/// ` #k` (k = 1-based position in `connectors`) appended where two connectors share a name.
public struct UnitLayout: Sendable, Equatable {
    /// The unit names of each type, indexed by ``UnitType/position``, in scenario order.
    public let unitNames: [[String]]
    /// The first index of each type's block in ``ReplicateResult/units``.
    public let blockStarts: [Int]
    /// The length of ``ReplicateResult/units``.
    public let count: Int

    /// The layout of `scenario`'s units.
    public init(scenario: Scenario) {
        let connectorNames = scenario.connectors.map(\.name)
        let labelled = connectorNames.enumerated().map { index, name in
            connectorNames.filter { $0 == name }.count > 1 ? "\(name) #\(index + 1)" : name
        }
        self.init(unitNames: [scenario.municipality.neighbourhoods.map(\.name), labelled, scenario.departments.map(\.name)])
    }

    /// A layout with the given names (tests), indexed by ``UnitType/position``.
    init(unitNames: [[String]]) {
        precondition(unitNames.count == UnitType.allCases.count, "one name list per unit type")
        self.unitNames = unitNames
        var starts: [Int] = [], total = 0
        for type in UnitType.allCases {
            starts.append(total)
            total += unitNames[type.position].count * MetricCatalog.unitColumns[type.position].count
        }
        blockStarts = starts
        count = total
    }

    /// The names of the units of `type`, in scenario order.
    public func units(_ type: UnitType) -> [String] { unitNames[type.position] }

    /// The index in ``ReplicateResult/units`` of metric `metric` (its index in
    /// ``MetricCatalog/unitMetricNames(_:)``) of unit `unit` (scenario order) of `type`.
    public func offset(_ type: UnitType, unit: Int, metric: Int) -> Int {
        blockStarts[type.position] + unit * MetricCatalog.unitColumns[type.position].count + metric
    }
}
