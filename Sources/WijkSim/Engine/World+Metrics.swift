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
        var inputs = metricInputs
        (inputs.askerCount, inputs.askerTrustSum) = askerTrust()
        return ReplicateResult(scalars: MetricCatalog.scalarValues(inputs), weekly: weekly,
                               weeks: scenario.run.weeks, requestsHandled: tally.outcomes.reduce(0, +))
    }

    /// Residents who raised a counted request, and the sum of their trust now: one pass over
    /// the residents, so only for the final metrics (the weekly inputs leave both 0).
    func askerTrust() -> (count: Int, trustSum: Double) {
        var count = 0, sum = 0.0
        for i in 0..<residents.count where residents.hasAsked(i) {
            count += 1
            sum += Double(residents.trust[i])
        }
        return (count, sum)
    }
}
