import Testing
@testable import WijkSim

/// Phase 5, `World+Departments.swift` (docs/ODD.md §3.4.14–3.4.16): the acceptance formula
/// (checked against the worked examples of §3.4.14), refusals given up as declined or
/// stranded, joint decisions with an owner, and department work (hours, priority queue,
/// skipped tasks, a decision's work starting the next week).
@Suite("World departments")
struct WorldDepartmentsTests {
    /// The worked examples' organisation: Wijkzaken (home of connector C, awareness 0.8) and
    /// Openbare Ruimte (awareness 0.3, 60 hours), the baseline barriers, skills and ties.
    static let twoDepartments = EngineWorld.scenario(residents: 200) {
        $0.departments = [EngineWorld.department("Wijkzaken", hours: 24, awareness: 0.8),
                          EngineWorld.department("Openbare Ruimte", hours: 60, awareness: 0.3)]
        $0.connectors[0].homeDepartment = "Wijkzaken"
        $0.residents.initialAwareness = 1
    }

    /// A connector-route request of `kind` needing departments `needed`, handed over and due
    /// for its decision now.
    static func handedOver(_ kind: RequestKind, resident: Int, needed: UInt64, in world: inout World) -> Int {
        let r = EngineWorld.raise(kind, resident: resident, in: &world)
        #expect(world.requests[r].route == .connector)
        world.requests[r].needed = needed
        world.requests[r].misrouted = false
        world.handOver(r)
        world.pendingDecisions[world.pendingDecisions.count - 1].dueWeek = Int32(world.week)
        return r
    }

    // Catches an acceptance factor left out or applied to the wrong department (home vs other) or route (general, app).
    @Test("acceptance reproduces the worked examples of docs/ODD.md §3.4.14")
    func acceptanceFormula() {
        var world = EngineWorld.world(Self.twoDepartments)
        // A call-in from Openbare Ruimte: needs exactly department 1, connector route.
        world.raiseRequest(resident: 0, kind: .signal, department: 1, origin: 1)
        let r = world.requests.count - 1
        #expect(world.requests[r].route == .connector && world.requests[r].needed == 2)
        let tie = 0.85 + 0.15 * 0.4, bridge = 0.85 + 0.15 * 0.55, entrepreneur = 0.85 + 0.15 * 0.5
        let other = 0.9 * (1 - 0.5 * 0.7) * 0.75 * tie * bridge
        #expect(abs(world.acceptance(r, department: 1) - other) < 1e-12)
        #expect(abs(world.acceptance(r, department: 1) - 0.372) < 5e-4)

        world.requests[r].needed = 1
        let home = 0.9 * (1 - 0.5 * 0.2) * tie * bridge
        #expect(abs(world.acceptance(r, department: 0) - home) < 1e-12)
        #expect(abs(world.acceptance(r, department: 0) - 0.687) < 5e-4)

        world.requests[r].needed = 2
        world.requests[r].kind = .initiative
        let initiative = 0.9 * 0.65 * 0.75 * tie * entrepreneur * (1 - 0.5 * 0.6 * (1 - 0.25))
        #expect(abs(world.acceptance(r, department: 1) - initiative) < 1e-12)
        #expect(abs(world.acceptance(r, department: 1) - 0.286) < 5e-4)
        world.requests[r].liability = true
        #expect(abs(world.acceptance(r, department: 1) - initiative * (1 - 0.5 * 0.75)) < 1e-12)
        #expect(abs(world.acceptance(r, department: 1) - 0.179) < 5e-4)

        world.requests[r].kind = .signal
        world.requests[r].liability = false
        world.requests[r].route = .general
        #expect(world.acceptance(r, department: 1) == 0.75, "general channel: the signal response rate, no tie, no translation")
        world.requests[r].route = .app
        #expect(world.acceptance(r, department: 1) == Self.twoDepartments.interventions.appTriage.responseRate)
        world.requests[r].route = .connector

        world.requests[r].needed = 3
        #expect(abs(world.acceptance(r, department: 1) - other * 0.75) < 1e-12, "silo: × (1 − 0.25)^(k − 1)")
        world.requests[r].hasOwner = true
        world.effective.hasIntegralTable = true
        #expect(abs(world.acceptance(r, department: 1) - other * (1 - 0.25 * (1 - 0.8))) < 1e-12, "integral table: σ × (1 − 0.8)")
        world.requests[r].hasOwner = false
        world.effective.hasIntegralTable = false

        world.requests[r].needed = 2
        world.departments[1].backlogHours = 3 * 60   // load 3 weeks
        #expect(abs(world.acceptance(r, department: 1) - other / 1.4) < 1e-12, "load: ÷ (1 + 0.2 · (3 − 1))")
        world.departments[1].backlogHours = 30       // load ½: below 1 costs nothing
        #expect(abs(world.acceptance(r, department: 1) - other) < 1e-12)
        world.departments[1].hoursPerWeek = 0
        #expect(abs(world.acceptance(r, department: 1) - other / 2.8) < 1e-12, "no hours: load 10, ÷ (1 + 0.2 · 9)")
    }

