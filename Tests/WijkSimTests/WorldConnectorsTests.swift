import Testing
@testable import WijkSim

/// Phases 1b and 4, `World+Connectors.swift` (docs/ODD.md §3.4.6, §3.4.11–3.4.13, §3.4.15):
/// the connector's week of hours, follow-up before intake, intake hours split by emphasis with
/// spill-over, work carried over, settling, misrouted contacts, hand-over (response time,
/// contacts, ownership) and the escalation decision.
@Suite("World connectors")
struct WorldConnectorsTests {
    /// A world of `residents` aware residents (so that every ask waits in connector C's queue)
    /// whose requests all need a department and none is misrouted, unless `change` says otherwise.
    static func world(residents: Int = 20, _ change: (inout Scenario) -> Void = { _ in }) -> World {
        let scenario = EngineWorld.scenario(residents: residents) {
            $0.residents.initialAwareness = 1
            $0.requests.misrouteShare = 0
            $0.requests.noDepartmentShare = KindValues(question: 0, signal: 0, initiative: 0, conflict: 0)
            change(&$0)
        }
        return EngineWorld.world(scenario)
    }

    /// Requests still waiting for intake at connector 0.
    static func waiting(_ world: World) -> [Int] {
        world.requests.indices.filter { world.requests[$0].stage == .atConnector }
    }

    // Catches a connector that works without hours, or a backlog count that drops without intake.
    @Test("a connector with zero hours handles nothing: its queue holds every request raised, all untouched")
    func zeroHours() {
        let scenario = EngineWorld.scenario(residents: 500, weeks: 20) {
            $0.residents.initialAwareness = 1
            $0.residents.requestsPerYear = 4
            $0.connectors[0].hoursPerWeek = 0
        }
        var world = World(scenario: scenario, seed: 2)
        var previous = 0
        while world.week < world.totalWeeks {
            world.step()
            let raised = world.tally.raised.reduce(0, +)
            #expect(world.connectors[0].backlog == raised, "week \(world.week)")
            #expect(world.tally.untouchedOpen.reduce(0, +) == raised)
            #expect(raised >= previous)
            previous = raised
            world.week += 1
        }
        #expect(previous > 300, "the queue grew")
        #expect(world.tally.connectorHoursAvailable == 0 && world.tally.connectorHoursUsed == 0)
        #expect(EngineWorld.closed(.connected, in: world) == 0 && world.pendingDecisions.isEmpty)
        #expect(world.requests.allSatisfy { !$0.touched })

        var staffed = scenario
        staffed.connectors[0].hoursPerWeek = 24
        var other = World(scenario: staffed, seed: 2)
        _ = other.run()
        #expect(other.connectors[0].backlog < other.tally.raised.reduce(0, +), "with hours, the queue is worked")
        #expect(other.tally.connectorHoursUsed > 0 && other.requests.contains(where: \.touched))
    }

    // Catches intake before follow-up, or a coverage that is not spent / needed.
    @Test("follow-up comes first: coverage = hours / (load · followUpHours); only what is left goes to intake")
    func followUpFirst() {
        for (hours, coverage, intake) in [(1.0, 0.5, 0.0), (3.0, 1.0, 1.0)] {
            var world = Self.world()
            let r = EngineWorld.raise(.question, resident: 0, in: &world)   // 1.5 connector hours
            world.connectors[0].followUpLoad = 8                             // 8 × 0.25 = 2 hours
            world.connectors[0].hoursLeft = hours
            world.runConnectors()
            #expect(world.connectors[0].followUpCoverage == coverage)
            #expect(Double(world.requests[r].connectorHoursLeft) == 1.5 - intake)
            #expect(world.requests[r].touched == (intake > 0))
            #expect(world.requests[r].stage == .atConnector)
            #expect(world.tally.connectorHoursUsed == hours)
            #expect(world.connectors[0].hoursLeft == 0)
        }
    }

    // Catches intake by age alone (all four questions first) or by strict emphasis order.
    @Test("intake hours are split by emphasis: 6 h at ½ fixer, ½ bridge builder take in 2 questions and 1 signal")
    func emphasisSplit() {
        var world = Self.world {
            $0.connectors[0].emphasis = RoleValues(fixer: 1, bridgeBuilder: 1, entrepreneur: 0, mediator: 0)
        }
        let questions = (0..<4).map { EngineWorld.raise(.question, resident: $0, in: &world) }   // 1.5 h each
        let signals = (4..<8).map { EngineWorld.raise(.signal, resident: $0, in: &world) }       // 3 h each
        world.connectors[0].hoursLeft = 6
        world.runConnectors()
        let done = { (ids: [Int]) in ids.filter { world.requests[$0].stage == .atDepartments }.count }
        #expect(done(questions) == 2)
        #expect(done(signals) == 1)
        #expect(world.requests.filter(\.touched).count == 3, "the rest are untouched")
        #expect(world.connectors[0].backlog == 5)
        #expect(world.tally.connectorHoursUsed == 6)
    }

