/// The transition manager agent (transitiemanager / idee-manager) [E:001 L600-604].
///
/// In post it works on `departmentsPerWeek` departments in turn, raising their influence; the
/// mean influence lowers role ambiguity and stigma, and from `processThreshold` on installs the
/// initiative process. After it leaves (`endWeek`) influence decays towards a floor that is
/// kept only if the role was embedded in that week. Influence also raises departments'
/// awareness targets (`World+Schedule.swift: updateDepartmentAwareness`) and proactive
/// consults (`World+Plans.swift`). docs/ODD.md §3.4.2.
public struct TransitionManagerParameters: Codable, Sendable, Equatable {
    /// Whether the transition manager is appointed. Unit: switch. [E:001 L600]
    public var enabled: Bool = false
    /// First week in post. Unit: week. Range: 0...5200. [A]
    public var startWeek: Int = 13
    /// Week the manager leaves; 0 = stays to the end. Unit: week. Range: 0...5200. [A]
    public var endWeek: Int = 0
    /// Hours per week spent on departments, aldermen and connectors. Unit: hours per week. Range: [0, 80]. [A]
    public var hoursPerWeek: Double = 24
    /// Influence gained per week by the department worked on, at 24 hours: s += r · (hours/24) · (1 − s). Unit: fraction per week. Range: [0, 1]. [A]
    public var influenceRate: Double = 0.15
    /// Departments worked on per week, in turn. Unit: departments. Range: 1...100. [A]
    public var departmentsPerWeek: Int = 1
    /// Awareness target raised by s · g · (1 − awareness). Unit: fraction. Range: [0, 1]. [E:001 L602]
    public var awarenessGain: Double = 0.6
    /// Proactive contact rate raised by s · g · (1 − rate). Unit: fraction. Range: [0, 1]. [E:001 L602]
    public var proactiveGain: Double = 0.5
    /// Role ambiguity lowered by mean influence · g. Unit: fraction. Range: [0, 1]. [E:001 L602]
    public var clarityGain: Double = 0.5
    /// Escalation stigma lowered by mean influence · g. Unit: fraction. Range: [0, 1]. [E:001 L602, L494]
    public var stigmaReduction: Double = 0.4
    /// Mean influence at which the manager installs an initiative process. Unit: fraction. Range: [0, 1]. [E:001 L602, L612; A]
    public var processThreshold: Double = 0.5
    /// Weekly decay of influence after the manager leaves. Unit: fraction per week. Range: [0, 1]. [E:004 "pilots niet beklijven"; A]
    public var decayPerWeek: Double = 0.04
    /// Share of influence kept for good when the role was embedded (documented role, own department or a portfolio). Unit: fraction. Range: [0, 1]. [E:004; A]
    public var retainedIfEmbedded: Double = 0.6
    public init() {}
}

extension TransitionManagerParameters: Intervention {
    static let key = "transitionManager"
    static let title = "Intervention: a transition manager (transitiemanager, idee-manager)."
    static var path: WritableKeyPath<InterventionParameters, Self> { \.transitionManager }
    /// It reads whether the role is embedded, which the organisation stage settles.
    static let stage = InterventionStage.influence

