/// Organisational barriers [E:001 §4]; each in [0, 1], 0 = absent.
public struct BarrierParameters: Codable, Sendable, Equatable {
    /// Requests seen as "extra werk": acceptance × (1 − b · (1 − awareness)). Unit: fraction. Range: [0, 1]. [E:001 L508]
    public var extraWorkFraming: Double = 0.5
    /// Other clusters cooperate less: acceptance × (1 − b) outside the home department. Unit: fraction. Range: [0, 1]. [E:001 L504-506]
    public var otherClusterPenalty: Double = 0.25
    /// Each extra department needed multiplies acceptance by (1 − b). Unit: fraction per department. Range: [0, 1]. [E:001 L433; E:003]
    public var siloPenalty: Double = 0.25
    /// 1 − institutional souplesse: initiatives fail the rules with b · (1 − ruleFlexibility). Unit: fraction. Range: [0, 1]. [E:000 §4; E:001 L402-406]
    public var ruleRigidity: Double = 0.5
    /// Initiatives touching liability are refused with b · (1 − entrepreneur skill / 2). Unit: fraction. Range: [0, 1]. [E:001 L404]
    public var liabilityAversion: Double = 0.5
    /// Unclear role: role clarity = 1 − b; misrouted contacts ∝ b. Unit: fraction. Range: [0, 1]. [E:001 L510]
    public var roleAmbiguity: Double = 0.6
    /// Social cost of escalating: escalation probability × (1 − b). Unit: fraction. Range: [0, 1]. [E:001 L494]
    public var escalationStigma: Double = 0.7
    /// Probability a general-channel result never reaches the resident. Unit: probability. Range: [0, 1]. [E:003; X: 48% of Amsterdam reporters not satisfied]
    public var feedbackGap: Double = 0.5
    /// Probability an approved initiative is stopped late by an alderman. Unit: probability. Range: [0, 1]. [E:002]
    public var politicalVeto: Double = 0.1
    /// Probability per year that a connector leaves. Unit: probability per year. Range: [0, 1]. [E:000; E:004 L1985; A]
    public var staffTurnoverPerYear: Double = 0.15
    public init() {}
}
