/// Connectors housed in their own department or cluster [E:001 L616].
///
/// From `startWeek` the other-cluster penalty is multiplied by `1 − penaltyReduction` and the
/// role counts as embedded; the home department itself does not change.
public struct OwnDepartmentParameters: Codable, Sendable, Equatable {
    /// Whether connectors get their own department. Unit: switch. [E:001 L616]
    public var enabled: Bool = false
    /// Week of the move. Unit: week. Range: 0...5200. [A]
    public var startWeek: Int = 13
    /// Other-cluster penalty × (1 − r). Unit: fraction. Range: [0, 1]. [A]
    public var penaltyReduction: Double = 0.7
    public init() {}
}

extension OwnDepartmentParameters: Intervention {
    static let key = "ownDepartment"
    static let title = "Intervention: connectors get their own department or cluster."
    static var path: WritableKeyPath<InterventionParameters, Self> { \.ownDepartment }
    /// The manager reads the embedding it gives.
    static let stage = InterventionStage.organisation

    static let parameterSpecs: [ParameterSpec] =
        switchAndStart("Whether connectors get their own department or cluster.", "[E:001 L616]", start: "Week of the move.") + [
        number("penaltyReduction", 0, 1, "fraction", "Other-cluster penalty × (1 − r).", "[A]")
            .plausible(0.3, 1, "assumption: E:001 L616 (cf. Amsterdam) a separate cluster takes the connectors out of one department's cluster; how much of the own-vs-other penalty (L504-506) goes is unknown, up to all of it"),
    ]

    func apply(to effective: inout EffectiveParameters, in world: inout World) {
        effective.otherClusterPenalty *= 1 - penaltyReduction
        effective.anchorsRole = true
    }
}
