import Testing
@testable import WijkSim

/// The interventions as values (`Sources/WijkSim/Interventions/`): the list agrees with the
/// container, every intervention does something from its start week and nothing before, and
/// each one's `apply` moves the downstream values docs/ODD.md §3.4.1 says it moves.
@Suite("Interventions")
struct InterventionTests {
    /// The baseline's organisation with 50 residents per neighbourhood, changed by `change`.
    static func world(_ change: (inout Scenario) -> Void = { _ in }) -> World {
        var scenario = Scenario()
        for n in scenario.municipality.neighbourhoods.indices { scenario.municipality.neighbourhoods[n].population = 50 }
        change(&scenario)
        return World(scenario: scenario, seed: 1)
    }

    /// The effective parameters of `week`, after the interventions of weeks 0 to `week` (no other phase runs).
    static func effective(at week: Int, in world: inout World) -> EffectiveParameters {
        var effective = EffectiveParameters()
        for t in 0...week {
            world.week = t
            effective = world.applyInterventions()
        }
        return effective
    }

    /// Everything an intervention may change: the effective parameters and the departments'
    /// influence, cooperation and rule flexibility.
    struct Observed: Equatable {
        var effective: EffectiveParameters
        var departments: [[Double]]

        init(at week: Int, in world: inout World) {
            effective = InterventionTests.effective(at: week, in: &world)
            departments = world.departments.map { [$0.influence, $0.influenceFloor, $0.cooperation, $0.ruleFlexibility] }
        }
    }

    static func type(_ key: String) -> any Intervention.Type {
        InterventionParameters.types.first { $0.key == key }!
    }

    // MARK: The list

    @Test("the list names every stored property of InterventionParameters, in declaration order")
    func listMatchesContainer() {
        let container = InterventionParameters()
        let children = Mirror(reflecting: container).children
        #expect(children.compactMap(\.label) == InterventionParameters.types.map { $0.key })
        for (child, type) in zip(children, InterventionParameters.types) {
            #expect(Swift.type(of: child.value) == type, "\(type.key): the property has type \(Swift.type(of: child.value))")
            #expect(Swift.type(of: type.value(in: container)) == type, "\(type.key): path leads elsewhere")
        }
        #expect(container.all.count == InterventionParameters.types.count)
        let names = InterventionParameters.types.flatMap { $0.scenarioNames }
        #expect(Set(names).count == names.count, "two interventions claim one scenario file: \(names)")
    }

    @Test("an intervention's catalog rows are its properties, in order", arguments: InterventionParameters.types.map { $0.key })
    func specsMatchProperties(key: String) {
        let type = Self.type(key)
        let properties = Mirror(reflecting: type.value(in: InterventionParameters())).children.compactMap(\.label)
        #expect(type.parameterSpecs.map(\.keyPath) == properties.map { type.section + "." + $0 })
        #expect(Array(properties.prefix(2)) == ["enabled", "startWeek"])
    }

    @Test("the schedule applies the organisation stage, then the manager, then the effects")
    func scheduleOrder() {
        let stages = InterventionParameters().inScheduleOrder.map { Swift.type(of: $0).stage }
        #expect(stages == stages.sorted())
        #expect(stages.count == InterventionParameters.types.count)
    }

    // MARK: Every intervention

    @Test("switched on from week 10, it changes nothing in week 9 and something in week 10",
          arguments: InterventionParameters.types.map { $0.key })
    func actsFromItsStartWeek(key: String) {
        let type = Self.type(key)
        for week in [9, 10] {
            var plain = Self.world(), on = Self.world { type.set(in: &$0.interventions, enabled: true, startWeek: 10) }
            let off = Observed(at: week, in: &plain), switched = Observed(at: week, in: &on)
            if week < 10 {
                #expect(switched == off, "\(key) changes something before its start week")
            } else {
                #expect(switched != off, "\(key) changes nothing in its start week")
            }
        }
    }

    @Test("switched off, it changes nothing", arguments: InterventionParameters.types.map { $0.key })
    func offChangesNothing(key: String) {
        let type = Self.type(key)
        var plain = Self.world(), off = Self.world { type.set(in: &$0.interventions, enabled: false, startWeek: 0) }
        #expect(Observed(at: 30, in: &off) == Observed(at: 30, in: &plain))
    }

    // MARK: Each intervention's effect

