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

    /// The state the unit metric accessors read, at the end of the run: one pass over the
    /// residents (trust and awareness per neighbourhood), so it is made once per replicate.
    var unitInputs: UnitMetricInputs {
        var aware: [Double] = []
        for hood in 0..<(residents.start.count - 1) {
            let first = Int(residents.start[hood]), end = Int(residents.start[hood + 1])
            var count = 0
            for i in first..<end where residents.isAware(i) { count += 1 }
            aware.append(end > first ? Double(count) / Double(end - first) : .nan)
        }
        return UnitMetricInputs(
            tally: unitTally, hoodMeanTrust: hoodMeanTrust(), hoodInitialTrust: hoodInitialTrust,
            hoodAwareShare: aware, connectorBacklog: connectors.map(\.backlog),
            departmentBacklogHours: departments.map(\.backlogHours), departmentAwareness: departments.map(\.awareness))
    }

    /// Mean trust of each neighbourhood's residents now (NaN for an empty neighbourhood),
    /// summed afresh (not a running sum, so it has no drift).
    func hoodMeanTrust() -> [Double] {
        (0..<(residents.start.count - 1)).map { hood in
            let first = Int(residents.start[hood]), end = Int(residents.start[hood + 1])
            var sum = 0.0
            for i in first..<end { sum += Double(residents.trust[i]) }
            return end > first ? sum / Double(end - first) : .nan
        }
    }

    /// All scalar metrics, in ``MetricCatalog/scalarNames`` order, and the unit metrics in
    /// the order of the scenario's ``UnitLayout``.
    func finalMetrics() -> ReplicateResult {
        var inputs = metricInputs
        (inputs.askerCount, inputs.askerTrustSum) = askerTrust()
        let counts = [scenario.municipality.neighbourhoods.count, connectors.count, departments.count]
        return ReplicateResult(scalars: MetricCatalog.scalarValues(inputs), weekly: weekly,
                               weeks: scenario.run.weeks, requestsHandled: tally.outcomes.reduce(0, +),
                               units: MetricCatalog.unitValues(unitInputs, unitCounts: counts))
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