    // Catches hours that are lost instead of spilling over to the other queues.
    @Test("hours a queue cannot use spill over in emphasis order: all-fixer 7.5 h also take in two signals")
    func spillOver() {
        var world = Self.world {
            $0.connectors[0].emphasis = RoleValues(fixer: 1, bridgeBuilder: 0, entrepreneur: 0, mediator: 0)
        }
        EngineWorld.raise(.question, resident: 0, in: &world)
        EngineWorld.raise(.signal, resident: 1, in: &world)
        EngineWorld.raise(.signal, resident: 2, in: &world)
        world.connectors[0].hoursLeft = 7.5
        world.runConnectors()
        #expect(Self.waiting(world).isEmpty)
        #expect(world.connectors[0].backlog == 0)
        #expect(world.connectors[0].hoursLeft == 0)
        #expect(world.tally.handovers == 3)
    }

    // Catches partial intake work that is forgotten, or a contact gain given at every touch.
    @Test("work that does not fit carries over: a 3 h signal with 2 h is finished with 1 h the next week")
    func carryOver() {
        var world = Self.world()
        let r = EngineWorld.raise(.signal, resident: 0, in: &world)
        world.connectors[0].hoursLeft = 2
        world.runConnectors()
        #expect(world.requests[r].touched && world.requests[r].stage == .atConnector)
        #expect(world.requests[r].connectorHoursLeft == 1)
        #expect(world.connectors[0].backlog == 1)
        let trustAfterFirstTouch = world.residents.trust[0]
        world.week = 1
        world.connectors[0].hoursLeft = 1
        world.runConnectors()
        #expect(world.requests[r].stage == .atDepartments)
        #expect(world.connectors[0].backlog == 0)
        #expect(world.residents.trust[0] == trustAfterFirstTouch, "the contact gain comes once")
        #expect(world.tally.connectorHoursUsed == 3)
    }

    // Catches settling requests without the skill draw, or dropping those the connector cannot settle.
    @Test("a request needing no department is settled with the role's skill: fixer 1 connects all, fixer 0 forwards each to one department")
    func directSettlement() {
        for skill in [1.0, 0.0] {
            var world = Self.world {
                $0.requests.noDepartmentShare.question = 1
                $0.connectors[0].skills.fixer = skill
            }
            let ids = (0..<10).map { EngineWorld.raise(.question, resident: $0, in: &world) }
            world.runConnectors()
            let connected = world.tally.outcomeCount(RequestKind.question.rawValue, .connected)
            if skill == 1 {
                #expect(connected == 10)
                #expect(ids.allSatisfy { world.requests[$0].stage == .closed })
                #expect(world.pendingDecisions.isEmpty && world.tally.handovers == 0)
            } else {
                #expect(connected == 0)
                #expect(ids.allSatisfy { world.requests[$0].needed == 1 && world.requests[$0].stage == .atDepartments })
                #expect(world.pendingDecisions.count == 10 && world.tally.handovers == 10)
            }
            #expect(world.connectors[0].backlog == 0)
        }
    }

    // Catches a misrouted contact charged the full connector hours, or kept on the connector route.
    @Test("a misrouted contact costs misrouteHours (0.5 h), is counted and goes on as a general-channel request")
    func misrouted() {
        var world = Self.world {
            $0.requests.misrouteShare = 1
            $0.barriers.roleAmbiguity = 1
        }
        #expect(world.effective.misrouteProbability == 1)
        let ids = (0..<3).map { EngineWorld.raise(.question, resident: $0, in: &world) }
        #expect(ids.allSatisfy { world.requests[$0].misrouted })
        let trust = world.residents.trust
        world.connectors[0].hoursLeft = 1
        world.runConnectors()
        #expect(world.tally.misrouted == 2)
        for r in ids.prefix(2) {
            #expect(world.requests[r].route == .general && world.requests[r].connector == -1)
            #expect(world.requests[r].stage == .atDepartments && world.requests[r].needed == 1)
        }
        #expect(!world.requests[ids[2]].touched && world.connectors[0].backlog == 1)
        #expect(world.residents.trust == trust, "no contact gain from a misrouted contact")
        #expect(world.tally.handovers == 0, "not a connector hand-over")
    }