    @Test("app triage: misrouted contacts × (1 − misrouteReduction), signals to the app")
    func appTriage() {
        var plain = Self.world(), app = Self.world { $0.interventions.appTriage.enabled = true; $0.interventions.appTriage.startWeek = 0 }
        let before = Self.effective(at: 5, in: &plain), after = Self.effective(at: 5, in: &app)
        #expect(before.misrouteProbability == 0.3 * 0.6)
        #expect(after.misrouteProbability == 0.3 * 0.6 * 0.5)
        #expect(after.hasAppTriage && !before.hasAppTriage)
    }

    @Test("documented role: role ambiguity × (1 − ambiguityReduction); fewer misrouted; embeds")
    func documentedRole() {
        var role = Self.world { $0.interventions.documentedRole.enabled = true; $0.interventions.documentedRole.startWeek = 2 }
        let before = Self.effective(at: 1, in: &role)
        var role2 = Self.world { $0.interventions.documentedRole.enabled = true; $0.interventions.documentedRole.startWeek = 2 }
        let after = Self.effective(at: 2, in: &role2)
        #expect(before.roleAmbiguity == 0.6 && !before.isEmbedded)
        #expect(after.roleAmbiguity == 0.6 * (1 - 0.75))
        #expect(after.misrouteProbability == 0.3 * (0.6 * 0.25))
        #expect(after.isEmbedded)
    }

    @Test("publicity: G_pub = g (1 − d + d·clarity²) during the campaign, 0 after it; stronger with a documented role")
    func publicity() {
        func gain(at week: Int, documented: Bool) -> Double {
            var world = Self.world {
                $0.interventions.publicity.enabled = true
                $0.interventions.publicity.startWeek = 3
                $0.interventions.publicity.durationWeeks = 4
                $0.interventions.documentedRole.enabled = documented
                $0.interventions.documentedRole.startWeek = 0
            }
            return Self.effective(at: week, in: &world).publicityGain
        }
        #expect(gain(at: 2, documented: false) == 0)
        #expect(abs(gain(at: 3, documented: false) - 0.5 * 0.4 * 0.4) < 1e-15)
        #expect(abs(gain(at: 6, documented: true) - 0.5 * 0.85 * 0.85) < 1e-15)
        #expect(gain(at: 7, documented: true) == 0, "the campaign lasts durationWeeks")
    }

    @Test("transition manager: influence in turn while in post, lower ambiguity and stigma")
    func transitionManagerInPost() {
        var world = Self.world { $0.interventions.transitionManager.enabled = true; $0.interventions.transitionManager.startWeek = 0 }
        let e = Self.effective(at: 0, in: &world)
        #expect(world.departments[0].influence == 0.15, "24 h at rate 0.15 on the first department")
        #expect(world.departments.dropFirst().allSatisfy { $0.influence == 0 })
        #expect(e.isManagerActive)
        #expect(e.meanInfluence == 0.15 / Double(world.departments.count))
        #expect(e.roleAmbiguity == 0.6 * (1 - e.meanInfluence * 0.5))
        #expect(e.escalationStigma == 0.7 * (1 - e.meanInfluence * 0.4))
        _ = Self.effective(at: 1, in: &world)
        #expect(world.departments[1].influence == 0.15, "the next week, the next department")
    }

    @Test("transition manager: after leaving, influence decays to the embedded floor, or to nothing")
    func transitionManagerFades() {
        func world(embedded: Bool) -> World {
            Self.world {
                $0.interventions.transitionManager.enabled = true
                $0.interventions.transitionManager.startWeek = 0
                $0.interventions.transitionManager.endWeek = 12
                // Own department comes after the manager in the list: the stage makes the floor see it.
                $0.interventions.ownDepartment.enabled = embedded
                $0.interventions.ownDepartment.startWeek = 0
            }
        }
        for embedded in [false, true] {
            var w = world(embedded: embedded)
            let inPost = Self.effective(at: 11, in: &w)
            let peak = w.departments.map(\.influence)
            var later = world(embedded: embedded)
            let gone = Self.effective(at: 400, in: &later)
            #expect(inPost.isManagerActive && !gone.isManagerActive)
            for d in peak.indices {
                let floor = embedded ? 0.6 * peak[d] : 0
                #expect(later.departments[d].influenceFloor == floor, "embedded \(embedded), department \(d)")
                #expect(abs(later.departments[d].influence - floor) < 1e-6, "embedded \(embedded), department \(d)")
            }
        }
    }

