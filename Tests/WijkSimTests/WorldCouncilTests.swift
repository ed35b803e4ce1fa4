import Testing
@testable import WijkSim

/// Phase 6, `World+Council.swift` (docs/ODD.md §3.4.17–3.4.18): college decisions on funded
/// initiatives (approval, late veto, budget, meeting weeks, election freeze) and the
/// resolution of escalations (delay by portfolio, success, lapse).
@Suite("World council")
struct WorldCouncilTests {
    /// 40 residents, aware unless `aware` is false; `change` then applies.
    static func world(aware: Bool = true, _ change: (inout Scenario) -> Void = { _ in }) -> World {
        let scenario = EngineWorld.scenario(residents: 40) {
            $0.residents.initialAwareness = aware ? 1 : 0
            $0.requests.misrouteShare = 0
            change(&$0)
        }
        return EngineWorld.world(scenario)
    }

    /// An initiative of `resident` costing `cost`, waiting at the end of the council queue
    /// (as `finishTask` leaves it when all its department work is done).
    @discardableResult
    static func atCouncil(resident: Int, cost: Float = 1_000, in world: inout World) -> Int {
        let r = EngineWorld.raise(.initiative, resident: resident, in: &world)
        if world.requests[r].stage == .atConnector { world.handOver(r) }
        world.pendingDecisions.removeAll { $0.request == Int32(r) }
        world.requests[r].stage = .atCouncil
        world.requests[r].needsDecision = true
        world.requests[r].cost = cost
        world.councilQueue.append(Int32(r))
        return r
    }

    static func count(_ outcome: Outcome, in world: World) -> Int {
        world.tally.outcomeCount(RequestKind.initiative.rawValue, outcome)
    }

    // Catches an approval draw that ignores approvalRate, or a declined initiative charged to the budget.
    @Test("approvalRate 0 approves no initiative: every funded one is decided and declined, the budget untouched")
    func approvalRateZero() {
        var world = Self.world { $0.council.approvalRate = 0 }
        for i in 0..<20 { Self.atCouncil(resident: i, in: &world) }
        world.runCouncil()
        #expect(world.tally.councilDecisions == 20 && world.tally.councilApprovals == 0)
        #expect(Self.count(.declined, in: world) == 20 && Self.count(.connected, in: world) == 0)
        #expect(world.councilBudget == 150_000 && world.councilQueue.isEmpty)
    }

    // Catches approved initiatives that are not charged, or charged something other than their cost.
    @Test("approvalRate 1 and no veto: every initiative is connected and the budget is charged exactly its costs")
    func approvalRateOne() {
        var world = Self.world {
            $0.council.approvalRate = 1
            $0.barriers.politicalVeto = 0
        }
        let costs: [Float] = [1_234.5, 987.25, 10_000, 0.125]
        for (i, cost) in costs.enumerated() { Self.atCouncil(resident: i, cost: cost, in: &world) }
        world.runCouncil()
        let expected = costs.reduce(150_000.0) { $0 - Double($1) }
        #expect(world.councilBudget == expected)
        #expect(Self.count(.connected, in: world) == 4 && world.tally.councilApprovals == 4)
    }

    // Catches an unfunded initiative that blocks the queue, is declined, or is never reconsidered.
    @Test("an initiative the budget cannot fund waits while a cheaper one behind it is funded; the new year funds it")
    func budget() {
        var world = Self.world {
            $0.council.approvalRate = 1
            $0.barriers.politicalVeto = 0
            $0.run.weeks = 60
        }
        world.councilBudget = 3_000
        let dear = Self.atCouncil(resident: 0, cost: 5_000, in: &world)
        let cheap = Self.atCouncil(resident: 1, cost: 1_000, in: &world)
        world.runCouncil()
        #expect(world.requests[cheap].stage == .closed && world.requests[dear].stage == .atCouncil)
        #expect(world.councilQueue == [Int32(dear)] && world.councilBudget == 2_000)
        #expect(world.tally.councilDecisions == 1, "waiting is not a decision")
        world.week = 52
        world.applyScheduledChanges()
        #expect(world.councilBudget == 150_000, "the budget is reset every 52 weeks")
        world.runCouncil()
        #expect(world.requests[dear].stage == .closed && world.councilBudget == 145_000)
    }

    // Catches a college that meets every week.
    @Test("the college decides only in weeks t with t mod meetingIntervalWeeks = 0")
    func meetingWeeks() {
        var world = Self.world { $0.council.meetingIntervalWeeks = 3 }
        for i in 0..<5 { Self.atCouncil(resident: i, in: &world) }
        for t in 1...2 {
            world.week = t
            world.runCouncil()
            #expect(world.tally.councilDecisions == 0 && world.councilQueue.count == 5, "week \(t)")
        }
        world.week = 3
        world.runCouncil()
        #expect(world.tally.councilDecisions == 5 && world.councilQueue.isEmpty)
    }

    // Catches a freeze that includes the election week, misses later elections, or also stops escalations.
    @Test("election freeze: the F weeks before each election (E₁ = 20, I = 10, F = 3), not the election week; escalations still resolve")
    func electionFreeze() {
        var world = Self.world {
            $0.council.electionIntervalWeeks = 10
            $0.council.firstElectionWeek = 20
            $0.council.electionFreezeWeeks = 3
            $0.council.meetingIntervalWeeks = 1
            $0.run.weeks = 50
        }
        let frozen = (0..<45).filter { t in
            world.week = t
            return world.isElectionFreeze
        }
        #expect(frozen == [17, 18, 19, 27, 28, 29, 37, 38, 39])

        world.week = 0
        let waiting = Self.atCouncil(resident: 0, in: &world)
        let escalated = EngineWorld.raise(.signal, resident: 1, in: &world)
        world.handOver(escalated)
        world.pendingDecisions.removeAll()
        world.week = 27
        world.startEscalation(escalated, department: 0, afterRefusal: true)
        world.escalations[0].dueWeek = 28
        world.week = 28
        world.runCouncil()
        #expect(world.requests[waiting].stage == .atCouncil && world.tally.councilDecisions == 0)
        #expect(world.escalations.isEmpty && world.requests[escalated].stage != .escalating)
    }

