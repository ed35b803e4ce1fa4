/// A budget and mandate (doorzettingsmacht) for small requests [E:001 L478].
///
/// From `startWeek` a connector settles a request needing at most one department and no
/// decision itself, with probability `success`, paying an exponential cost from its budget
/// (`World+Connectors.swift: finishIntake`); the budget is reset every 52 weeks
/// (`World+Schedule.swift: startNewYear`).
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

extension ConnectorMandateParameters: Intervention {
    static let key = "connectorMandate"
    static let title = "Intervention: connectors get a budget and mandate for small requests."
    static var path: WritableKeyPath<InterventionParameters, Self> { \.connectorMandate }

    static let parameterSpecs: [ParameterSpec] =
        switchAndStart("Whether connectors have a budget and mandate (doorzettingsmacht).", "[E:001 L478]", start: "First week of the mandate.") + [
        number("budgetPerYear", 0, 1e8, "euro per year", "Budget per connector per year.", "[A]")
            .plausible(2_000, 50_000, "assumption: no source gives an amount (E:001 L478 'geen doorzettingsmacht of budgetten'; E:000 L1319 'jaarlijks een groot budget', no figure); a few thousand to tens of thousands of euros per connector"),
        number("meanCost", 0, 1e7, "euro", "Mean cost of settling one small request (exponential).", "[A]")
            .plausible(100, 2_000, "assumption: a small repair or material (a paaltje op de stoep, E:001 L382) costs a hundred to a couple of thousand euros"),
        number("success", 0, 1, "probability", "Probability the connector settles a small request itself.", "[A]")
            .plausible(0.6, 0.95, "assumption: with money and mandate most small requests get settled; E:002 L471-472 a connector can succeed even without formal mandate"),
    ]

    func apply(to effective: inout EffectiveParameters, in world: inout World) {
        effective.hasMandate = true
    }
}