    // Catches hours given to a connector not yet in post, or vacancy weeks counted before the start.
    @Test("the week opens with hours only in post; a started post left vacant counts vacancy weeks")
    func connectorWeek() {
        let scenario = EngineWorld.scenario { $0.connectors[0].startWeek = 3 }
        var world = World(scenario: scenario, seed: 1)
        world.effective = world.applyInterventions()
        for t in 0..<6 {
            world.week = t
            world.openConnectorWeek()
            #expect(world.connectors[0].hoursLeft == (t < 3 ? 0 : 24), "week \(t)")
        }
        #expect(world.tally.connectorHoursAvailable == 72 && world.tally.vacancyWeeks == 0)
        world.connectors[0].vacantUntil = 100
        for t in 6..<8 {
            world.week = t
            world.openConnectorWeek()
            #expect(world.connectors[0].hoursLeft == 0)
        }
        #expect(world.tally.connectorHoursAvailable == 72 && world.tally.vacancyWeeks == 2)
    }

    // Catches a response time rounded up or to nearest instead of down.
    @Test("a hand-over is due ⌊Exp(responseWeeks)⌋ weeks later: mean 1/(e^(1/2) − 1) at 2 weeks")
    func responseTime() {
        let n = 4_000
        let scenario = EngineWorld.scenario(residents: n) { $0.residents.initialAwareness = 0 }
        var world = EngineWorld.world(scenario, week: 5)
        for i in 0..<n { EngineWorld.raise(.signal, resident: i, in: &world) }   // general channel: handed over at once
        #expect(world.pendingDecisions.count == n)
        let gaps = world.pendingDecisions.map { Double($0.dueWeek) - 5 }
        let mean = gaps.reduce(0, +) / Double(n)
        let expected = 1 / (PortableMath.exp(0.5) - 1)   // ≈ 1.54; ⌈⌉ ≈ 2.54, round ≈ 2.04
        #expect(abs(mean - expected) < 0.15, "mean delay \(mean)")
        #expect(gaps.allSatisfy { $0 >= 0 })
    }

    // Catches ownership given to every cross-domain request, or contacts counted per hand-over not per department.
    @Test("hand-over: |needed| contacts and one hand-over; an owner only cross-domain under an integral table")
    func handOverAndOwnership() {
        for table in [false, true] {
            var world = Self.world {
                $0.departments = [EngineWorld.department("D"), EngineWorld.department("E")]
                $0.requests.departmentCountShares = [0, 1]
            }
            world.effective.hasIntegralTable = table
            let r = EngineWorld.raise(.signal, resident: 0, in: &world)
            #expect(world.requests[r].departmentCount == 2)
            world.runConnectors()
            #expect(world.tally.contactsByConnectors == 2 && world.tally.handovers == 1)
            #expect(world.requests[r].hasOwner == table)
        }
        var single = Self.world()
        single.effective.hasIntegralTable = true
        let r = EngineWorld.raise(.signal, resident: 0, in: &single)
        single.runConnectors()
        #expect(!single.requests[r].hasOwner, "one department needs no owner")
    }

    // Catches an escalation probability without the stigma, or a vacant connector that escalates.
    @Test("escalation: probability propensity · (1 − stigma); no draw and no opportunity for a connector not in post")
    func escalationDecision() {
        let n = 2_000
        var world = Self.world(residents: n) {
            $0.connectors[0].escalationPropensity = 0.6
            $0.barriers.escalationStigma = 0.5
        }
        let ids = (0..<n).map { EngineWorld.raise(.signal, resident: $0, in: &world) }
        let yes = ids.filter { world.decidesToEscalate($0, connector: 0) }.count
        #expect(abs(Double(yes) - 0.3 * Double(n)) < EngineWorld.binomialTolerance(n: n, p: 0.3))
        #expect(world.tally.escalationOpportunities == n)

        world.effective.escalationStigma = 1
        let underFullStigma = ids.prefix(100).filter { world.decidesToEscalate($0, connector: 0) }.count
        #expect(underFullStigma == 0)
        world.effective.escalationStigma = 0
        world.connectors[0].escalationPropensity = 1
        let certain = ids.prefix(100).filter { world.decidesToEscalate($0, connector: 0) }.count
        #expect(certain == 100)
        let opportunities = world.tally.escalationOpportunities
        world.connectors[0].vacantUntil = 100
        let vacant = world.decidesToEscalate(ids[0], connector: 0)
        let nobody = world.decidesToEscalate(ids[0], connector: -1)
        #expect(!vacant && !nobody)
        #expect(world.tally.escalationOpportunities == opportunities)
    }
}
