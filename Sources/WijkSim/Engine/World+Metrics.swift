/// docs/ODD.md §1.3 phase 9 and §5 Metrics: the weekly series and the replicate's metrics.
///
/// What each metric is lives in its declaration (`Metrics/ScalarMetrics.swift`,
/// `Metrics/WeeklyMetrics.swift`); the world only hands the declarations its state.
extension World {
    /// The state the metric accessors read, now.
    var metricInputs: MetricInputs {
        MetricInputs(
            tally: tally, residentCount: residents.count, trustSum: trustSum, trustSquareSum: trustSquareSum,
            awareCount: awareCount, initialMeanTrust: initialMeanTrust,
            connectorBacklog: connectors.reduce(0) { $0 + $1.backlog },
            departmentBacklogHours: departments.reduce(0) { $0 + $1.backlogHours },
            meanDepartmentAwareness: departments.isEmpty
                ? .nan : departments.reduce(0) { $0 + $1.awareness } / Double(departments.count),
            totalWeeks: totalWeeks)
    }

    /// Records this week's row of ``MetricCatalog/weeklyNames`` values (allocates nothing).
    mutating func recordWeek() {
        let offset = (week - warmupWeeks) * MetricCatalog.weeklyNames.count
        MetricCatalog.writeWeeklyValues(metricInputs, into: &weekly, at: offset)
    }

    /// All scalar metrics, in ``MetricCatalog/scalarNames`` order.
    func finalMetrics() -> ReplicateResult {
        ReplicateResult(scalars: MetricCatalog.scalarValues(metricInputs), weekly: weekly,
                        weeks: scenario.run.weeks, requestsHandled: tally.outcomes.reduce(0, +))
    }
}
