import Testing
@testable import WijkSim

/// Conservation on the baseline, determinism, independence of the random sub-streams and
/// invisibility of compaction. (Invariants over random valid scenarios, formerly 150 cases
/// here, are covered by ``ParameterSpacePropertyTests`` across the catalog's full ranges.)
@Suite("Simulation invariants")
struct SimulationInvariantTests {
    typealias S = MetricCatalog.Scalar

    /// A random but valid scenario: small populations, random barriers, teams and interventions
    /// (for the compaction test).
    static func randomScenario(seed: UInt64) -> Scenario {
        var g = Xoshiro256StarStar(seed: seed)
        var s = Scenario()
        s.name = "random-\(seed)"
        s.run.weeks = 10 + g.uniformInt(below: 50)
        s.run.warmupWeeks = g.uniformInt(below: 3) == 0 ? g.uniformInt(below: 10) : 0
        let hoods = 1 + g.uniformInt(below: 4)
        s.municipality.neighbourhoods = (0..<hoods).map {
            NeighbourhoodParameters(name: "N\($0)", population: 20 + g.uniformInt(below: 3000), cohesion: g.uniform())
        }
        let departments = 1 + g.uniformInt(below: 8)
        s.departments = (0..<departments).map {
            var d = DepartmentParameters(name: "D\($0)", hoursPerWeek: 40 * g.uniform(), awareness: g.uniform(), requestWeight: g.uniform())
            d.cooperation = g.uniform()
            d.ruleFlexibility = g.uniform()
            d.proactiveContactRate = g.uniform()
            d.plansPerYear = 20 * g.uniform()
            return d
        }
        let shares = (0..<min(departments, 1 + g.uniformInt(below: 4))).map { _ in 0.05 + g.uniform() }
        s.requests.departmentCountShares = shares.map { $0 / shares.reduce(0, +) }
        s.requests.departmentCountShares[0] += 1 - s.requests.departmentCountShares.reduce(0, +)
        let mix = (0..<4).map { _ in 0.05 + g.uniform() }
        let total = mix.reduce(0, +)
        s.requests.mix = KindValues(question: mix[0] / total, signal: mix[1] / total, initiative: mix[2] / total,
                                    conflict: 1 - (mix[0] + mix[1] + mix[2]) / total)
        s.requests.noDepartmentShare = KindValues(question: g.uniform(), signal: g.uniform(), initiative: g.uniform(), conflict: g.uniform())
        s.residents.requestsPerYear = 2 * g.uniform()
        s.residents.initialAwareness = g.uniform()
        s.residents.activityShape = 0.1 + 3 * g.uniform()
        s.connectors = (0..<g.uniformInt(below: 5)).map { i in
            var c = ConnectorParameters()
            c.name = "C\(i)"
            c.neighbourhoods = (0..<hoods).filter { _ in g.bernoulli(0.6) }.map { "N\($0)" }
            c.hoursPerWeek = 40 * g.uniform()
            c.startWeek = g.uniformInt(below: 20)
            c.homeDepartment = "D\(g.uniformInt(below: departments))"
            c.skills = RoleValues(fixer: g.uniform(), bridgeBuilder: g.uniform(), entrepreneur: g.uniform(), mediator: g.uniform())
            c.emphasis = RoleValues(fixer: g.uniform(), bridgeBuilder: g.uniform(), entrepreneur: g.uniform(), mediator: g.uniform())
            c.escalationPropensity = g.uniform()
            return c
        }
        s.barriers = BarrierParameters()
        s.barriers.extraWorkFraming = g.uniform()
        s.barriers.otherClusterPenalty = g.uniform()
        s.barriers.siloPenalty = g.uniform()
        s.barriers.ruleRigidity = g.uniform()
        s.barriers.liabilityAversion = g.uniform()
        s.barriers.roleAmbiguity = g.uniform()
        s.barriers.escalationStigma = g.uniform()
        s.barriers.feedbackGap = g.uniform()
        s.barriers.politicalVeto = g.uniform()
        s.barriers.staffTurnoverPerYear = g.uniform()
        s.council.portfolio = Portfolio.allCases[g.uniformInt(below: 4)]
        s.council.meetingIntervalWeeks = 1 + g.uniformInt(below: 8)
        s.council.electionIntervalWeeks = g.bernoulli(0.3) ? 10 + g.uniformInt(below: 30) : 0
        s.council.firstElectionWeek = g.uniformInt(below: 30)
        s.council.initiativeBudgetPerYear = 50_000 * g.uniform()
        var i = s.interventions
        for type in InterventionParameters.types {
            let isCounterfactual = type == NoConnectorsParameters.self
            type.set(in: &i, enabled: g.bernoulli(isCounterfactual ? 0.1 : 0.3), startWeek: g.uniformInt(below: 30))
        }
        i.transitionManager.endWeek = g.bernoulli(0.5) ? i.transitionManager.startWeek + 1 + g.uniformInt(below: 20) : 0
        s.interventions = i
        return s
    }

