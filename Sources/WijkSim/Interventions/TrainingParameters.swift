/// Training civil servants [E:000 §8].
///
/// Done once, in `startWeek`: every department's cooperation and rule flexibility move towards
/// 1 by the gains. The change is permanent; nothing fades.
public struct TrainingParameters: Codable, Sendable, Equatable {
    /// Whether civil servants are trained. Unit: switch. [E:000 §8]
    public var enabled: Bool = false
    /// Week the training is done. Unit: week. Range: 0...5200. [A]
    public var startWeek: Int = 13
    /// Cooperation += g · (1 − cooperation). Unit: fraction. Range: [0, 1]. [A]
    public var cooperationGain: Double = 0.2
    /// Rule flexibility += g · (1 − flexibility). Unit: fraction. Range: [0, 1]. [A]
    public var flexibilityGain: Double = 0.25
    public init() {}
}

extension TrainingParameters: Intervention {
    static let key = "training"
    static let title = "Intervention: training civil servants."
    static var path: WritableKeyPath<InterventionParameters, Self> { \.training }

    static let parameterSpecs: [ParameterSpec] =
        switchAndStart("Whether civil servants are trained.", "[E:000 §8]", start: "Week the training is done.") + [
        number("cooperationGain", 0, 1, "fraction", "Cooperation += g · (1 − cooperation).", "[A]")
            .plausible(0.05, 0.4, "E:000 L1294, L1737-1741 all participants of the resilient-professionals traject reported a positive effect; its size is assumed"),
        number("flexibilityGain", 0, 1, "fraction", "Rule flexibility += g · (1 − flexibility).", "[A]")
            .plausible(0.05, 0.4, "E:000 L1761-1773 raise institutionele souplesse; E:002 L1127-1130 'how' traits improve only slowly; size assumed"),
    ]

    /// Only in the week of the training.
    func isActive(week: Int) -> Bool { enabled && week == startWeek }

    func apply(to effective: inout EffectiveParameters, in world: inout World) {
        for d in world.departments.indices {
            world.departments[d].cooperation += cooperationGain * (1 - world.departments[d].cooperation)
            world.departments[d].ruleFlexibility += flexibilityGain * (1 - world.departments[d].ruleFlexibility)
        }
    }
}
