/// The policy interventions of MODEL.md §7; each is off by default and starts at `startWeek`.
public struct InterventionParameters: Codable, Sendable, Equatable {
    /// A transition manager (transitiemanager / idee-manager) [E:001 L600-604].
    public var transitionManager = TransitionManagerParameters()
    /// An internal publicity campaign about the connectors [E:001 L606-608].
    public var publicity = PublicityParameters()
    /// A documented role description along the four roles [E:001 L612].
    public var documentedRole = DocumentedRoleParameters()
    /// A formal process that gives cross-domain initiatives an owner [E:001 L612].
    public var initiativeProcess = InitiativeProcessParameters()
    /// Neighbourhood work moves to a portfolio arrangement [E:001 L616].
    public var portfolio = PortfolioChangeParameters()
    /// Connectors get their own department or cluster [E:001 L616].
    public var ownDepartment = OwnDepartmentParameters()
    /// Connectors get a budget and mandate for small requests [E:001 L478; E:004; E:002].
    public var connectorMandate = ConnectorMandateParameters()
    /// Small reports are triaged to an app (Maassluis' Fixi-app) [E:001 L362].
    public var appTriage = AppTriageParameters()
    /// Staff continuity: lower turnover, shorter vacancies [E:000; E:004].
    public var staffContinuity = StaffContinuityParameters()
    /// Training civil servants [E:000 §8].
    public var training = TrainingParameters()
    /// An integral table that decides cross-domain requests together [E:002; E:003 L1893].
    public var integralTable = IntegralTableParameters()
    /// Counterfactual: no connectors at all; every request takes the general channel [E:001 L145].
    public var noConnectors = NoConnectorsParameters()
    public init() {}
}

/// The transition manager agent [E:001 L600-604].
public struct TransitionManagerParameters: Codable, Sendable, Equatable {
    /// Whether the transition manager is appointed. Unit: switch. [E:001 L600]
    public var enabled: Bool = false
    /// First week in post. Unit: week. Range: 0...5200. [A]
    public var startWeek: Int = 13
    /// Week the manager leaves; 0 = stays to the end. Unit: week. Range: 0...5200. [A]
    public var endWeek: Int = 0
    /// Hours per week spent on departments, aldermen and connectors. Unit: hours per week. Range: [0, 80]. [A]
    public var hoursPerWeek: Double = 24
    /// Influence gained per week by the department worked on, at 24 hours: s += r · (hours/24) · (1 − s). Unit: fraction per week. Range: [0, 1]. [A]
    public var influenceRate: Double = 0.15
    /// Departments worked on per week, in turn. Unit: departments. Range: 1...100. [A]
    public var departmentsPerWeek: Int = 1
    /// Awareness target raised by s · g · (1 − awareness). Unit: fraction. Range: [0, 1]. [E:001 L602]
    public var awarenessGain: Double = 0.6
    /// Proactive contact rate raised by s · g · (1 − rate). Unit: fraction. Range: [0, 1]. [E:001 L602]
    public var proactiveGain: Double = 0.5
    /// Role ambiguity lowered by mean influence · g. Unit: fraction. Range: [0, 1]. [E:001 L602]
    public var clarityGain: Double = 0.5
    /// Escalation stigma lowered by mean influence · g. Unit: fraction. Range: [0, 1]. [E:001 L602, L494]
    public var stigmaReduction: Double = 0.4
    /// Mean influence at which the manager installs an initiative process. Unit: fraction. Range: [0, 1]. [E:001 L602, L612; A]
    public var processThreshold: Double = 0.5
    /// Weekly decay of influence after the manager leaves. Unit: fraction per week. Range: [0, 1]. [E:004 "pilots niet beklijven"; A]
    public var decayPerWeek: Double = 0.04
    /// Share of influence kept for good when the role was embedded (documented role, own department or a portfolio). Unit: fraction. Range: [0, 1]. [E:004; A]
    public var retainedIfEmbedded: Double = 0.6
    public init() {}
}

/// An internal publicity campaign; its effect scales with role clarity [E:001 L606-608].
public struct PublicityParameters: Codable, Sendable, Equatable {
    /// Whether the campaign runs. Unit: switch. [E:001 L606]
    public var enabled: Bool = false
    /// First campaign week. Unit: week. Range: 0...5200. [A]
    public var startWeek: Int = 13
    /// Campaign length. Unit: weeks. Range: 1...5200. [A]
    public var durationWeeks: Int = 26
    /// Raise of departments' awareness target at full effect: + g · (1 − awareness). Unit: fraction. Range: [0, 1]. [E:001 L606]
    public var awarenessGain: Double = 0.5
    /// How much the effect depends on role clarity: effect × (1 − d + d · clarity²). Unit: weight. Range: [0, 1]. [E:001 L608]
    public var roleDependence: Double = 1.0
    public init() {}
}