    /// Bit-for-bit equality (NaN equals NaN), as the CSV files would compare.
    static func identical(_ a: ReplicateResult, _ b: ReplicateResult) -> Bool {
        a.scalars.map(\.bitPattern) == b.scalars.map(\.bitPattern)
            && a.weekly.map(\.bitPattern) == b.weekly.map(\.bitPattern)
            && a.units.map(\.bitPattern) == b.units.map(\.bitPattern)
            && a.weeks == b.weeks && a.requestsHandled == b.requestsHandled
    }

    /// Steps the baseline week by week and expects no broken invariant after any week
    /// (conservation per kind, untouched tally, backlogs, ranges, trust sum). Catches an
    /// engine phase that loses or double-counts a request, e.g. a hand-off that closes a
    /// request without tallying its outcome.
    @Test("The baseline conserves requests every week")
    func baselineInvariants() {
        var scenario = Scenario()
        scenario.run.weeks = 30
        var world = World(scenario: scenario, seed: 99)
        var weeksChecked = 0
        while world.week < world.totalWeeks {
            world.step()
            #expect(world.invariantViolations() == [], "after week \(world.week)")
            world.week += 1
            weeksChecked += 1
        }
        #expect(weeksChecked == scenario.run.warmupWeeks + 30)
        #expect(world.tally.raised.reduce(0, +) > 100, "the check is not vacuous: requests were raised")
    }

    /// The check itself can fail: a request raised but never tallied breaks conservation.
    @Test("A broken tally is reported as a conservation violation")
    func brokenTallyIsReported() {
        var scenario = Scenario()
        scenario.run.weeks = 5
        var world = World(scenario: scenario, seed: 99)
        world.step()
        world.tally.raised[0] += 1
        let problems = world.invariantViolations()
        #expect(problems.contains { $0.contains("kind 0: raised") })
    }

    @Test("Same scenario and seed give identical results; another seed differs")
    func determinism() {
        var scenario = Scenario()
        scenario.run.weeks = 20
        let a = Simulation.runReplicate(scenario: scenario, seed: 5)
        let b = Simulation.runReplicate(scenario: scenario, seed: 5)
        let c = Simulation.runReplicate(scenario: scenario, seed: 6)
        #expect(Self.identical(a, b))
        #expect(!Self.identical(a, c))
    }

    @Test("Department decisions draw from their own stream: arrivals in week 1 do not move")
    func subStreamsAreSeparate() {
        var scenario = Scenario()
        scenario.run.weeks = 3
        var other = scenario
        for d in other.departments.indices { other.departments[d].cooperation = 0.1 }
        other.council.approvalRate = 0.1
        let a = Simulation.runReplicate(scenario: scenario, seed: 11)
        let b = Simulation.runReplicate(scenario: other, seed: 11)
        let raised = MetricCatalog.Weekly.raised.rawValue
        #expect(a.weeklyValue(week: 0, metric: raised) == b.weeklyValue(week: 0, metric: raised))
        #expect(a.scalars[MetricCatalog.raised(4)] > 0)
    }

    @Test("Compacting the request store changes nothing", arguments: [3, 17, 42])
    func compactionIsInvisible(seed: Int) {
        var scenario = Self.randomScenario(seed: UInt64(seed))
        scenario.run.weeks = 60
        let always = Simulation.runReplicate(scenario: scenario, seed: UInt64(seed), checkingInvariants: true, compactionMinimum: 0)
        let never = Simulation.runReplicate(scenario: scenario, seed: UInt64(seed), checkingInvariants: true, compactionMinimum: .max)
        #expect(Self.identical(always, never), "seed \(seed)")
        let baseline = Simulation.runReplicate(scenario: Scenario(), seed: UInt64(seed), checkingInvariants: false, compactionMinimum: 0)
        let baselineNever = Simulation.runReplicate(scenario: Scenario(), seed: UInt64(seed), checkingInvariants: false, compactionMinimum: .max)
        #expect(Self.identical(baseline, baselineNever), "baseline, seed \(seed)")
    }
}
