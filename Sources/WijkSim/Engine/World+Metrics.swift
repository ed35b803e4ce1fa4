/// docs/ODD.md §1.3 phase 9 and §5 Metrics: the weekly series and the replicate's metrics.
///
/// What each metric is lives in its declaration (`Metrics/ScalarMetrics.swift`,
/// `Metrics/WeeklyMetrics.swift`); the world only hands the declarations its state.
///
/// The population's total trust is its total at set-up plus every change since (§3.2: the
/// total of each neighbourhood is drawn at set-up, the unread residents hold what is left).
extension World {
    /// The state the metric accessors read, now, with the population's trust sums given.
    func metricInputs(trustSum: Double, trustSquareSum: Double) -> MetricInputs {
        MetricInputs(
            tally: tally, residentCount: residents.count, trustSum: trustSum, trustSquareSum: trustSquareSum,
            awareCount: awareCount, initialMeanTrust: residents.count > 0 ? initialTrustTotal / Double(residents.count) : 0,
            connectorBacklog: connectors.reduce(0) { $0 + $1.backlog },
            departmentBacklogHours: departments.reduce(0) { $0 + $1.backlogHours },
            meanDepartmentAwareness: departments.isEmpty
                ? .nan : departments.reduce(0) { $0 + $1.awareness } / Double(departments.count),
            totalWeeks: totalWeeks)
    }

    /// The state the metric accessors read, now, Σ trust² included (``populationTrust``).
    var metricInputs: MetricInputs {
        let trust = populationTrust
        return metricInputs(trustSum: initialTrustTotal + trustChange, trustSquareSum: trust.squares)
    }

    /// Records this week's row of ``MetricCatalog/weeklyNames`` values (allocates nothing;
    /// Σ trust² is not read by a weekly metric).
    mutating func recordWeek() {
        let inputs = metricInputs(trustSum: initialTrustTotal + trustChange, trustSquareSum: .nan)
        MetricCatalog.writeWeeklyValues(inputs, into: &weekly, at: (week - warmupWeeks) * MetricCatalog.weeklyNames.count)
    }

    /// The population's trust now: per neighbourhood Σ trust over the records whose trust was
    /// read (summed afresh) plus what the unread residents hold, and Σ trust² with the unread
    /// residents' part drawn given their sum (exactly in a small neighbourhood). Draws from
    /// the `initialisation` stream (a copy: the same world gives the same sums however often).
    var populationTrust: PopulationTrust {
        let hoods = residents.hoodCount
        var now = untouched.unreadSum
        var squares = 0.0
        for slot in 0..<residents.recordCount where residents.has(ResidentPopulation.trustKnownBit, slot: slot) {
            let t = Double(residents.trust[slot])
            now[Int(residents.hood[slot])] += t
            squares += t * t
        }
        var generator = rng.initialisation
        for hood in 0..<hoods {
            if untouched.isExact[hood] {
                for id in Int(residents.start[hood])..<Int(residents.start[hood + 1]) {
                    if let slot = residents.slot(of: id), residents.has(ResidentPopulation.trustKnownBit, slot: slot) { continue }
                    var own = rng.residentGenerator(resident: id, purpose: 0)
                    let t = Double(Float(untouched.laws.ownTrust(using: &own)))
                    squares += t * t
                }
            } else {
                squares += untouched.laws.trustSquares(count: untouched.trustUnknown[hood], sum: untouched.unreadSum[hood],
                                                  using: &generator)
            }
        }
        return PopulationTrust(squares: squares, hoodInitial: untouched.hoodInitialTrust, hoodNow: now)
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
        var inputs = metricInputs(trustSum: initialTrustTotal + trustChange, trustSquareSum: trust.squares)
        (inputs.askerCount, inputs.askerTrustSum) = askerTrust()
        let counts = [scenario.municipality.neighbourhoods.count, connectors.count, departments.count]
        return ReplicateResult(scalars: MetricCatalog.scalarValues(inputs),
                               weekly: weekly,
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
    /// Σ trust² over all residents now.
    var squares: Double
    /// Per neighbourhood: Σ initial trust and Σ trust now.
    var hoodInitial: [Double]
    var hoodNow: [Double]
}