/// A documented role: fewer misrouted requests, publicity works [E:001 L612].
public struct DocumentedRoleParameters: Codable, Sendable, Equatable {
    /// Whether the role is documented. Unit: switch. [E:001 L612]
    public var enabled: Bool = false
    /// Week the role description is adopted. Unit: week. Range: 0...5200. [A]
    public var startWeek: Int = 13
    /// Role ambiguity × (1 − r). Unit: fraction. Range: [0, 1]. [A]
    public var ambiguityReduction: Double = 0.75
    public init() {}
}

/// An initiative process: cross-domain initiatives get an owner; connectors are named in proposals [E:001 L612].
public struct InitiativeProcessParameters: Codable, Sendable, Equatable {
    /// Whether the process exists. Unit: switch. [E:001 L612]
    public var enabled: Bool = false
    /// First week. Unit: week. Range: 0...5200. [A]
    public var startWeek: Int = 13
    /// Added probability that a department consults the connector on a plan. Unit: probability. Range: [0, 1]. [E:001 L612]
    public var consultGain: Double = 0.3
    public init() {}
}

/// A change of portfolio arrangement from `startWeek` [E:001 L616].
public struct PortfolioChangeParameters: Codable, Sendable, Equatable {
    /// Whether the portfolio changes. Unit: switch. [E:001 L616]
    public var enabled: Bool = false
    /// Week of the change. Unit: week. Range: 0...5200. [A]
    public var startWeek: Int = 13
    /// The new arrangement. Unit: choice. [E:001 L616]
    public var portfolio: Portfolio = .one
    public init() {}
}

/// Connectors housed in their own department or cluster [E:001 L616].
public struct OwnDepartmentParameters: Codable, Sendable, Equatable {
    /// Whether connectors get their own department. Unit: switch. [E:001 L616]
    public var enabled: Bool = false
    /// Week of the move. Unit: week. Range: 0...5200. [A]
    public var startWeek: Int = 13
    /// Other-cluster penalty × (1 − r). Unit: fraction. Range: [0, 1]. [A]
    public var penaltyReduction: Double = 0.7
    public init() {}
}

/// A budget and mandate (doorzettingsmacht) for small requests [E:001 L478].
public struct ConnectorMandateParameters: Codable, Sendable, Equatable {
    /// Whether connectors have a budget and mandate. Unit: switch. [E:001 L478]
    public var enabled: Bool = false
    /// First week. Unit: week. Range: 0...5200. [A]
    public var startWeek: Int = 13
    /// Budget per connector per year. Unit: euro per year. Range: [0, 1e8]. [A]
    public var budgetPerYear: Double = 15_000
    /// Mean cost of settling one small request (exponential). Unit: euro. Range: [0, 1e7]. [A]
    public var meanCost: Double = 400
    /// Probability the connector settles a small request itself. Unit: probability. Range: [0, 1]. [A]
    public var success: Double = 0.85
    public init() {}
}

/// App triage of small reports (Maassluis' Fixi-app) [E:001 L362].
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

/// Staff continuity [E:000; E:004].
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

/// Training civil servants [E:000 §8].
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

/// An integral table: cross-domain requests decided together, once [E:002; E:003 L1893].
public struct IntegralTableParameters: Codable, Sendable, Equatable {
    /// Whether the table exists. Unit: switch. [E:002]
    public var enabled: Bool = false
    /// First week. Unit: week. Range: 0...5200. [A]
    public var startWeek: Int = 13
    /// Silo penalty × (1 − r) for requests decided at the table. Unit: fraction. Range: [0, 1]. [E:002 "consensus within an hour"]
    public var siloReduction: Double = 0.8
    public init() {}
}

/// Counterfactual without connectors [E:001 L145].
public struct NoConnectorsParameters: Codable, Sendable, Equatable {
    /// Whether connectors are removed. Unit: switch. [E:001 L145]
    public var enabled: Bool = false
    /// Week from which no connector works. Unit: week. Range: 0...5200. [A]
    public var startWeek: Int = 0
    public init() {}
}
