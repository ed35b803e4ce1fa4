import Testing
@testable import WijkSim

/// Phases 7–8, `World+Outcomes.swift` (docs/ODD.md §3.4.19–3.4.22): closing a request (trust by
/// outcome and feedback, the reinforcing loop, word of mouth), the contact gain, the weekly
/// review (abandonment, follow-up load, stalls) and outreach.
@Suite("World outcomes")
struct WorldOutcomesTests {
    static func world(residents: Int = 20, aware: Bool, _ change: (inout Scenario) -> Void = { _ in }) -> World {
        let scenario = EngineWorld.scenario(residents: residents) {
            $0.residents.initialAwareness = aware ? 1 : 0
            $0.requests.misrouteShare = 0
            change(&$0)
        }
        return EngineWorld.world(scenario)
    }

    /// Resident 0's trust after one of its requests (a general-channel signal) closes with
    /// `outcome`, starting from 0.54, with feedback gap `gap`.
    static func trustAfter(_ outcome: Outcome, gap: Double = 0) -> (before: Double, after: Double, world: World) {
        var world = Self.world(aware: false) { $0.barriers.feedbackGap = gap }
        EngineWorld.setTrust(0, to: 0.54, in: &world)
        let r = EngineWorld.raise(.signal, resident: 0, in: &world)
        world.close(r, as: outcome)
        return (Double(Float(0.54)), Double(world.residents.trust[0]), world)
    }

    // Catches a trust update in the wrong direction, with the wrong share, or symmetric gains and losses.
    @Test("trust by outcome at τ = 0.54: heard +0.0368, silent +0.0147, explained no +0.0092, stranded and abandoned −0.0648")
    func trustByOutcome() {
        let t = TrustParameters()
        let heard = Self.trustAfter(.connected, gap: 0)
        let silent = Self.trustAfter(.connected, gap: 1)
        let declined = Self.trustAfter(.declined)
        let stranded = Self.trustAfter(.stranded)
        let abandoned = Self.trustAfter(.abandoned)
        let τ = heard.before
        #expect(heard.after == Double(Float(τ + t.gainOnSuccess * (1 - τ))))
        #expect(silent.after == Double(Float(τ + t.silentSuccessShare * t.gainOnSuccess * (1 - τ))))
        #expect(declined.after == Double(Float(τ + t.explainedNoShare * t.gainOnSuccess * (1 - τ))))
        #expect(stranded.after == Double(Float(τ - t.lossOnFailure * τ)))
        #expect(abandoned.after == stranded.after)
        for (case_, delta) in [(heard, 0.0368), (silent, 0.0147), (declined, 0.0092), (stranded, -0.0648)] {
            #expect(abs(case_.after - case_.before - delta) < 1e-4, "documented change \(delta)")
        }
        #expect(heard.after > silent.after && silent.after > declined.after && declined.after > τ && τ > stranded.after)
        #expect(heard.world.tally.trustGainCount == 1 && abs(heard.world.tally.trustGainSum - (heard.after - τ)) < 1e-12)
        #expect(stranded.world.tally.trustLossCount == 1 && abs(stranded.world.tally.trustLossSum - (τ - stranded.after)) < 1e-12)
        #expect(declined.world.tally.trustGainCount == 0 && declined.world.tally.trustLossCount == 0)
        #expect(stranded.world.invariantViolations() == [], "the running trust sum follows")
    }

    // Catches connector-route feedback as 1 − feedbackGap whatever the follow-up, or follow-up credited to a vacant post.
    @Test("connector route: feedback = coverage · feedbackWithFollowUp + (1 − coverage)(1 − gap); a vacant post gives 1 − gap")
    func connectorFeedback() {
        let t = TrustParameters()
        for (coverage, vacant, heard) in [(1.0, false, true), (0.0, false, false), (1.0, true, false)] {
            var world = Self.world(aware: true) {
                $0.barriers.feedbackGap = 1
                $0.connectorTeam.feedbackWithFollowUp = 1
            }
            EngineWorld.setTrust(0, to: 0.5, in: &world)
            let r = EngineWorld.raise(.question, resident: 0, in: &world)
            world.connectors[0].followUpCoverage = coverage
            if vacant { world.connectors[0].vacantUntil = 100 }
            world.close(r, as: .connected)
            let share = heard ? 1 : t.silentSuccessShare
            #expect(world.residents.trust[0] == Float(0.5 + share * t.gainOnSuccess * 0.5), "coverage \(coverage), vacant \(vacant)")
        }
    }

