/// An initiative process: cross-domain initiatives get an owner; connectors are named in proposals [E:001 L612].
///
/// From `startWeek` (or once the transition manager installs it) cross-domain initiatives get
/// an owner at hand-over (`World+Connectors.swift: handOver`) and departments consult the
/// connector on a plan with `consultGain` more probability (`World+Plans.swift`).
public struct InitiativeProcessParameters: Codable, Sendable, Equatable {
    /// Whether the process exists. Unit: switch. [E:001 L612]
    public var enabled: Bool = false
    /// First week. Unit: week. Range: 0...5200. [A]
    public var startWeek: Int = 13
    /// Added probability that a department consults the connector on a plan. Unit: probability. Range: [0, 1]. [E:001 L612]
    public var consultGain: Double = 0.3
    public init() {}
}

extension InitiativeProcessParameters: Intervention {
    static let key = "initiativeProcess"
    static let title = "Intervention: a formal process that gives cross-domain initiatives an owner."
    static var path: WritableKeyPath<InterventionParameters, Self> { \.initiativeProcess }

    static let parameterSpecs: [ParameterSpec] =
        switchAndStart("Whether the initiative process exists.", "[E:001 L612]", start: "First week of the initiative process.") + [
        number("consultGain", 0, 1, "probability", "Added probability that a department consults the connector on a plan.", "[E:001 L612]")
            .plausible(0.1, 0.5, "E:001 L612 connectors written into project proposals as stakeholders; the added consult probability is assumed"),
    ]

    func apply(to effective: inout EffectiveParameters, in world: inout World) {
        effective.hasInitiativeProcess = true
        effective.consultGain = consultGain
    }
}
