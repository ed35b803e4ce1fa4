import Testing
@testable import WijkSim

/// Phase 3, `World+Plans.swift` (docs/ODD.md §3.4.10): departments' plans, consults of the
/// connector, resistance and call-ins. Only `startDepartmentContacts` runs (with the
/// connector's hours opened by `EngineWorld.world`), so nothing a call-in raises is worked on.
@Suite("World plans")
struct WorldPlansTests {
    /// One department making 520 plans a year (10 a week) with the given consult and
    /// resistance behaviour; residents unaware; `change` then applies.
    static func scenario(
        residents: Int = 2_000, weeks: Int = 100, proactive: Double, awareness: Double = 1,
        resistance: Double, prevents: Double = 0.8, _ change: (inout Scenario) -> Void = { _ in }
    ) -> Scenario {
        EngineWorld.scenario(residents: residents, weeks: weeks) {
            $0.residents.initialAwareness = 0
            $0.departments[0].plansPerYear = 520
            $0.departments[0].proactiveContactRate = proactive
            $0.departments[0].awareness = awareness
            $0.departmentBehaviour.resistanceWithoutConsult = resistance
            $0.departmentBehaviour.consultPreventsConflict = prevents
            change(&$0)
        }
    }

    /// Runs `startDepartmentContacts` for weeks 0 ..< `weeks`.
    static func plan(weeks: Int, in world: inout World) {
        for t in 0..<weeks {
            world.week = t
            world.startDepartmentContacts()
        }
    }

    // Catches a plan rate not divided by 52, or call-ins that are not conflicts needing the planning department.
    @Test("Poisson(plansPerYear / 52) plans a week: without a connector and resistance 1, 100 weeks give 1000 ± 4√1000 call-ins")
    func planRate() {
        let scenario = Self.scenario(proactive: 1, resistance: 1) { $0.connectors = [] }
        var world = EngineWorld.world(scenario)
        Self.plan(weeks: 100, in: &world)
        let conflicts = world.tally.conflictsFromPlans
        #expect(abs(Double(conflicts) - 1_000) < 4 * 1_000.0.squareRoot(), "\(conflicts) call-ins")
        #expect(world.tally.raised == [0, 0, 0, conflicts])
        #expect(world.requests.allSatisfy { $0.kind == .conflict && $0.fromDepartment && $0.needed == 1 && $0.route == .general })
        #expect(world.tally.contactsByDepartments == 0, "no connector: no consult, no contact")
    }

    // Catches a consult that costs nothing, costs more than the week's hours left, or does not prevent resistance.
    @Test("awareness 1 and proactive 1: every plan is a consult costing min(hours left, 3 h); prevents 1 stops every conflict")
    func consultPrevents() {
        var world = EngineWorld.world(Self.scenario(proactive: 1, resistance: 1, prevents: 1))
        world.startDepartmentContacts()
        let plans = world.tally.conflictsPrevented
        #expect(plans > 3, "Poisson(10) plans this week")
        #expect(world.tally.conflictsFromPlans == 0 && world.requests.isEmpty)
        #expect(world.tally.contactsByDepartments == plans)
        #expect(world.connectors[0].hoursLeft == max(0, 24 - 3 * Double(plans)))
        #expect(world.tally.connectorHoursUsed == 24 - world.connectors[0].hoursLeft)
    }

    // Catches call-ins routed by the resident's awareness (unaware → general channel) or misrouted.
    @Test("without a consult, resistance 1 raises a call-in at the connector for every plan, even from unaware residents, never misrouted")
    func callInsReachTheConnector() {
        let scenario = Self.scenario(weeks: 20, proactive: 0, resistance: 1) {
            $0.requests.misrouteShare = 1
            $0.barriers.roleAmbiguity = 1
        }
        var world = EngineWorld.world(scenario)
        #expect(world.effective.misrouteProbability == 1)
        Self.plan(weeks: 20, in: &world)
        let conflicts = world.tally.conflictsFromPlans
        #expect(conflicts > 100)
        #expect(world.connectors[0].backlog == conflicts && world.tally.contactsByDepartments == conflicts)
        #expect(world.requests.allSatisfy { $0.route == .connector && $0.fromDepartment && !$0.misrouted && $0.needed == 1 })
        #expect(world.tally.conflictsPrevented == 0)
        #expect(world.connectors[0].hoursLeft == 24, "no consult, no hours spent")
    }