    @Test("transition manager: installs the initiative process from processThreshold, while in post or embedded")
    func transitionManagerProcess() {
        func process(at week: Int, embedded: Bool) -> EffectiveParameters {
            var world = Self.world {
                $0.interventions.transitionManager.enabled = true
                $0.interventions.transitionManager.startWeek = 0
                $0.interventions.transitionManager.endWeek = 5
                $0.interventions.transitionManager.processThreshold = 0.01
                $0.interventions.documentedRole.enabled = embedded
                $0.interventions.documentedRole.startWeek = 0
            }
            return Self.effective(at: week, in: &world)
        }
        #expect(process(at: 4, embedded: false).hasInitiativeProcess)
        #expect(process(at: 4, embedded: false).consultGain == 0.3, "with the initiative process's consult gain")
        #expect(!process(at: 6, embedded: false).hasInitiativeProcess, "gone and not embedded: the process lapses")
        #expect(process(at: 6, embedded: true).hasInitiativeProcess)
        #expect(process(at: 6, embedded: false).consultGain == 0)
    }

    @Test("initiative process: an owner for cross-domain initiatives and consultGain")
    func initiativeProcess() {
        var world = Self.world { $0.interventions.initiativeProcess.enabled = true; $0.interventions.initiativeProcess.consultGain = 0.2 }
        let e = Self.effective(at: 13, in: &world)
        #expect(e.hasInitiativeProcess && e.consultGain == 0.2)
    }

    @Test("portfolio: the new arrangement is in force; one and all embed")
    func portfolio() {
        var world = Self.world { $0.interventions.portfolio.enabled = true; $0.interventions.portfolio.portfolio = .all }
        #expect(Self.effective(at: 12, in: &world).portfolio == .implicit)
        let e = Self.effective(at: 13, in: &world)
        #expect(e.portfolio == .all && e.isEmbedded)
    }

    @Test("own department: other-cluster penalty × (1 − penaltyReduction); embeds")
    func ownDepartment() {
        var world = Self.world { $0.interventions.ownDepartment.enabled = true }
        let e = Self.effective(at: 13, in: &world)
        #expect(e.otherClusterPenalty == 0.25 * (1 - 0.7))
        #expect(e.isEmbedded)
    }

    @Test("staff continuity: turnover and vacancies shorter")
    func staffContinuity() {
        var plain = Self.world(), world = Self.world { $0.interventions.staffContinuity.enabled = true }
        let before = Self.effective(at: 0, in: &plain), after = Self.effective(at: 0, in: &world)
        #expect(before.turnoverPerWeek == 1 - PortableMath.exp(PortableMath.log1p(-0.15) / 52))
        #expect(after.turnoverPerWeek == 1 - PortableMath.exp(PortableMath.log1p(-0.15 * 0.5) / 52))
        #expect(after.turnoverPerWeek < before.turnoverPerWeek)
        #expect(before.vacancyWeeks == 12 && after.vacancyWeeks == 6)
    }

    @Test("training: once, in its start week, cooperation and flexibility up")
    func training() {
        var world = Self.world { $0.interventions.training.enabled = true }
        let base = world.departments
        _ = Self.effective(at: 13, in: &world)
        let trained = world.departments
        for d in base.indices {
            #expect(trained[d].cooperation == base[d].cooperation + 0.2 * (1 - base[d].cooperation))
            #expect(trained[d].ruleFlexibility == base[d].ruleFlexibility + 0.25 * (1 - base[d].ruleFlexibility))
        }
        world.week = 14
        _ = world.applyInterventions()
        #expect(world.departments.map(\.cooperation) == trained.map(\.cooperation), "training happens once")
    }

    @Test("integral table, mandate: switched on from the start week")
    func switches() {
        var world = Self.world {
            $0.interventions.integralTable.enabled = true
            $0.interventions.connectorMandate.enabled = true
            $0.interventions.connectorMandate.startWeek = 20
        }
        let early = Self.effective(at: 13, in: &world)
        #expect(early.hasIntegralTable && !early.hasMandate)
        #expect(Self.effective(at: 20, in: &world).hasMandate)
    }

    @Test("no connectors: nobody is in post from the start week")
    func noConnectors() {
        var world = Self.world { $0.interventions.noConnectors.enabled = true; $0.interventions.noConnectors.startWeek = 4 }
        world.effective = Self.effective(at: 3, in: &world)
        #expect(world.isInPost(0))
        world.effective = Self.effective(at: 4, in: &world)
        #expect(!world.isInPost(0))
    }
}
