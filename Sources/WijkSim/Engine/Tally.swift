/// Running counts of one replicate, updated as events happen (no per-resident work).
///
/// Request counts only include requests raised after warm-up; event counts
/// (contacts, escalations) only events in recorded weeks.
struct Tally {
    /// Raised requests by kind.
    var raised = [Int](repeating: 0, count: RequestKind.count)
    /// Terminal outcomes by kind × outcome (connected, declined, stranded, abandoned).
    var outcomes = [Int](repeating: 0, count: RequestKind.count * 4)
    /// Open requests never touched, by kind.
    var untouchedOpen = [Int](repeating: 0, count: RequestKind.count)
    /// Abandoned before anyone took them up, by kind (``World/abandonedInQueue(_:)``).
    var abandonedInQueue = [Int](repeating: 0, count: RequestKind.count)
    /// Requests of the cohort (``World/isInCohort(_:)``): raised and connected, by kind.
    var cohortRaised = [Int](repeating: 0, count: RequestKind.count)
    var cohortConnected = [Int](repeating: 0, count: RequestKind.count)
    /// Weeks from raising to result, per kind, for connected requests (histogram by week).
    var timeHistogram: [[Int]]
    /// Connected / resolved by number of departments (0, 1, 2, 3+).
    var connectedByDepartments = [Int](repeating: 0, count: 4)
    var resolvedByDepartments = [Int](repeating: 0, count: 4)
    /// Connector route: connected / resolved per kind (towards residents).
    var connectorRouteConnected = [Int](repeating: 0, count: RequestKind.count)
    var connectorRouteResolved = [Int](repeating: 0, count: RequestKind.count)
    /// Connected counted requests by ``FlowRoute`` × kind, flow-major (`flow * 4 + kind`); summed
    /// over flows they equal the connected outcomes of ``outcomes``.
    var connectedByFlow = [Int](repeating: 0, count: FlowRoute.count * RequestKind.count)
    /// General channel and app: connected / resolved.
    var generalConnected = 0
    var generalResolved = 0
    /// Department decisions on connector hand-overs per kind (towards civil servants).
    var handoverDecisions = [Int](repeating: 0, count: RequestKind.count)
    var handoverAcceptances = [Int](repeating: 0, count: RequestKind.count)
    /// Decisions and acceptances at the home department vs other departments.
    var homeDecisions = 0, homeAcceptances = 0
    var otherDecisions = 0, otherAcceptances = 0
    var misrouted = 0
    var handovers = 0
    var refusals = 0
    var escalationsAttempted = 0
    var escalationsSuccessful = 0
    var escalationOpportunities = 0
    var strandedNoOwner = 0
    var contactsByConnectors = 0
    var contactsByDepartments = 0
    var conflictsPrevented = 0
    var conflictsFromPlans = 0
    var councilDecisions = 0
    var councilApprovals = 0
    var vacancyWeeks = 0
    var connectorHoursAvailable = 0.0
    var connectorHoursUsed = 0.0
    var departmentHoursAvailable = 0.0
    var departmentHoursUsed = 0.0
    var trustGainSum = 0.0, trustGainCount = 0
    var trustLossSum = 0.0, trustLossCount = 0
    /// Trust change summed over resolved requests of the connector route and of the general channel/app.
    var connectorTrustDelta = 0.0, connectorTrustCount = 0
    var generalTrustDelta = 0.0, generalTrustCount = 0
    /// This week's counts for the weekly series.
    var weekRaised = 0, weekConnected = 0, weekResolved = 0, weekEscalations = 0
    var weekRouteConnected = 0, weekRouteResolved = 0

    init(weeks: Int) {
        timeHistogram = Array(repeating: Array(repeating: 0, count: weeks + 1), count: RequestKind.count)
    }

    func outcomeCount(_ kind: Int, _ outcome: Outcome) -> Int { outcomes[kind * 4 + outcome.rawValue] }
}