    // Catches resistance that is raised although resistanceWithoutConsult is 0.
    @Test("resistance 0: plans raise nothing; the consults still happen")
    func noResistance() {
        var world = EngineWorld.world(Self.scenario(weeks: 20, proactive: 1, resistance: 0))
        Self.plan(weeks: 20, in: &world)
        #expect(world.requests.isEmpty && world.tally.conflictsFromPlans == 0 && world.tally.conflictsPrevented == 0)
        #expect(world.tally.contactsByDepartments > 100)
    }

    // Catches a prevention applied without a consult, or resistance drawn only for plans without one.
    @Test("consulted plans: P(conflict) = resistance · (1 − prevents) = 0.1, P(prevented) = resistance · prevents = 0.4, within 4σ")
    func consultedShares() {
        var world = EngineWorld.world(Self.scenario(proactive: 1, resistance: 0.5, prevents: 0.8))
        Self.plan(weeks: 100, in: &world)
        let conflicts = world.tally.conflictsFromPlans
        let plans = world.tally.contactsByDepartments - conflicts   // one contact per consult, one more per call-in
        #expect(plans > 800)
        let tolerance = EngineWorld.binomialTolerance
        #expect(abs(Double(conflicts) - 0.1 * Double(plans)) < tolerance(plans, 0.1, 4), "\(conflicts) of \(plans)")
        #expect(abs(Double(world.tally.conflictsPrevented) - 0.4 * Double(plans)) < tolerance(plans, 0.4, 4))
    }

    // Catches a consult probability that ignores the transition manager's influence or the initiative process's consult gain.
    @Test("consult probability min(1, (p + s·g·(1 − p))·a + consultGain): influence 1 with gain 1, or consultGain 1, make every plan a consult")
    func consultProbability() {
        let scenario = Self.scenario(weeks: 10, proactive: 0, resistance: 1, prevents: 1) {
            $0.interventions.transitionManager.proactiveGain = 1
        }
        for (influence, consultGain) in [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0)] {
            var world = EngineWorld.world(scenario)
            world.departments[0].influence = influence
            world.effective.consultGain = consultGain
            Self.plan(weeks: 10, in: &world)
            if influence == 0 && consultGain == 0 {
                #expect(world.tally.conflictsPrevented == 0 && world.tally.conflictsFromPlans > 50)
            } else {
                #expect(world.tally.conflictsFromPlans == 0 && world.tally.conflictsPrevented > 50, "influence \(influence), gain \(consultGain)")
            }
        }
    }

    // Catches a plan neighbourhood drawn by population instead of uniformly.
    @Test("a plan's neighbourhood is uniform, not weighted by population: half the call-ins land in a neighbourhood of 10 of 2000")
    func uniformNeighbourhood() {
        let scenario = Self.scenario(weeks: 60, proactive: 1, resistance: 1) {
            $0.connectors = []
            $0.municipality.neighbourhoods = [NeighbourhoodParameters(name: "A", population: 10, cohesion: 0.5),
                                              NeighbourhoodParameters(name: "B", population: 1_990, cohesion: 0.5)]
        }
        var world = EngineWorld.world(scenario)
        Self.plan(weeks: 60, in: &world)
        let n = world.requests.count
        let inSmall = world.requests.filter { $0.neighbourhood == 0 }.count
        #expect(n > 400)
        #expect(abs(Double(inSmall) - 0.5 * Double(n)) < EngineWorld.binomialTolerance(n: n, p: 0.5), "\(inSmall) of \(n)")
        #expect(world.requests.allSatisfy {
            let id = world.residents.id(ofSlot: Int($0.resident))
            return $0.neighbourhood == 0 ? id < 10 : id >= 10
        })
    }

    // Catches a call-in raised past the 7-bit open-request counter (overflowing into the aware bit).
    @Test("a resident holding 127 open requests voices no more resistance: the call-in is neither raised nor counted")
    func openRequestLimit() {
        let scenario = Self.scenario(residents: 1, weeks: 30, proactive: 1, resistance: 1) { $0.connectors = [] }
        var world = EngineWorld.world(scenario)
        Self.plan(weeks: 30, in: &world)
        #expect(world.requests.count == ResidentPopulation.openRequestLimit)
        #expect(world.tally.conflictsFromPlans == 127 && world.residents.openRequests(0) == 127)
        #expect(!EngineWorld.isAware(0, in: &world) && world.awareCount == 0)
    }
}
