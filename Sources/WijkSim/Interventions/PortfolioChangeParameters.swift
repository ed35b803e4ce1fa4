/// A change of portfolio arrangement from `startWeek` [E:001 L616].
///
/// The arrangement in force sets escalation success and delay (`World+Council.swift`); `one`
/// and `all` embed the role (as the council's own arrangement does without this intervention).
public struct PortfolioChangeParameters: Codable, Sendable, Equatable {
    /// Whether the portfolio changes. Unit: switch. [E:001 L616]
    public var enabled: Bool = false
    /// Week of the change. Unit: week. Range: 0...5200. [A]
    public var startWeek: Int = 13
    /// The new arrangement. Unit: choice. [E:001 L616]
    public var portfolio: Portfolio = .one
    public init() {}
}

extension PortfolioChangeParameters: Intervention {
    static let key = "portfolio"
    static let title = "Intervention: neighbourhood work moves to a portfolio arrangement."
    static var path: WritableKeyPath<InterventionParameters, Self> { \.portfolio }
    /// The manager reads the embedding the portfolio gives.
    static let stage = InterventionStage.organisation
    static let scenarioNames = ["portfolio-one", "portfolio-all"]

    static let parameterSpecs: [ParameterSpec] =
        switchAndStart("Whether the portfolio arrangement changes.", "[E:001 L616]", start: "Week of the portfolio change.") + [
        choice("portfolio", Portfolio.allCases.map(\.rawValue), "The new portfolio arrangement: none, implicit, one, all.", "[E:001 L616]"),
    ]

    func apply(to effective: inout EffectiveParameters, in world: inout World) {
        effective.portfolio = portfolio
    }
}