    // Catches a reinforcing loop for general-channel or refused requests, or for departments that accepted but did not finish.
    @Test("a connected connector-route request raises awareness a·(1 − a) and tie t·(1 − t) of each department that did the work, and nothing else does")
    func reinforcingLoop() {
        func run(aware: Bool, outcome: Outcome, done: UInt64) -> (awareness: Double, tie: Double) {
            var world = Self.world(aware: aware)
            let r = EngineWorld.raise(.signal, resident: 0, in: &world)
            world.requests[r].accepted = 1
            world.requests[r].done = done
            world.close(r, as: outcome)
            return (world.departments[0].awareness, world.connectors[0].ties[0])
        }
        let worked = run(aware: true, outcome: .connected, done: 1)
        #expect(worked.awareness == 0.3 + 0.01 * (1 - 0.3))
        #expect(worked.tie == 0.4 + 0.05 * (1 - 0.4))
        for unchanged in [run(aware: true, outcome: .declined, done: 1), run(aware: true, outcome: .stranded, done: 1),
                          run(aware: false, outcome: .connected, done: 1), run(aware: true, outcome: .connected, done: 0)] {
            #expect(unchanged.awareness == 0.3 && unchanged.tie == 0.4)
        }
    }

    // Catches word of mouth that ignores cohesion, or that follows silent results and failures.
    @Test("word of mouth: a heard connector result tells Poisson(50) neighbours, each aware with cohesion (1 → about 50, 0 → none)")
    func wordOfMouth() {
        func newlyAware(cohesion: Double, outcome: Outcome, heard: Bool = true) -> Int {
            var world = Self.world(residents: 1_000, aware: false) {
                $0.municipality.neighbourhoods[0].cohesion = cohesion
                $0.residents.wordOfMouthContacts = 50
                $0.connectorTeam.feedbackWithFollowUp = heard ? 1 : 0
                $0.barriers.feedbackGap = 1
            }
            EngineWorld.makeAware(0, in: &world)
            let r = EngineWorld.raise(.question, resident: 0, in: &world)
            #expect(world.requests[r].route == .connector)
            world.close(r, as: outcome)
            return world.awareCount - 1
        }
        let told = newlyAware(cohesion: 1, outcome: .connected)
        #expect(told >= 20 && told <= 80, "\(told) of about 50 (4σ of Poisson(50), fewer for repeats)")
        #expect(newlyAware(cohesion: 0, outcome: .connected) == 0)
        #expect(newlyAware(cohesion: 1, outcome: .connected, heard: false) == 0)
        #expect(newlyAware(cohesion: 1, outcome: .stranded) == 0)
        #expect(newlyAware(cohesion: 1, outcome: .declined) == 0)
    }

    // Catches a contact gain that is missing, given with the wrong factor, or a loss (misrouted contacts: WorldConnectorsTests).
    @Test("the first intake touch of a connector request gives trust += contactGain · (1 − trust)")
    func contactGain() {
        // The question needs a department, so intake hands it over and nothing closes.
        var world = Self.world(aware: true) { $0.requests.noDepartmentShare.question = 0 }
        EngineWorld.setTrust(0, to: 0.5, in: &world)
        EngineWorld.raise(.question, resident: 0, in: &world)
        world.runConnectors()
        #expect(world.requests[0].stage == .atDepartments)
        #expect(world.residents.trust[0] == Float(0.5 + 0.03 * (1 - 0.5)))
        #expect(abs(world.tally.connectorTrustDelta - (Double(world.residents.trust[0]) - 0.5)) < 1e-9)
    }

    // Catches `abandoned_in_queue` counting every abandoned request (B and D), only untouched ones
    // (missing C, which waited for the departments' first decision), or under the wrong kind.
    @Test("abandoned in queue: untouched at the connector, or waiting for the first decision on the general channel; not once taken up")
    func abandonedInQueue() {
        var world = Self.world(aware: false)
        EngineWorld.makeAware(0, in: &world)
        EngineWorld.makeAware(1, in: &world)
        let waiting = EngineWorld.raise(.question, resident: 0, in: &world)     // A: connector queue, untouched
        let begun = EngineWorld.raise(.initiative, resident: 1, in: &world)     // B: intake begun
        world.markTouched(begun)
        let undecided = EngineWorld.raise(.signal, resident: 2, in: &world)     // C: general, no decision yet
        let accepted = EngineWorld.raise(.conflict, resident: 3, in: &world)    // D: general, taken up
        #expect(world.requests[waiting].route == .connector && world.requests[begun].route == .connector)
        #expect(world.requests[undecided].route == .general && world.requests[accepted].route == .general)
        world.accept(accepted, department: 0, priority: false)
        for r in [waiting, begun, undecided, accepted] { world.requests[r].deadlineWeek = 5 }
        world.week = 5
        world.reviewOpenRequests()
        #expect(EngineWorld.closed(.abandoned, in: world) == 4)
        #expect(world.tally.abandonedInQueue == [1, 1, 0, 0], "question (A) and signal (C) only")
        #expect(world.invariantViolations() == [])
    }