    static let parameterSpecs: [ParameterSpec] =
        switchAndStart("Whether the transition manager is appointed.", "[E:001 L600]", start: "First week in post.") + [
        integer("endWeek", 0, 5200, "week", "Week the manager leaves; 0 = stays to the end.", "[A]"),
        number("hoursPerWeek", 0, 80, "hours per week", "Hours per week spent on departments, aldermen and connectors.", "[A]")
            .plausible(8, 36, "assumption: E:001 L602 describes the role, not its hours; from one day a week to a full post"),
        number("influenceRate", 0, 1, "fraction per week", "Influence gained per week by the department worked on, at 24 hours: s += r · (hours/24) · (1 − s).", "[A]")
            .plausible(0.03, 0.4, "assumption: no measure of how fast a manager wins a department over; with 6 departments half influence after about 8 weeks (0.4) to 2.5 years (0.03)"),
        integer("departmentsPerWeek", 1, 100, "departments", "Departments worked on per week, in turn.", "[A]")
            .plausible(1, 3, "assumption: a manager works with one to a few teams a week"),
        number("awarenessGain", 0, 1, "fraction", "Awareness target raised by s · g · (1 − awareness).", "[E:001 L602]")
            .plausible(0.2, 0.9, "E:001 L602 the manager keeps close contact with team leaders and makes them act; how much awareness that buys is assumed"),
        number("proactiveGain", 0, 1, "fraction", "Proactive contact rate raised by s · g · (1 − rate).", "[E:001 L602]")
            .plausible(0.2, 0.8, "E:001 L602 the manager makes departments act proactively (against L409: 12 of 15 say civil servants don't start contact); size assumed"),
        number("clarityGain", 0, 1, "fraction", "Role ambiguity lowered by mean influence · g.", "[E:001 L602]")
            .plausible(0.2, 0.8, "E:001 L602; how much of the role ambiguity (L510) the manager clears without a written role is assumed"),
        number("stigmaReduction", 0, 1, "fraction", "Escalation stigma lowered by mean influence · g.", "[E:001 L602, L494]")
            .plausible(0.1, 0.7, "E:001 L494 escalation needs backing 'hoog in de boom', L602 the manager provides it; size assumed"),
        number("processThreshold", 0, 1, "fraction", "Mean influence at which the manager installs an initiative process.", "[E:001 L602, L612; A]")
            .plausible(0.3, 0.8, "assumption: E:001 L612 recommends the process; how much influence it takes to install it is unknown"),
        number("decayPerWeek", 0, 1, "fraction per week", "Weekly decay of influence after the manager leaves.", "[E:004 \"pilots niet beklijven\"; A]")
            .plausible(0.01, 0.15, "E:004 L1039-1041 'experimenten die niet beklijven': pilots fade after the project; a half-life of 4 weeks (0.15) to 1.3 years (0.01) is assumed"),
        number("retainedIfEmbedded", 0, 1, "fraction", "Share of influence kept for good when the role was embedded (documented role, own department or a portfolio).", "[E:004; A]")
            .plausible(0.3, 0.9, "E:004 L1322-1330 embedding decides whether pilots last; the share kept is assumed"),
    ]

    /// In post: from `startWeek` until `endWeek` (0 = to the end).
    func isActive(week: Int) -> Bool { enabled && week >= startWeek && (endWeek == 0 || week < endWeek) }

    /// Works on `departmentsPerWeek` departments in turn (continuing where it stopped), then
    /// passes its influence on to role ambiguity, stigma and the initiative process.
    func apply(to effective: inout EffectiveParameters, in world: inout World) {
        if !world.departments.isEmpty {
            effective.isManagerActive = true
            let visited = min(departmentsPerWeek, world.departments.count)
            let perDepartment = hoursPerWeek / EngineConstants.transitionManagerReferenceHours / Double(visited)
            for _ in 0..<visited {
                let d = world.managerCursor % world.departments.count
                let gain = min(1, influenceRate * perDepartment)
                world.departments[d].influence += gain * (1 - world.departments[d].influence)
                world.managerCursor += 1
            }
        }
        passOnInfluence(to: &effective, in: world)
    }

    /// After leaving, influence decays towards the floor fixed in the first week gone:
    /// `retainedIfEmbedded` of it if the role is embedded then, else nothing. Before the start,
    /// influence is what it was (none); it still counts (docs/ODD.md §3.4.1: the process test).
    func fade(_ effective: inout EffectiveParameters, in world: inout World) {
        guard enabled else { return }
        if !world.departments.isEmpty && world.week >= startWeek {
            if !world.managerLeft {
                world.managerLeft = true
                for d in world.departments.indices {
                    world.departments[d].influenceFloor = effective.isEmbedded ? retainedIfEmbedded * world.departments[d].influence : 0
                }
            }
            for d in world.departments.indices {
                world.departments[d].influence += decayPerWeek * (world.departments[d].influenceFloor - world.departments[d].influence)
            }
        }
        passOnInfluence(to: &effective, in: world)
    }

    /// Mean influence S̄ over departments; role ambiguity × (1 − S̄ · clarityGain), stigma ×
    /// (1 − S̄ · stigmaReduction); at S̄ ≥ `processThreshold`, while in post or embedded, the
    /// initiative process with the consult gain of `interventions.initiativeProcess`.
    private func passOnInfluence(to effective: inout EffectiveParameters, in world: World) {
        if !world.departments.isEmpty {
            effective.meanInfluence = world.departments.reduce(0) { $0 + $1.influence } / Double(world.departments.count)
        }
        effective.roleAmbiguity *= 1 - effective.meanInfluence * clarityGain
        effective.escalationStigma *= 1 - effective.meanInfluence * stigmaReduction
        if effective.meanInfluence >= processThreshold && (effective.isManagerActive || effective.isEmbedded) {
            effective.hasInitiativeProcess = true
            effective.consultGain = world.scenario.interventions.initiativeProcess.consultGain
        }
    }
}
