/// One department (vakafdeling / cluster) that carries out work.
public struct DepartmentParameters: Codable, Sendable, Equatable {
    /// Unique name, referenced by connectors' `homeDepartment`. Unit: text. Range: non-empty, unique. [A]
    public var name: String = "Afdeling"
    /// Hours per week available for neighbourhood-originated work (the rest goes to programme goals). Unit: hours per week. Range: [0, 10000]. [E:001 L249 result-oriented barrier; A]
    public var hoursPerWeek: Double = 40
    /// Base willingness to take up a connector request. Unit: probability. Range: [0, 1]. [E:001 L508; A]
    public var cooperation: Double = 0.9
    /// Initial awareness of the connector's added value. Unit: fraction. Range: [0, 1]. [E:001 L504, L606; A]
    public var awareness: Double = 0.3
    /// Institutional flexibility with rules (institutionele souplesse). Unit: fraction. Range: [0, 1]. [E:000 §4; A]
    public var ruleFlexibility: Double = 0.4
    /// Probability a plan is discussed with the connector beforehand, at full awareness. Unit: probability. Range: [0, 1]. [E:001 L409: 12 of 15 say civil servants don't start contact]
    public var proactiveContactRate: Double = 0.15
    /// Plans or projects per year that touch a neighbourhood. Unit: plans per year. Range: [0, 520]. [A]
    public var plansPerYear: Double = 4
    /// Relative chance this department is the one a request needs. Unit: weight. Range: [0, 1000]. [A]
    public var requestWeight: Double = 1

    /// The element template for departments in scenario files.
    public init() {}
    public init(name: String, hoursPerWeek: Double, awareness: Double, requestWeight: Double) {
        self.name = name
        self.hoursPerWeek = hoursPerWeek
        self.awareness = awareness
        self.requestWeight = requestWeight
    }

    /// Six departments of a mid-sized municipality; "Wijkzaken" houses the connectors.
    public static let baselineDepartments: [DepartmentParameters] = [
        DepartmentParameters(name: "Wijkzaken", hoursPerWeek: 24, awareness: 0.8, requestWeight: 1),
        DepartmentParameters(name: "Openbare Ruimte", hoursPerWeek: 60, awareness: 0.3, requestWeight: 3),
        DepartmentParameters(name: "Sociaal Domein", hoursPerWeek: 36, awareness: 0.3, requestWeight: 2),
        DepartmentParameters(name: "Veiligheid en Handhaving", hoursPerWeek: 24, awareness: 0.3, requestWeight: 1.5),
        DepartmentParameters(name: "Ruimtelijke Ontwikkeling", hoursPerWeek: 24, awareness: 0.25, requestWeight: 1.5),
        DepartmentParameters(name: "Vergunningen", hoursPerWeek: 16, awareness: 0.25, requestWeight: 1),
    ]
}

/// How departments decide, resist and learn (shared by all departments).
public struct DepartmentBehaviourParameters: Codable, Sendable, Equatable {
    /// Acceptance falls as 1 / (1 + s · max(0, backlog weeks − 1)). Unit: per week of backlog. Range: [0, 10]. [X: 311 closure slower on high-load days; A]
    public var loadSensitivity: Double = 0.2
    /// Mean weeks before departments take up a hand-over (exponential, rounded down): internal processes, "lang wachten op antwoord". Unit: weeks. Range: [0, 520]. [E:001 L897; X: MOR mean handling 15-26 days]
    public var responseWeeks = KindValues(question: 0.5, signal: 2, initiative: 4, conflict: 1)
    /// Awareness gained per request carried out with a connector (× (1 − awareness)). Unit: fraction. Range: [0, 1]. [E:001 L606]
    public var awarenessGainPerSuccess: Double = 0.01
    /// Weekly relaxation of awareness towards its target (initial value, raised by programmes). Unit: fraction per week. Range: [0, 1]. [A]
    public var awarenessRelaxation: Double = 0.03
    /// Probability a plan made without a consult meets resident resistance (a conflict request). Unit: probability. Range: [0, 1]. [E:001 L411]
    public var resistanceWithoutConsult: Double = 0.5
    /// Share of that resistance an early consult prevents. Unit: fraction. Range: [0, 1]. [E:001 L450-455; A]
    public var consultPreventsConflict: Double = 0.8
    public init() {}
}
