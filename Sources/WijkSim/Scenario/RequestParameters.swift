/// The requests residents raise: mix, departments needed, effort and routing.
public struct RequestParameters: Codable, Sendable, Equatable {
    /// Share of requests of each kind; must sum to 1. Unit: fractions. Range: [0, 1]. [A: docs/ODD.md §3.4.8]
    public var mix = KindValues(question: 0.40, signal: 0.30, initiative: 0.15, conflict: 0.15)
    /// Share of each kind the connector can settle without any department. Unit: fraction. Range: [0, 1]. [E:001 L382 "paaltje op de stoep … afhandelen"; A]
    public var noDepartmentShare = KindValues(question: 0.7, signal: 0.0, initiative: 0.0, conflict: 0.5)
    /// P(1), P(2), P(3), … departments needed when at least one is; must sum to 1 and not be longer than the department list. Unit: fractions. Range: [0, 1]. [A; E:001 L433, E:003]
    public var departmentCountShares: [Double] = [0.6, 0.3, 0.1]
    /// Share of initiatives that need a council decision (budget or exception). Unit: fraction. Range: [0, 1]. [A; E:002]
    public var initiativeDecisionShare: Double = 0.4
    /// Share of initiatives that touch liability. Unit: fraction. Range: [0, 1]. [E:001 L404; A]
    public var initiativeLiabilityShare: Double = 0.35
    /// Connector hours to take up, triage and hand over one request. Unit: hours. Range: [0, 200]. [A]
    public var connectorHours = KindValues(question: 1.5, signal: 3.0, initiative: 6.0, conflict: 4.0)
    /// Department hours per needed department to carry a request out. Unit: hours. Range: [0, 2000]. [A]
    public var departmentHours = KindValues(question: 1.5, signal: 6.0, initiative: 16.0, conflict: 4.0)
    /// Share of contacts reaching a connector that are not its work, at full role ambiguity. Unit: fraction. Range: [0, 1]. [E:001 L510; A]
    public var misrouteShare: Double = 0.3
    /// Connector intake hours lost on a misrouted contact. Unit: hours. Range: [0, 40]. [A]
    public var misrouteHours: Double = 0.5
    /// Connector hours per week per request it follows up at a department. Unit: hours per request per week. Range: [0, 40]. [A]
    public var followUpHours: Double = 0.25
    /// Weeks a request may wait at a department before the connector treats it as stalled. Unit: weeks. Range: 1...520. [A; E:001 L494]
    public var stallWeeks: Int = 8
    public init() {}
}
