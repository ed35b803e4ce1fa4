/// docs/ODD.md §1.3 phase 9 and §5 Metrics: the weekly series and the replicate's metrics.
///
/// What each metric is lives in its declaration (`Metrics/ScalarMetrics.swift`,
/// `Metrics/WeeklyMetrics.swift`); the world only hands the declarations its state.
///
/// Trust totals need the initial trust of the residents whose trust was never read; those
/// are drawn once, at the end of the run (``PopulationTrust``), so the weekly `mean_trust`
/// is recorded as a change since week 0 and completed then (docs/ODD.md §3.2).
extension World {
    /// The state the metric accessors read, now, with the population's trust sums given.
    func metricInputs(trustSum: Double, trustSquareSum: Double, initialMeanTrust: Double) -> MetricInputs {
        MetricInputs(
            tally: tally, residentCount: residents.count, trustSum: trustSum, trustSquareSum: trustSquareSum,
            awareCount: awareCount, initialMeanTrust: initialMeanTrust,
            connectorBacklog: connectors.reduce(0) { $0 + $1.backlog },
            departmentBacklogHours: departments.reduce(0) { $0 + $1.backlogHours },
            meanDepartmentAwareness: departments.isEmpty
                ? .nan : departments.reduce(0) { $0 + $1.awareness } / Double(departments.count),
            totalWeeks: totalWeeks)
    }

    /// The state the metric accessors read, now, with the population's trust completed as at
    /// the end of the run (``populationTrust``; for tests and one-off reads).
    var metricInputs: MetricInputs {
        let trust = populationTrust
        return metricInputs(trustSum: trust.initialTotal + trustChange,
                            trustSquareSum: trust.initialSquares + trustSquareChange,
                            initialMeanTrust: residents.count > 0 ? trust.initialTotal / Double(residents.count) : 0)
    }

    /// Records this week's row of ``MetricCatalog/weeklyNames`` values (allocates nothing);
    /// `mean_trust` is NaN until ``completeWeeklyTrust(_:initialTrust:)``.
    mutating func recordWeek() {
        let row = week - warmupWeeks
        weeklyTrustChange[row] = trustChange
        let inputs = metricInputs(trustSum: .nan, trustSquareSum: .nan, initialMeanTrust: .nan)
        MetricCatalog.writeWeeklyValues(inputs, into: &weekly, at: row * MetricCatalog.weeklyNames.count)
    }

    /// The recorded weeks with `mean_trust` filled in from the population's initial trust total.
    func completeWeeklyTrust(_ rows: [Double], initialTrust: Double) -> [Double] {
        var rows = rows
        let columns = MetricCatalog.weeklyNames.count
        let column = MetricCatalog.Weekly.meanTrust.rawValue
        var inputs = metricInputs(trustSum: 0, trustSquareSum: .nan, initialMeanTrust: .nan)
        for row in weeklyTrustChange.indices {
            inputs.trustSum = initialTrust + weeklyTrustChange[row]
            rows[row * columns + column] = MetricCatalog.weeklyColumns[column].value(inputs)
        }
        return rows
    }

    /// The population's trust at the end: per neighbourhood Σ initial and Σ current trust over
    /// the records whose trust was read (summed afresh) plus the drawn sums of the others,
    /// who still have their initial trust. Draws from the `initialisation` stream (a copy: the
    /// same world gives the same sums however often it is asked).
    var populationTrust: PopulationTrust {
        let hoods = residents.hoodCount
        var initial = [Double](repeating: 0, count: hoods), now = [Double](repeating: 0, count: hoods)
        for slot in 0..<residents.recordCount where residents.has(ResidentPopulation.trustKnownBit, slot: slot) {
            let hood = Int(residents.hood[slot])
            initial[hood] += Double(residents.initialTrust[slot])
            now[hood] += Double(residents.trust[slot])
        }
        var generator = rng.initialisation
        var unreadSum = 0.0, unreadSquares = 0.0
        for hood in 0..<hoods {
            let sums = untouched.trustSums(count: untouched.trustUnknown[hood], using: &generator)
            initial[hood] += sums.sum
            now[hood] += sums.sum
            unreadSum += sums.sum
            unreadSquares += sums.squares
        }
        return PopulationTrust(initialTotal: knownInitialTrust + unreadSum,
                               initialSquares: knownInitialTrustSquares + unreadSquares,
                               hoodInitial: initial, hoodNow: now)
    }

    /// The state the unit metric accessors read, at the end of the run.
    func unitInputs(_ trust: PopulationTrust) -> UnitMetricInputs {
        let hoods = 0..<residents.hoodCount
        func perResident(_ values: [Double]) -> [Double] {
            hoods.map { residents.population(of: $0) > 0 ? values[$0] / Double(residents.population(of: $0)) : .nan }
        }
        return UnitMetricInputs(
            tally: unitTally, hoodMeanTrust: perResident(trust.hoodNow), hoodInitialTrust: perResident(trust.hoodInitial),
            hoodAwareShare: perResident(hoodAware.map(Double.init)), connectorBacklog: connectors.map(\.backlog),
            departmentBacklogHours: departments.map(\.backlogHours), departmentAwareness: departments.map(\.awareness))
    }

    /// All scalar metrics, in ``MetricCatalog/scalarNames`` order, and the unit metrics in
    /// the order of the scenario's ``UnitLayout``.
    func finalMetrics() -> ReplicateResult {
        let trust = populationTrust
        var inputs = metricInputs(trustSum: trust.initialTotal + trustChange,
                                  trustSquareSum: trust.initialSquares + trustSquareChange,
                                  initialMeanTrust: residents.count > 0 ? trust.initialTotal / Double(residents.count) : 0)
        (inputs.askerCount, inputs.askerTrustSum) = askerTrust()
        let counts = [scenario.municipality.neighbourhoods.count, connectors.count, departments.count]
        return ReplicateResult(scalars: MetricCatalog.scalarValues(inputs),
                               weekly: completeWeeklyTrust(weekly, initialTrust: trust.initialTotal),
                               weeks: scenario.run.weeks, requestsHandled: tally.outcomes.reduce(0, +),
                               units: MetricCatalog.unitValues(unitInputs(trust), unitCounts: counts))
    }

    /// Residents who raised a counted request, and the sum of their trust now: one pass over
    /// the records (every raiser has one, with its trust drawn).
    func askerTrust() -> (count: Int, trustSum: Double) {
        var count = 0, sum = 0.0
        for slot in 0..<residents.recordCount where residents.has(ResidentPopulation.askedBit, slot: slot) {
            count += 1
            sum += Double(residents.trust[slot])
        }
        return (count, sum)
    }
}

/// The population's trust sums at the end of a run (``World/populationTrust``).
struct PopulationTrust {
    /// Σ initial trust and Σ initial trust² over all residents.
    var initialTotal: Double
    var initialSquares: Double
    /// Per neighbourhood: Σ initial trust and Σ trust now.
    var hoodInitial: [Double]
    var hoodNow: [Double]
}
