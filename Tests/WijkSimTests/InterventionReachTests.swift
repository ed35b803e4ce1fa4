import Testing
@testable import WijkSim

/// The reach table of docs/ODD.md §3.4.24 ("Reach of every intervention"), checked at the
/// department decision: with each intervention at its strongest from week 0, after a year,
/// the probability that the departments take up a probe request moves for exactly the
/// cells (route × kind × departments needed) the table claims, and for no other.
///
/// Why at the decision: downstream everything moves a little (trust changes how often
/// residents ask, accepted work changes department load), so "the others don't move" can
/// only be stated for the term the intervention acts on. What reaches requests through
/// routing, capacity or escalation instead (app triage, no connectors, the mandate, staff
/// continuity, the portfolio, the documented role) must leave every decision unchanged, which
/// this checks too; `routingReach` checks the routing claims.
@Suite("Intervention reach (docs/ODD.md §3.4.24)")
struct InterventionReachTests {
    /// Where a probe request enters and which departments it needs: Wijkzaken (0) houses the
    /// connector, Openbare Ruimte (1) does not.
    enum Needs: String, CaseIterable { case home, other, both }

    struct Cell: Hashable, CustomStringConvertible {
        var route: Route
        var kind: RequestKind
        var needs: Needs
        var description: String { "\(route) \(kind) \(needs.rawValue)" }
    }

    /// Every cell a request can be in; the app takes one-department signals only.
    static let cells: [Cell] = [Route.connector, .general].flatMap { route in
        RequestKind.allCases.flatMap { kind in Needs.allCases.map { Cell(route: route, kind: kind, needs: $0) } }
    } + [Cell(route: .app, kind: .signal, needs: .home), Cell(route: .app, kind: .signal, needs: .other)]

    /// The two-department town of the §3.4.14 worked examples; residents 0–9 aware of the
    /// connector, 10–19 not.
    static let town = EngineWorld.scenario(residents: 20) {
        $0.departments = [EngineWorld.department("Wijkzaken", hours: 24, awareness: 0.8),
                          EngineWorld.department("Openbare Ruimte", hours: 60, awareness: 0.3)]
        $0.connectors[0].homeDepartment = "Wijkzaken"
        $0.residents.initialAwareness = 0
        $0.requests.noDepartmentShare = KindValues(question: 0, signal: 0, initiative: 0, conflict: 0)
        $0.requests.departmentCountShares = [0.5, 0.5]
    }

    /// Each intervention at its strongest from week 0, and the cells the reach table claims.
    static let interventions: [(name: String, change: @Sendable (inout InterventionParameters) -> Void, reaches: @Sendable (Cell) -> Bool)] = [
        ("transitionManager", {
            $0.transitionManager.enabled = true
            $0.transitionManager.startWeek = 0
            $0.transitionManager.hoursPerWeek = 80
            $0.transitionManager.influenceRate = 1
            $0.transitionManager.departmentsPerWeek = 2
            $0.transitionManager.awarenessGain = 1
            $0.transitionManager.processThreshold = 0
        }, { $0.route == .connector || ($0.route == .general && !isRoutine($0)) }),
        ("publicity", {
            $0.publicity.enabled = true
            $0.publicity.startWeek = 0
            $0.publicity.durationWeeks = 104
            $0.publicity.awarenessGain = 1
            $0.publicity.roleDependence = 0
        }, { $0.route == .connector || ($0.route == .general && !isRoutine($0)) }),
        ("training", {
            $0.training.enabled = true
            $0.training.startWeek = 0
            $0.training.cooperationGain = 1
            $0.training.flexibilityGain = 1
        }, { $0.route == .connector || ($0.route == .general && !isRoutine($0)) }),
        ("ownDepartment", {
            $0.ownDepartment.enabled = true
            $0.ownDepartment.startWeek = 0
            $0.ownDepartment.penaltyReduction = 1
        }, { $0.route == .connector && $0.needs != .home }),
        ("integralTable", {
            $0.integralTable.enabled = true
            $0.integralTable.startWeek = 0
            $0.integralTable.siloReduction = 1
        }, { $0.route != .app && $0.needs == .both }),
        ("initiativeProcess", {
            $0.initiativeProcess.enabled = true
            $0.initiativeProcess.startWeek = 0
        }, { $0.route != .app && $0.needs == .both && $0.kind == .initiative }),
        ("documentedRole", {
            $0.documentedRole.enabled = true
            $0.documentedRole.startWeek = 0
            $0.documentedRole.ambiguityReduction = 1
        }, { _ in false }),
        ("staffContinuity", {
            $0.staffContinuity.enabled = true
            $0.staffContinuity.startWeek = 0
            $0.staffContinuity.turnoverReduction = 1
            $0.staffContinuity.vacancyReduction = 1
        }, { _ in false }),
        ("portfolioChange", {
            $0.portfolio.enabled = true
            $0.portfolio.startWeek = 0
            $0.portfolio.portfolio = .all
        }, { _ in false }),
        ("connectorMandate", {
            $0.connectorMandate.enabled = true
            $0.connectorMandate.startWeek = 0
        }, { _ in false }),
        ("appTriage", {
            $0.appTriage.enabled = true
            $0.appTriage.startWeek = 0
            $0.appTriage.share = 1
        }, { _ in false }),
    ]