    /// Runs a connector world (every resident aware, every request needing one or
    /// `departments` departments, no misrouting, cheap intake) for `weeks` weeks.
    static func refusingWorld(explainRefusal: Double, departments: Int = 1, weeks: Int = 20) -> World {
        let scenario = EngineWorld.scenario(residents: 300, weeks: weeks) {
            $0.residents.initialAwareness = 1
            $0.residents.requestsPerYear = 6
            $0.requests.noDepartmentShare = KindValues(question: 0, signal: 0, initiative: 0, conflict: 0)
            $0.requests.misrouteShare = 0
            $0.requests.connectorHours = KindValues(question: 0.5, signal: 0.5, initiative: 0.5, conflict: 0.5)
            $0.departments = (0..<departments).map { EngineWorld.department("D\($0)") }
            for d in $0.departments.indices { $0.departments[d].cooperation = 0 }
            $0.requests.departmentCountShares = (0..<departments).map { $0 == departments - 1 ? 1 : 0 }
            $0.connectors[0].homeDepartment = "D0"
            $0.connectors[0].escalationPropensity = 0
            $0.connectorTeam.explainRefusal = explainRefusal
        }
        var world = World(scenario: scenario, seed: 4)
        _ = world.run()
        return world
    }

    // Catches a department with cooperation 0 that still accepts, or a refusal given up without the explainRefusal draw.
    // Catches the attitude term applied to routine MOR signals, left out for non-routine work,
    // taken as the absolute attitude instead of its change since the start, or with the
    // exponent ignored (elasticity 0 must switch it off, 1 must give the full ratio).
    @Test("general channel: non-routine take-up moves with the department's attitude relative to the start; routine signals do not")
    func generalChannelAttitude() {
        var world = EngineWorld.world(Self.twoDepartments)
        let r = EngineWorld.raise(.question, resident: 0, in: &world)
        world.requests[r].route = .general
        world.requests[r].needed = 2   // Openbare Ruimte only: awareness 0.3, cooperation 0.9
        #expect(world.acceptance(r, department: 1) == 0.6, "at the start the factor is exactly 1: the anchored rate")
        let start = 0.9 * (1 - 0.5 * 0.7)
        world.departments[1].awareness = 0.8
        let now = 0.9 * (1 - 0.5 * 0.2)
        let factor = (now / start).squareRoot()   // elasticity 0.5
        #expect(abs(world.acceptance(r, department: 1) - 0.6 * factor) < 1e-12)
        world.requests[r].kind = .signal
        #expect(world.acceptance(r, department: 1) == 0.75, "a one-department signal is routine MOR work: no attitude term")
        world.requests[r].needed = 3
        #expect(abs(world.acceptance(r, department: 1) - 0.75 * 0.75 * factor) < 1e-12,
                "a cross-domain signal is an exception at the desk: silo and attitude")
        world.departments[1].cooperation = 0
        #expect(world.acceptance(r, department: 1) == 0, "a department that stopped cooperating takes up nothing")

