/// Counterfactual without connectors [E:001 L145].
///
/// From `startWeek` no connector is in post (`World+Schedule.swift: isInPost`): every new
/// request takes the general channel (or the app). docs/ODD.md §3.4.23.
public struct NoConnectorsParameters: Codable, Sendable, Equatable {
    /// Whether connectors are removed. Unit: switch. [E:001 L145]
    public var enabled: Bool = false
    /// Week from which no connector works. Unit: week. Range: 0...5200. [A]
    public var startWeek: Int = 0
    public init() {}
}

extension NoConnectorsParameters: Intervention {
    static let key = "noConnectors"
    static let title = "Counterfactual: no connectors at all; every request takes the general channel."
    static var path: WritableKeyPath<InterventionParameters, Self> { \.noConnectors }
    static let stage = InterventionStage.organisation

    static let parameterSpecs: [ParameterSpec] =
        switchAndStart("Counterfactual: whether connectors are removed.", "[E:001 L145]", start: "Week from which no connector works.")

    func apply(to effective: inout EffectiveParameters, in world: inout World) {
        effective.hasNoConnectors = true
    }
}
