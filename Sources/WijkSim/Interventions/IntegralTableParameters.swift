/// An integral table: cross-domain requests decided together, once [E:002; E:003 L1893].
///
/// From `startWeek` every cross-domain request (any kind, any route) gets an owner at
/// hand-over (`World+Connectors.swift: handOver`) and its silo penalty is multiplied by
/// `1 − siloReduction` (`World+Departments.swift: acceptance`).
public struct IntegralTableParameters: Codable, Sendable, Equatable {
    /// Whether the table exists. Unit: switch. [E:002]
    public var enabled: Bool = false
    /// First week. Unit: week. Range: 0...5200. [A]
    public var startWeek: Int = 13
    /// Silo penalty × (1 − r) for requests decided at the table. Unit: fraction. Range: [0, 1]. [E:002 "consensus within an hour"]
    public var siloReduction: Double = 0.8
    public init() {}
}

extension IntegralTableParameters: Intervention {
    static let key = "integralTable"
    static let title = "Intervention: an integral table that decides cross-domain requests together."
    static var path: WritableKeyPath<InterventionParameters, Self> { \.integralTable }

    static let parameterSpecs: [ParameterSpec] =
        switchAndStart("Whether the integral table exists.", "[E:002]", start: "First week of the integral table.") + [
        number("siloReduction", 0, 1, "fraction", "Silo penalty × (1 − r) for requests decided at the table.", "[E:002 \"consensus within an hour\"]")
            .plausible(0.5, 1, "E:002 L1030 all five desks at once: 'in een uur consensus'; how much of the silo penalty that removes is assumed, at least half"),
    ]

    func apply(to effective: inout EffectiveParameters, in world: inout World) {
        effective.hasIntegralTable = true
    }
}
