import Testing
@testable import WijkSim

/// Phase 9 and the end of a run, `World+Metrics.swift` (docs/ODD.md §1.3 phase 9, §5): the
/// world's aggregates handed to the metric declarations (`metricInputs`), the week's row of
/// the weekly series (`recordWeek`, offset by the warm-up) and the scalar metrics
/// (`finalMetrics`). What each metric means is tested per declaration in
/// `ScalarMetricsTests`/`WeeklyMetricsTests`; here the world's side of it is.
@Suite("World metrics")
struct WorldMetricsTests {
    static let columns = MetricCatalog.weeklyNames.count

    static func row(_ week: Int, of world: World) -> ArraySlice<Double> {
        world.weekly[(week * columns)..<((week + 1) * columns)]
    }

    // Catches a weekly row written at the absolute week instead of week − warm-up.
    @Test("recordWeek writes week t's row at t − warmupWeeks: a hand-built week tally (3 of 4 connected) gives rate 0.75 in row 1")
    func weeklyRowOffset() {
        let scenario = EngineWorld.scenario(weeks: 3) { $0.run.warmupWeeks = 2 }
        var world = World(scenario: scenario, seed: 1)
        #expect(world.weekly.count == 3 * Self.columns)
        world.week = 3
        world.tally.weekRaised = 7
        world.tally.weekConnected = 3
        world.tally.weekResolved = 4
        world.tally.weekEscalations = 2
        world.recordWeek()
        let row = Self.row(1, of: world)
        let at = { (metric: MetricCatalog.Weekly) in row[row.startIndex + metric.rawValue] }
        #expect(at(.raised) == 7 && at(.connected) == 3 && at(.resolved) == 4 && at(.escalations) == 2)
        #expect(at(.connectionRate) == 0.75)
        #expect(at(.connectorRouteConnectionRate).isNaN, "no connector-route request closed this week")
        #expect(Self.row(0, of: world).allSatisfy { $0 == 0 } && Self.row(2, of: world).allSatisfy { $0 == 0 })
    }

    // Catches aggregates taken from the first connector or department only, or a sum where a mean belongs.
    @Test("metricInputs: backlogs summed over connectors and departments, awareness averaged, trust and awareness per resident")
    func aggregates() {
        let scenario = EngineWorld.scenario(residents: 4) {
            $0.departments = [EngineWorld.department("D", awareness: 0.2), EngineWorld.department("E", awareness: 0.6)]
            var second = $0.connectors[0]
            second.name = "C2"
            $0.connectors.append(second)
            $0.residents.initialAwareness = 0
        }
        var world = World(scenario: scenario, seed: 1)
        world.connectors[0].backlog = 3
        world.connectors[1].backlog = 4
        world.departments[0].backlogHours = 1.5
        world.departments[1].backlogHours = 2.5
        for (i, trust) in [Float(0.25), 0.5, 0.75, 1].enumerated() { EngineWorld.setTrust(i, to: trust, in: &world) }
        EngineWorld.makeAware(2, in: &world)
        let inputs = world.metricInputs
        #expect(inputs.connectorBacklog == 7 && inputs.departmentBacklogHours == 4)
        #expect(abs(inputs.meanDepartmentAwareness - 0.4) < 1e-15)
        #expect(inputs.residentCount == 4 && abs(inputs.meanTrust - 0.625) < 1e-12 && inputs.awareShare == 0.25)
        #expect(inputs.totalWeeks == world.totalWeeks)
        world.recordWeek()
        let row = Self.row(0, of: world)
        #expect(row[MetricCatalog.Weekly.connectorBacklog.rawValue] == 7)
        #expect(row[MetricCatalog.Weekly.departmentBacklogHours.rawValue] == 4)
        #expect(row[MetricCatalog.Weekly.awareShare.rawValue] == 0.25)

        var empty = scenario
        empty.departments = []
        empty.connectors = []
        #expect(World(scenario: empty, seed: 1).metricInputs.meanDepartmentAwareness.isNaN, "no departments: NaN, not 0/0 trapping or 0")
    }

    // Catches scalar rates over the wrong denominator (resolved instead of raised) or requestsHandled not Σ outcomes.
    @Test("finalMetrics of a hand-built tally: 4 connected and 1 declined of 10 questions give connection rate 0.4, clear answers 0.5")
    func scalarsFromTally() {
        var world = World(scenario: EngineWorld.scenario(), seed: 1)
        var tally = Tally(weeks: world.totalWeeks)
        tally.raised = [10, 0, 0, 0]
        tally.outcomes[0 * 4 + Outcome.connected.rawValue] = 4
        tally.outcomes[0 * 4 + Outcome.declined.rawValue] = 1
        tally.timeHistogram[0][2] = 4
        world.tally = tally
        let result = world.finalMetrics()
        let question = RequestKind.question.rawValue, all = RequestKind.count
        #expect(result.scalars[MetricCatalog.raised(all)] == 10)
        #expect(result.scalars[MetricCatalog.connectionRate(question)] == 0.4)
        #expect(result.scalars[MetricCatalog.connectionRate(all)] == 0.4)
        #expect(result.scalars[MetricCatalog.clearAnswerRate(question)] == 0.5)
        #expect(result.scalars[MetricCatalog.connectionRate(RequestKind.signal.rawValue)].isNaN, "no signals raised")
        #expect(result.scalars[MetricCatalog.timeToResult(0, question)] == 2)
        #expect(result.requestsHandled == 5 && result.weeks == world.scenario.run.weeks)
        #expect(result.scalars.count == MetricCatalog.scalarNames.count)
    }

    // Catches warm-up weeks recorded in the series, a skipped week, or weekly counters not reset each week.
    @Test("over a run with warm-up, the weekly series adds up to the scalars: Σ raised = raised_all, Σ resolved = requests handled")
    func seriesAddUp() {
        let scenario = EngineWorld.scenario(residents: 3_000, weeks: 12) {
            $0.run.warmupWeeks = 4
            $0.residents.requestsPerYear = 2
            $0.residents.initialAwareness = 0.5
            $0.residents.patienceWeeks = KindValues(question: 3, signal: 3, initiative: 3, conflict: 3)
            $0.departments[0].plansPerYear = 52
        }
        var world = World(scenario: scenario, seed: 8)
        let result = world.run()
        let total = { (metric: MetricCatalog.Weekly) in
            (0..<result.weeks).reduce(0.0) { $0 + result.weeklyValue(week: $1, metric: metric.rawValue) }
        }
        let all = RequestKind.count
        #expect(result.weeks == 12 && result.weekly.count == 12 * Self.columns)
        #expect(total(.raised) == result.scalars[MetricCatalog.raised(all)])
        #expect(Int(total(.resolved)) == result.requestsHandled)
        #expect(result.requestsHandled > 100, "the check is not vacuous")
        let connected = (0..<all).reduce(0) { $0 + world.tally.outcomeCount($1, .connected) }
        #expect(Int(total(.connected)) == connected)
        let last = result.weeks - 1
        #expect(result.weeklyValue(week: last, metric: MetricCatalog.Weekly.connectorBacklog.rawValue)
                == result.scalars[MetricCatalog.Scalar.connectorBacklogEnd])
        #expect(result.weeklyValue(week: last, metric: MetricCatalog.Weekly.cumulativeConnectionRate.rawValue)
                == result.scalars[MetricCatalog.connectionRate(all)])
    }
}
