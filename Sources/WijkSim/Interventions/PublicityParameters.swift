/// An internal publicity campaign; its effect scales with role clarity [E:001 L606-608].
///
/// While the campaign runs (`startWeek` ≤ t < `startWeek + durationWeeks`) departments'
/// awareness targets rise by `G_pub · (1 − target)` (`World+Schedule.swift:
/// updateDepartmentAwareness`). When it ends the gain stops at once; awareness then relaxes
/// back towards the target without it. docs/ODD.md §3.4.3.
public struct PublicityParameters: Codable, Sendable, Equatable {
    /// Whether the campaign runs. Unit: switch. [E:001 L606]
    public var enabled: Bool = false
    /// First campaign week. Unit: week. Range: 0...5200. [A]
    public var startWeek: Int = 13
    /// Campaign length. Unit: weeks. Range: 1...5200. [A]
    public var durationWeeks: Int = 26
    /// Raise of departments' awareness target at full effect: + g · (1 − awareness). Unit: fraction. Range: [0, 1]. [E:001 L606]
    public var awarenessGain: Double = 0.5
    /// How much the effect depends on role clarity: effect × (1 − d + d · clarity²). Unit: weight. Range: [0, 1]. [E:001 L608]
    public var roleDependence: Double = 1.0
    public init() {}
}

extension PublicityParameters: Intervention {
    static let key = "publicity"
    static let title = "Intervention: an internal publicity campaign about the connectors."
    static var path: WritableKeyPath<InterventionParameters, Self> { \.publicity }
    static let scenarioNames = ["internal-publicity"]

    static let parameterSpecs: [ParameterSpec] =
        switchAndStart("Whether the internal publicity campaign runs.", "[E:001 L606]", start: "First campaign week.") + [
        integer("durationWeeks", 1, 5200, "weeks", "Campaign length.", "[A]")
            .plausible(4, 52, "assumption: an internal campaign (intranet posts, newspaper, E:001 L502, L606) runs a month to a year"),
        number("awarenessGain", 0, 1, "fraction", "Raise of departments' awareness target at full effect: + g · (1 − awareness).", "[E:001 L606]")
            .plausible(0.1, 0.8, "E:001 L606 a campaign could make the added value known outside the own cluster; size assumed"),
        number("roleDependence", 0, 1, "weight", "How much the effect depends on role clarity: effect × (1 − d + d · clarity²).", "[E:001 L608]")
            .plausible(0.5, 1, "E:001 L608 publicity needs a clear role first; how strictly is assumed, but at least half of the effect"),
    ]

    /// During the campaign: from `startWeek` for `durationWeeks` weeks.
    func isActive(week: Int) -> Bool { enabled && week >= startWeek && week < startWeek + durationWeeks }

    /// `G_pub = awarenessGain × (1 − d + d · clarity²)`, clarity = 1 − the week's role ambiguity
    /// (after a documented role and the manager, hence the effects stage).
    func apply(to effective: inout EffectiveParameters, in world: inout World) {
        let clarity = 1 - effective.roleAmbiguity
        effective.publicityGain = awarenessGain * (1 - roleDependence + roleDependence * clarity * clarity)
    }
}
