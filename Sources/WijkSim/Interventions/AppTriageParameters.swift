/// App triage of small reports (Maassluis' Fixi-app) [E:001 L362].
///
/// From `startWeek` single-department signals go to the app (`World+Arrivals.swift`: a share of
/// those of aware residents, all of those of unaware residents), where departments take them
/// up with `responseRate` (`World+Departments.swift`), and misrouted contacts at the connector
/// are multiplied by `1 − misrouteReduction`. The app is a MOR channel: its default response
/// rate carries the same anchor as the general channel's signals
/// (``GeneralChannelParameters/responseRate``), so by default its benefit is the triage itself.
public struct AppTriageParameters: Codable, Sendable, Equatable {
    /// Whether small reports go to an app. Unit: switch. [E:001 L362]
    public var enabled: Bool = false
    /// First week. Unit: week. Range: 0...5200. [A]
    public var startWeek: Int = 13
    /// Share of one-department signals sent to the app instead of the connector. Unit: fraction. Range: [0, 1]. [A]
    public var share: Double = 0.6
    /// Probability the department takes up an app report. Unit: probability. Range: [0, 1]. [X: MOR handling; A]
    public var responseRate: Double = 0.75
    /// Misrouted contacts × (1 − r). Unit: fraction. Range: [0, 1]. [A]
    public var misrouteReduction: Double = 0.5
    public init() {}
}

extension AppTriageParameters: Intervention {
    static let key = "appTriage"
    static let title = "Intervention: small reports are triaged to an app (the Fixi-app)."
    static var path: WritableKeyPath<InterventionParameters, Self> { \.appTriage }

    static let parameterSpecs: [ParameterSpec] =
        switchAndStart("Whether small reports go to an app (Fixi-app).", "[E:001 L362]", start: "First week of app triage.") + [
        number("share", 0, 1, "fraction", "Share of one-department signals sent to the app instead of the connector.", "[A]")
            .plausible(0.3, 0.9, "assumption: E:001 L362 the Maassluis alderman wants small reports to go via the Fixi-app; how many residents comply is unknown"),
        number("responseRate", 0, 1, "probability", "Probability the department takes up an app report.", "[X: MOR handling; A]")
            .plausible(0.55, 0.95, "X: MOR meldingen handled on time: Amsterdam 59% (2020), Wassenaar-Voorschoten-Oegstgeest about 60% (2012), Zaanstad 93.6% of regular meldingen (external-data §2a)"),
        number("misrouteReduction", 0, 1, "fraction", "Misrouted contacts × (1 − r).", "[A]")
            .plausible(0.2, 0.8, "assumption: E:001 L362 triage keeps small defects away from the connector; how many misrouted contacts (L510) that removes is unknown"),
    ]

    func apply(to effective: inout EffectiveParameters, in world: inout World) {
        effective.hasAppTriage = true
        effective.misrouteFactor *= 1 - misrouteReduction
    }
}