    // Catches a vetoed initiative counted as approved, or explained on the general channel.
    @Test("a late veto: declined only if a connector explains it (explainRefusal), else stranded; never approved")
    func politicalVeto() {
        for (aware, explain, outcome) in [(true, 1.0, Outcome.declined), (true, 0.0, .stranded), (false, 1.0, .stranded)] {
            var world = Self.world(aware: aware) {
                $0.council.approvalRate = 1
                $0.barriers.politicalVeto = 1
                $0.connectorTeam.explainRefusal = explain
            }
            for i in 0..<10 { Self.atCouncil(resident: i, in: &world) }
            world.runCouncil()
            #expect(Self.count(outcome, in: world) == 10, "aware \(aware), explain \(explain)")
            #expect(world.tally.councilDecisions == 10 && world.tally.councilApprovals == 0)
            #expect(world.councilBudget == 150_000)
        }
    }

    /// A connector-route signal needing department 0, handed over, with its decision removed.
    static func atDepartments(resident: Int, in world: inout World) -> Int {
        let r = EngineWorld.raise(.signal, resident: resident, in: &world)
        world.handOver(r)
        world.pendingDecisions.removeAll { $0.request == Int32(r) }
        return r
    }

    // Catches an escalation resolved before the portfolio's delay, a tie that does not suffer, or success without priority work.
    @Test("escalation after a refusal: tie − tieLoss, due after round(delay[portfolio]), success queues priority work")
    func escalationSucceeds() {
        var world = Self.world {
            $0.council.portfolio = .one   // delay 3 weeks
            $0.council.escalationSuccess.one = 1
        }
        let r = Self.atDepartments(resident: 0, in: &world)
        world.startEscalation(r, department: 0, afterRefusal: true)
        #expect(abs(world.connectors[0].ties[0] - 0.3) < 1e-15)
        #expect(world.requests[r].stage == .escalating && world.requests[r].escalated)
        #expect(world.escalations.map(\.dueWeek) == [3] && world.tally.escalationsAttempted == 1)
        for t in 1...2 {
            world.week = t
            world.runCouncil()
            #expect(world.requests[r].stage == .escalating, "week \(t)")
        }
        world.week = 3
        world.runCouncil()
        #expect(world.requests[r].stage == .atDepartments && world.requests[r].stageWeek == 3)
        #expect(world.requests[r].accepted == 1 && world.requests[r].prioritised == 1)
        #expect(world.departments[0].priorityQueue.count == 1 && world.departments[0].queue.isEmpty)
        #expect(world.tally.escalationsSuccessful == 1 && world.escalations.isEmpty)
    }

    // Catches a failed escalation that leaves the request waiting instead of letting the refusal stand.
    @Test("a failed escalation after a refusal gives the request up (one department, explainRefusal 1: declined)")
    func escalationFails() {
        var world = Self.world {
            $0.council.portfolio = .none
            $0.council.escalationSuccess.none = 0
            $0.connectorTeam.explainRefusal = 1
        }
        let r = Self.atDepartments(resident: 0, in: &world)
        world.startEscalation(r, department: 0, afterRefusal: true)
        #expect(world.escalations.map(\.dueWeek) == [6])
        world.week = 6
        world.runCouncil()
        #expect(world.requests[r].stage == .closed && world.tally.outcomeCount(RequestKind.signal.rawValue, .declined) == 1)
        #expect(world.tally.escalationsSuccessful == 0)
    }

    // Catches an escalation that acts on a request already closed (e.g. abandoned while it waited).
    @Test("an escalation whose request closed meanwhile lapses: no draw, no success, nothing reopened")
    func escalationLapses() {
        var world = Self.world {
            $0.council.portfolio = .all   // delay 2
            $0.council.escalationSuccess.all = 1
        }
        let r = Self.atDepartments(resident: 0, in: &world)
        world.startEscalation(r, department: 0, afterRefusal: true)
        world.close(r, as: .abandoned)
        world.week = 2
        world.runCouncil()
        #expect(world.escalations.isEmpty && world.requests[r].stage == .closed)
        #expect(world.tally.escalationsSuccessful == 0 && world.departments[0].priorityQueue.isEmpty)
    }

    // Catches a stall escalation that adds nothing, or also re-queues work that is already prioritised.
    @Test("a successful stall escalation gives each waiting department a new priority task; the ordinary one stays to be skipped")
    func stallEscalation() {
        var world = Self.world {
            $0.council.portfolio = .all
            $0.council.escalationSuccess.all = 1
        }
        let r = Self.atDepartments(resident: 0, in: &world)
        world.accept(r, department: 0, priority: false)
        world.startEscalation(r, department: 0, afterRefusal: false)
        #expect(world.requests[r].stage == .atDepartments, "a stall escalation does not move the request")
        world.week = 2
        world.runCouncil()
        #expect(world.requests[r].prioritised == 1)
        #expect(world.departments[0].priorityQueue.count == 1 && world.departments[0].queue.count == 1)
        #expect(world.departments[0].backlogHours == 12)
        #expect(world.tally.escalationsSuccessful == 1)
    }
}
