/// The metrics of one simulated replicate, in the order of ``MetricCatalog``.
///
/// Plain arrays of `Double` so that the batch layer can aggregate any model's
/// output without knowing its meaning.
///
/// Invariants: `scalars.count == MetricCatalog.scalarNames.count`;
/// `weekly.count == weeks * MetricCatalog.weeklyNames.count`, row-major by
/// week (`weekly[week * weeklyNames.count + metric]`); `units.count` is the scenario's
/// ``UnitLayout/count`` (or 0 for a result made without units), laid out as ``UnitLayout`` says.
public struct ReplicateResult: Sendable, Equatable {
    /// One value per name in ``MetricCatalog/scalarNames``.
    public var scalars: [Double]
    /// Recorded weeks (after warm-up) × ``MetricCatalog/weeklyNames``, row-major.
    public var weekly: [Double]
    /// Number of recorded weeks in `weekly`.
    public var weeks: Int
    /// Requests that reached a terminal outcome (for throughput figures).
    public var requestsHandled: Int
    /// The unit metrics (``MetricCatalog/unitDeclarations``) of every neighbourhood, connector
    /// and department, in the order of the scenario's ``UnitLayout``.
    public var units: [Double]

    public init(scalars: [Double], weekly: [Double], weeks: Int, requestsHandled: Int, units: [Double] = []) {
        self.scalars = scalars
        self.weekly = weekly
        self.weeks = weeks
        self.requestsHandled = requestsHandled
        self.units = units
    }

    /// Unit metric `metric` (a name in ``MetricCatalog/unitMetricNames(_:)``) of every unit of
    /// `type`, in scenario order: e.g. `unitValues(.neighbourhood, metric: "connected", layout:)`
    /// gives the counted requests connected per neighbourhood. Traps on an unknown metric name.
    public func unitValues(_ type: UnitType, metric: String, layout: UnitLayout) -> [Double] {
        let index = MetricCatalog.unitMetricIndex(type, named: metric)
        return layout.units(type).indices.map { units[layout.offset(type, unit: $0, metric: index)] }
    }

    /// The value of weekly metric `metric` in recorded week `week` (0-based).
    @inlinable
    public func weeklyValue(week: Int, metric: Int) -> Double {
        weekly[week * MetricCatalog.weeklyNames.count + metric]
    }
}