    // Catches a cohort cut by the resident's drawn patience or the horizon without the kind's
    // patience, an off-by-one at the boundary, or cohort connections counted outside the cohort.
    @Test("the cohort holds requests raised at least ⌈mean patience⌉ weeks before the end, and counts their connections")
    func cohortBoundary() {
        var world = Self.world(aware: true) {
            $0.residents.patienceWeeks.question = 3.5   // ⌈3.5⌉ = 4; T = 10 weeks
        }
        world.week = 6
        let inside = EngineWorld.raise(.question, resident: 0, in: &world)   // 6 + 4 = 10 ≤ 10
        world.week = 7
        let outside = EngineWorld.raise(.question, resident: 1, in: &world)  // 7 + 4 = 11 > 10
        let signal = EngineWorld.raise(.signal, resident: 2, in: &world)     // patience 10⁶: never
        #expect(world.tally.cohortRaised == [1, 0, 0, 0])
        for r in [inside, outside, signal] { world.close(r, as: .connected) }
        #expect(world.tally.cohortConnected == [1, 0, 0, 0])
        #expect(world.tally.outcomeCount(0, .connected) == 2)
    }

    // Catches abandonment one week early or late, or an abandoned request left in the connector's backlog.
    @Test("a request is abandoned in the review of its deadline week, at any stage, and leaves the backlog")
    func abandonment() {
        var world = Self.world(aware: true)
        EngineWorld.setTrust(0, to: 0.5, in: &world)
        let waiting = EngineWorld.raise(.question, resident: 0, in: &world)
        let handed = EngineWorld.raise(.signal, resident: 1, in: &world)
        world.handOver(handed)
        world.requests[waiting].deadlineWeek = 5
        world.requests[handed].deadlineWeek = 5
        world.week = 4
        world.reviewOpenRequests()
        #expect(world.openRequests.count == 2 && world.connectors[0].backlog == 1)
        world.week = 5
        world.reviewOpenRequests()
        #expect(world.openRequests.isEmpty && world.connectors[0].backlog == 0)
        #expect(EngineWorld.closed(.abandoned, in: world) == 2)
        #expect(world.residents.openRequests(0) == 0 && world.residents.openRequests(1) == 0)
        #expect(world.residents.trust[0] == Float(0.5 - 0.12 * 0.5))
        #expect(world.invariantViolations() == [])
    }

    // Catches a follow-up load that counts requests still waiting for intake, or general-channel requests.
    @Test("the follow-up load counts the connector's open requests past intake only")
    func followUpLoad() {
        var world = Self.world(aware: true)
        for i in 0..<2 { world.handOver(EngineWorld.raise(.signal, resident: i, in: &world)) }
        let escalating = EngineWorld.raise(.signal, resident: 2, in: &world)
        world.handOver(escalating)
        world.requests[escalating].stage = .escalating
        EngineWorld.raise(.signal, resident: 3, in: &world)                       // waits for intake
        EngineWorld.makeUnaware(4, in: &world)
        EngineWorld.raise(.signal, resident: 4, in: &world)                       // general channel
        world.connectors[0].followUpLoad = 99
        world.reviewOpenRequests()
        #expect(world.connectors[0].followUpLoad == 3)
    }

    // Catches a stall check on every week after stallWeeks (or before), or one that ignores the propensity.
    @Test("a stall is checked once, exactly stallWeeks after the decision: escalated then (propensity 1) or never (0)")
    func stall() {
        for propensity in [1.0, 0.0] {
            var world = Self.world(aware: true) {
                $0.requests.stallWeeks = 3
                $0.barriers.escalationStigma = 0
                $0.connectors[0].escalationPropensity = propensity
            }
            let r = EngineWorld.raise(.signal, resident: 0, in: &world)
            world.handOver(r)
            world.pendingDecisions.removeAll()
            world.accept(r, department: 0, priority: false)
            world.requests[r].stageWeek = 0
            var startedIn: [Int] = []
            for t in 1...8 {
                world.week = t
                let before = world.escalations.count
                world.reviewOpenRequests()
                if world.escalations.count > before { startedIn.append(t) }
            }
            #expect(startedIn == (propensity == 1 ? [3] : []))
            #expect(world.tally.escalationOpportunities == 1)
            #expect(world.requests[r].escalated == (propensity == 1) && world.requests[r].stage == .atDepartments)
        }
    }

    // Catches outreach at a yearly instead of weekly rate, or outreach without a connector in post.
    @Test("a year of outreach at outreachPerYear 1 makes about 1 − 1/e of the residents aware; none without a connector in post")
    func outreach() {
        for inPost in [true, false] {
            var world = Self.world(residents: 5_200, aware: false) {
                $0.residents.outreachPerYear = 1
                $0.connectors[0].startWeek = inPost ? 0 : 100
                $0.run.weeks = 60
            }
            for t in 0..<52 {
                world.week = t
                world.runOutreach()
            }
            if inPost {
                let expected = 5_200 * (1 - PortableMath.exp(-1))
                #expect(abs(Double(world.awareCount) - expected) < 200, "\(world.awareCount) aware, expected \(expected)")
            } else {
                #expect(world.awareCount == 0)
            }
            #expect(world.awareCount == world.residents.aware.reduce(0) { $0 + $1.nonzeroBitCount })
        }
    }
}
