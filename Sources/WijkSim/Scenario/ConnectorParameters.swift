/// One connector (wijkverbinder; also wijkregisseur, gebiedsregisseur, wijkcoördinator).
public struct ConnectorParameters: Codable, Sendable, Equatable {
    /// Name for reports. Unit: text. [A]
    public var name: String = "Connector"
    /// Names of the neighbourhoods served; empty = all. Unit: list of names. Range: existing neighbourhood names. [E:001 L283]
    public var neighbourhoods: [String] = []
    /// Hours per week for residents' and departments' requests (the rest of a 36-hour week goes to networks, meetings and the team). Unit: hours per week. Range: [0, 80]. [A; E:001 L520 "2,5" FTE for 3 people]
    public var hoursPerWeek: Double = 24
    /// Week the connector starts (0 = from the start; later = an added connector). Unit: week. Range: 0...5200. [A]
    public var startWeek: Int = 0
    /// Department that houses the connector (its "own cluster"). Unit: department name. Range: an existing department. [E:001 L488]
    public var homeDepartment: String = "Wijkzaken"
    /// Success of each role: fixer answers questions, mediator resolves conflicts, and each role's skill improves hand-over. Unit: probability. Range: [0, 1]. [E:001 L556; A]
    public var skills = RoleValues(fixer: 0.85, bridgeBuilder: 0.55, entrepreneur: 0.5, mediator: 0.6)
    /// Share of the week's hours first given to each role's queue (then spill-over); need not sum to 1. Unit: weight. Range: [0, 1]. [E:001 §2 tables]
    public var emphasis = RoleValues(fixer: 0.25, bridgeBuilder: 0.25, entrepreneur: 0.25, mediator: 0.25)
    /// Probability the connector escalates a refused or stalled request when stigma is 0. Unit: probability. Range: [0, 1]. [E:001 L492-494; A]
    public var escalationPropensity: Double = 0.6
    /// Initial personal tie to every department. Unit: strength. Range: [0, 1]. [E:001 L384; A]
    public var initialTie: Double = 0.4

    /// The element template for connectors in scenario files.
    public init() {}

    /// The baseline team: three connectors for four neighbourhoods [E:001 L283].
    public static let baselineTeam: [ConnectorParameters] = {
        var a = ConnectorParameters(); a.name = "Connector A"; a.neighbourhoods = ["Noord"]
        var b = ConnectorParameters(); b.name = "Connector B"; b.neighbourhoods = ["Oost", "West"]
        var c = ConnectorParameters(); c.name = "Connector C"; c.neighbourhoods = ["Zuid"]
        return [a, b, c]
    }()
}

/// Rules shared by the whole connector team.
public struct ConnectorTeamParameters: Codable, Sendable, Equatable {
    /// Weeks a post stays empty after a connector leaves. Unit: weeks. Range: 0...520. [E:000; A]
    public var vacancyWeeks: Int = 12
    /// Tie a successor starts with to every department. Unit: strength. Range: [0, 1]. [E:004 L1985; A]
    public var successorTie: Double = 0.15
    /// Tie gained per request a department carried out for the connector (× (1 − tie)). Unit: strength. Range: [0, 1]. [E:001 L606; A]
    public var tieGainPerSuccess: Double = 0.05
    /// Tie lost per escalation over a department's head. Unit: strength. Range: [0, 1]. [E:001 L494]
    public var tieLossPerEscalation: Double = 0.1
    /// Probability a refused request gets a clear, explained "no" from the connector rather than silence. Unit: probability. Range: [0, 1]. [E:003 L1199; A]
    public var explainRefusal: Double = 0.6
    /// Probability a finished request's result reaches the resident when the connector follows it up. Unit: probability. Range: [0, 1]. [A]
    public var feedbackWithFollowUp: Double = 0.95
    /// Connector hours per consult when a department starts contact about a plan. Unit: hours. Range: [0, 80]. [A]
    public var consultHours: Double = 3
    public init() {}
}