    static func isRoutine(_ cell: Cell) -> Bool { cell.kind == .signal && cell.needs != .both }

    /// The world after `weeks` weeks of scheduled changes only (interventions, awareness,
    /// turnover off): no requests, so no load and no experience.
    static func world(_ interventions: InterventionParameters, weeks: Int = 52) -> World {
        var scenario = town
        scenario.interventions = interventions
        var world = EngineWorld.world(scenario)
        for week in 0...weeks {
            world.week = week
            world.applyScheduledChanges()
        }
        return world
    }

    /// Probability that the departments take up a probe request in `cell` now: the joint
    /// decision's `p` with an owner, else the product over the needed departments (§3.4.14).
    static func takeUp(_ cell: Cell, in world: inout World) -> Double {
        let resident = cell.route == .connector ? 0 : 10
        if cell.route == .connector { EngineWorld.makeAware(0, in: &world) }
        let r = EngineWorld.raise(cell.kind, resident: resident, in: &world)
        world.requests[r].route = cell.route
        world.requests[r].misrouted = false
        world.requests[r].liability = false
        world.requests[r].needed = switch cell.needs { case .home: 1; case .other: 2; case .both: 3 }
        world.requests[r].connector = cell.route == .connector ? 0 : -1   // app triage may have taken it
        world.handOver(r)   // owner under the integral table or the initiative process
        if world.requests[r].hasOwner { return world.acceptance(r, department: 0) }
        var p = 1.0
        var m = world.requests[r].needed
        while m != 0 {
            p *= world.acceptance(r, department: m.trailingZeroBitCount)
            m &= m - 1
        }
        return p
    }

    // Catches a reach claim that is wrong either way: the attitude term reaching routine MOR
    // signals or the app, the other-cluster term reaching the home department, the integral
    // table missing the general channel, the initiative process reaching other kinds, or an
    // intervention that should act through routing or capacity changing a decision.
    @Test("each intervention at its strongest moves the take-up of exactly the cells the reach table claims",
          arguments: interventions.indices)
    func decisionReach(_ index: Int) {
        let intervention = Self.interventions[index]
        var base = Self.world(InterventionParameters())
        var changed = InterventionParameters()
        intervention.change(&changed)
        var variant = Self.world(changed)
        var moved: [Cell] = [], claimed: [Cell] = []
        for cell in Self.cells {
            let before = Self.takeUp(cell, in: &base), after = Self.takeUp(cell, in: &variant)
            if abs(after - before) > 1e-12 { moved.append(cell) }
            if intervention.reaches(cell) { claimed.append(cell) }
        }
        #expect(moved.map(\.description) == claimed.map(\.description), "\(intervention.name)")
    }

    // Catches app triage taking signals that need two departments or other kinds, or the
    // no-connectors counterfactual leaving a request with a connector.
    @Test("routing reach: app triage takes exactly the one-department signals; without connectors every request takes the general channel")
    func routingReach() {
        var app = InterventionParameters()
        app.appTriage.enabled = true
        app.appTriage.startWeek = 0
        app.appTriage.share = 1
        var none = InterventionParameters()
        none.noConnectors.enabled = true
        none.noConnectors.startWeek = 0
        var appWorld = Self.world(app, weeks: 0), noneWorld = Self.world(none, weeks: 0)
        for aware in [false, true] {
            for resident in 0..<20 where aware { EngineWorld.makeAware(resident, in: &appWorld) }
            for resident in 0..<20 where aware { EngineWorld.makeAware(resident, in: &noneWorld) }
            for kind in RequestKind.allCases {
                for resident in 0..<20 {
                    let r = EngineWorld.raise(kind, resident: resident, in: &appWorld)
                    let routine = kind == .signal && appWorld.requests[r].departmentCount == 1
                    #expect((appWorld.requests[r].route == .app) == routine, "app: \(kind), aware \(aware)")
                    let q = EngineWorld.raise(kind, resident: resident, in: &noneWorld)
                    #expect(noneWorld.requests[q].route == .general, "no connectors: \(kind), aware \(aware)")
                }
            }
        }
    }
}
