/// Staff continuity [E:000; E:004].
///
/// From `startWeek` the yearly turnover of connectors is multiplied by `1 − turnoverReduction`
/// and vacancies by `1 − vacancyReduction` (`World+Schedule.swift: applyTurnover`).
public struct StaffContinuityParameters: Codable, Sendable, Equatable {
    /// Whether continuity measures apply. Unit: switch. [E:000]
    public var enabled: Bool = false
    /// First week. Unit: week. Range: 0...5200. [A]
    public var startWeek: Int = 0
    /// Turnover × (1 − r). Unit: fraction. Range: [0, 1]. [A]
    public var turnoverReduction: Double = 0.5
    /// Vacancy weeks × (1 − r). Unit: fraction. Range: [0, 1]. [A]
    public var vacancyReduction: Double = 0.5
    public init() {}
}

extension StaffContinuityParameters: Intervention {
    static let key = "staffContinuity"
    static let title = "Intervention: staff continuity (lower turnover, shorter vacancies)."
    static var path: WritableKeyPath<InterventionParameters, Self> { \.staffContinuity }

    static let parameterSpecs: [ParameterSpec] =
        switchAndStart("Whether staff continuity measures apply.", "[E:000]", start: "First week of the continuity measures.") + [
        number("turnoverReduction", 0, 1, "fraction", "Turnover × (1 − r).", "[A]")
            .plausible(0.2, 0.8, "E:000 L1722-1726 recruit staff who intend to stay longer, L1442-1448 '2 jaar' is too short; how much turnover that saves is assumed"),
        number("vacancyReduction", 0, 1, "fraction", "Vacancy weeks × (1 − r).", "[A]")
            .plausible(0.2, 0.8, "assumption: succession planning shortens the gap; no source measures by how much"),
    ]

    func apply(to effective: inout EffectiveParameters, in world: inout World) {
        effective.turnoverPerYear *= 1 - turnoverReduction
        effective.vacancyLength *= 1 - vacancyReduction
    }
}
