/// A documented role: fewer misrouted requests, publicity works [E:001 L612].
///
/// From `startWeek` role ambiguity is multiplied by `1 − ambiguityReduction`: fewer misrouted
/// contacts and a stronger publicity campaign follow from it; the role counts as embedded for
/// the transition manager's floor and process. Nothing fades: the description stays.
public struct DocumentedRoleParameters: Codable, Sendable, Equatable {
    /// Whether the role is documented. Unit: switch. [E:001 L612]
    public var enabled: Bool = false
    /// Week the role description is adopted. Unit: week. Range: 0...5200. [A]
    public var startWeek: Int = 13
    /// Role ambiguity × (1 − r). Unit: fraction. Range: [0, 1]. [A]
    public var ambiguityReduction: Double = 0.75
    public init() {}
}

extension DocumentedRoleParameters: Intervention {
    static let key = "documentedRole"
    static let title = "Intervention: a documented role description along the four roles."
    static var path: WritableKeyPath<InterventionParameters, Self> { \.documentedRole }
    /// The manager and publicity read the ambiguity and the embedding it sets.
    static let stage = InterventionStage.organisation

    static let parameterSpecs: [ParameterSpec] =
        switchAndStart("Whether the connector role is documented.", "[E:001 L612]", start: "Week the role description is adopted.") + [
        number("ambiguityReduction", 0, 1, "fraction", "Role ambiguity × (1 − r).", "[A]")
            .plausible(0.3, 0.9, "assumption: E:001 L612 recommends a function description along the four roles; how much of the ambiguity (L510) it removes is unknown"),
    ]

    func apply(to effective: inout EffectiveParameters, in world: inout World) {
        effective.roleAmbiguity *= 1 - ambiguityReduction
        effective.anchorsRole = true
    }
}