        for (elasticity, expected) in [(0.0, 0.6), (1.0, 0.6 * now / start)] {
            var scenario = Self.twoDepartments
            scenario.generalChannel.attitudeElasticity = elasticity
            var other = EngineWorld.world(scenario)
            let q = EngineWorld.raise(.question, resident: 0, in: &other)
            other.requests[q].route = .general
            other.requests[q].needed = 2
            other.departments[1].awareness = 0.8
            #expect(abs(other.acceptance(q, department: 1) - expected) < 1e-12, "elasticity \(elasticity)")
        }
    }

    @Test("cooperation 0: every connector hand-over is refused; explainRefusal 1 declines them all, 0 strands them all")
    func cooperationZero() {
        for explain in [1.0, 0.0] {
            let world = Self.refusingWorld(explainRefusal: explain)
            let decisions = world.tally.handoverDecisions.reduce(0, +)
            #expect(decisions > 100, "the check is not vacuous")
            #expect(world.tally.handoverAcceptances.reduce(0, +) == 0)
            #expect(EngineWorld.closed(.connected, in: world) == 0)
            #expect(world.tally.departmentHoursUsed == 0)
            #expect(world.tally.refusals == decisions, "one department each: every decision is a refusal")
            #expect(EngineWorld.closed(explain == 1 ? .declined : .stranded, in: world) == decisions)
            #expect(EngineWorld.closed(explain == 1 ? .stranded : .declined, in: world) == 0)
        }
    }

    // Catches a cross-domain refusal without an owner that is explained (declined) instead of stranded.
    @Test("a refused cross-domain request without an owner is stranded, even with explainRefusal 1")
    func strandedWithoutOwner() {
        let world = Self.refusingWorld(explainRefusal: 1, departments: 2)
        let stranded = EngineWorld.closed(.stranded, in: world)
        #expect(world.tally.refusals > 50)
        #expect(stranded == world.tally.refusals)
        #expect(world.tally.strandedNoOwner == stranded)
        #expect(EngineWorld.closed(.declined, in: world) == 0)
    }

    // Catches a joint decision that still asks each department (the one with cooperation 0 would refuse).
    @Test("with an owner the departments decide once, on the lead's acceptance: all accept or none do")
    func ownerDecidesOnce() {
        var scenario = Self.twoDepartments
        scenario.departments[0].cooperation = 1
        scenario.departments[1].cooperation = 0
        for d in scenario.departments.indices { scenario.departments[d].hoursPerWeek = 10_000 }   // no load
        scenario.connectors[0].escalationPropensity = 0
        for owner in [false, true] {
            var world = EngineWorld.world(scenario)
            world.effective.hasIntegralTable = owner
            let ids = (0..<200).map { Self.handedOver(.signal, resident: $0, needed: 3, in: &world) }
            #expect(ids.allSatisfy { world.requests[$0].hasOwner == owner })
            world.runDepartments()
            let accepted = ids.map { world.requests[$0].accepted }
            if owner {
                #expect(accepted.allSatisfy { $0 == 0 || $0 == 3 })
                // The lead is Wijkzaken (home, cooperation 1, awareness 0.8); the table shrinks the silo penalty.
                let lead = (1 - 0.25 * (1 - 0.8)) * (1 - 0.5 * 0.2) * (0.85 + 0.15 * 0.4) * (0.85 + 0.15 * 0.55)
                let both = accepted.filter { $0 == 3 }.count
                #expect(abs(Double(both) - 200 * lead) < EngineWorld.binomialTolerance(n: 200, p: lead), "\(both) of 200")
                #expect(world.tally.handoverDecisions[1] == 400, "one decision recorded per department")
            } else {
                #expect(accepted.allSatisfy { $0 & 2 == 0 }, "Openbare Ruimte (cooperation 0) never accepts")
                #expect(ids.allSatisfy { world.requests[$0].stage == .closed }, "every one was refused and given up")
            }
        }
    }

    /// A general-channel signal (unaware resident) accepted by department 0, with no decision pending.
    static func acceptedSignal(resident: Int, priority: Bool = false, in world: inout World) -> Int {
        let r = EngineWorld.raise(.signal, resident: resident, in: &world)
        world.pendingDecisions.removeAll { $0.request == Int32(r) }
        world.accept(r, department: 0, priority: priority)
        return r
    }

    static let smallDepartment = EngineWorld.scenario {
        $0.departments[0].hoursPerWeek = 6
        $0.requests.departmentHours.signal = 6
        $0.residents.initialAwareness = 0
    }

    // Catches department work that ignores its weekly hours, or a backlog that does not return to 0.
    @Test("a 6-hour task at a 4-hour department is finished in its second week, and the backlog returns to 0")
    func workWithinHours() {
        var scenario = Self.smallDepartment
        scenario.departments[0].hoursPerWeek = 4
        var world = EngineWorld.world(scenario)
        let r = Self.acceptedSignal(resident: 0, in: &world)
        #expect(world.departments[0].backlogHours == 6)
        world.runDepartments()
        #expect(world.requests[r].stage == .atDepartments)
        #expect(world.departments[0].backlogHours == 2 && world.tally.departmentHoursUsed == 4)
        world.week = 1
        world.runDepartments()
        #expect(world.requests[r].stage == .closed && world.tally.generalConnected == 1)
        #expect(world.departments[0].backlogHours == 0)
        #expect(world.tally.departmentHoursUsed == 6 && world.tally.departmentHoursAvailable == 8)
    }

    // Catches a department that works its two queues as one FIFO (escalated work not first).
    @Test("escalated work first: a priority task queued after an ordinary one is done before it")
    func priorityFirst() {
        var world = EngineWorld.world(Self.smallDepartment)
        let ordinary = Self.acceptedSignal(resident: 0, in: &world)
        let escalated = Self.acceptedSignal(resident: 1, priority: true, in: &world)
        world.runDepartments()
        #expect(world.requests[escalated].stage == .closed)
        #expect(world.requests[ordinary].stage == .atDepartments)
        world.week = 1
        world.runDepartments()
        #expect(world.requests[ordinary].stage == .closed)
    }

    // Catches an ordinary task that is worked again after the same department's task moved to the priority queue.
    @Test("an ordinary task whose department's work moved to the priority queue is skipped at no cost")
    func movedTaskIsSkipped() {
        var scenario = Self.smallDepartment
        scenario.departments.append(EngineWorld.department("E", hours: 0))
        scenario.requests.departmentCountShares = [0, 1]
        var world = EngineWorld.world(scenario)
        let r = Self.acceptedSignal(resident: 0, in: &world)
        #expect(world.requests[r].needed == 3, "department E never finishes, so the request stays open")
        world.accept(r, department: 0, priority: true)   // as a successful stall escalation does
        #expect(world.departments[0].backlogHours == 12)
        world.runDepartments()
        #expect(world.requests[r].done == 1 && world.tally.departmentHoursUsed == 6)
        world.week = 1
        world.runDepartments()
        #expect(world.tally.departmentHoursUsed == 6, "the ordinary task was skipped, not worked")
        #expect(world.departments[0].backlogHours == 0 && world.departments[0].queue.isEmpty)
    }

    // Catches a decision taken before its due week, or accepted work started in the week of the decision.
    @Test("a hand-over is decided in its due week, not before, and its work starts the week after")
    func decisionTiming() {
        var scenario = Self.smallDepartment
        scenario.generalChannel.responseRate.signal = 1
        scenario.departments[0].hoursPerWeek = 40
        var world = EngineWorld.world(scenario)
        let r = EngineWorld.raise(.signal, resident: 0, in: &world)
        world.pendingDecisions[0].dueWeek = 2
        for t in 0..<2 {
            world.week = t
            world.runDepartments()
            #expect(world.requests[r].accepted == 0 && world.pendingDecisions.count == 1, "week \(t)")
        }
        world.week = 2
        world.runDepartments()
        #expect(world.requests[r].accepted == 1 && world.pendingDecisions.isEmpty)
        #expect(world.requests[r].stage == .atDepartments && world.requests[r].done == 0, "decided after the week's work")
        #expect(world.requests[r].stageWeek == 2, "the stall clock starts at the decision")
        world.week = 3
        world.runDepartments()
        #expect(world.requests[r].stage == .closed)
    }
}
