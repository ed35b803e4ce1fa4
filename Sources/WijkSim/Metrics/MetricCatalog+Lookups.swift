/// Named indices of the metrics that code reads by meaning (reports, comparisons, tests).
///
/// Each is looked up once, by name, in the declared columns: a lookup cannot point at another
/// metric's column, and one whose name is not declared traps on first use. A new metric needs
/// no entry here unless code reads it by meaning.
extension MetricCatalog {
    /// Index of `raised` for kind slot `k` (position on ``MetricAxis/kind``; 4 = all kinds).
    public static func raised(_ k: Int) -> Int { Families.raised[k] }
    /// Index of outcome `o`'s count for kind slot `k` (4 = all kinds).
    public static func count(_ o: Outcome, _ k: Int) -> Int { Families.outcomes[o.rawValue][k] }
    /// Index of the connection rate for kind slot `k` (4 = all kinds).
    public static func connectionRate(_ k: Int) -> Int { Families.connectionRate[k] }
    /// Index of the clear-answer rate for kind slot `k` (4 = all kinds).
    public static func clearAnswerRate(_ k: Int) -> Int { Families.clearAnswerRate[k] }
    /// Index of time-to-result statistic `stat` (0 mean, 1 median, 2 p90) for kind slot `k`.
    public static func timeToResult(_ stat: Int, _ k: Int) -> Int { Families.timeToResult[stat][k] }
    /// Index of the abandoned-in-queue count for kind slot `k` (4 = all kinds).
    public static func abandonedInQueue(_ k: Int) -> Int { Families.abandonedInQueue[k] }
    /// Index of the cohort connection rate for kind slot `k` (4 = all kinds).
    public static func cohortConnectionRate(_ k: Int) -> Int { Families.cohortConnectionRate[k] }
    /// Index of the connection rate of requests needing `d` departments (0...3; 3 = three or more).
    public static func connectionRateByDepartments(_ d: Int) -> Int { Families.byDepartments[d] }
    /// Index of the role × direction success cell of kind `kind`'s role; direction 0 = towards
    /// residents, 1 = towards civil servants.
    public static func roleSuccess(_ kind: Int, direction: Int) -> Int {
        Families.roleSuccess[kind * MetricAxis.direction.labels.count + direction]
    }

    /// Column indices of the families above, found once by pattern.
    private enum Families {
        static let raised = scalarIndices(ofFamily: "raised_{kind}")
        static let outcomes = Outcome.allCases.map { scalarIndices(ofFamily: "\($0.name)_{kind}") }
        static let connectionRate = scalarIndices(ofFamily: "connection_rate_{kind}")
        static let clearAnswerRate = scalarIndices(ofFamily: "clear_answer_rate_{kind}")
        static let timeToResult = ["mean", "median", "p90"].map { scalarIndices(ofFamily: "time_to_result_\($0)_{kind}") }
        static let byDepartments = scalarIndices(ofFamily: "connection_rate_{departments}")
        static let abandonedInQueue = scalarIndices(ofFamily: "abandoned_in_queue_{kind}")
        static let cohortConnectionRate = scalarIndices(ofFamily: "connection_rate_cohort_{kind}")
        /// Role-major: the first axis of `{role}_success_{direction}` is outermost.
        static let roleSuccess = scalarIndices(ofFamily: "{role}_success_{direction}")
    }

    /// Indices in ``scalarNames`` of single scalar metrics that code reads by meaning.
    public enum Scalar {
        public static let connectorRouteConnectionRate = scalarIndex(named: "connector_route_connection_rate")
        public static let generalChannelConnectionRate = scalarIndex(named: "general_channel_connection_rate")
        public static let connectorBacklogEnd = scalarIndex(named: "connector_backlog_end")
        public static let connectorUtilisation = scalarIndex(named: "connector_utilisation")
        public static let departmentUtilisation = scalarIndex(named: "department_utilisation")
        public static let escalationsAttempted = scalarIndex(named: "escalations_attempted")
        public static let escalationsSuccessful = scalarIndex(named: "escalations_successful")
        public static let escalationRate = scalarIndex(named: "escalation_rate")
        public static let escalatedComplianceRate = scalarIndex(named: "escalated_compliance_rate")
        public static let contactsByConnectors = scalarIndex(named: "contacts_by_connectors")
        public static let contactsByDepartments = scalarIndex(named: "contacts_by_departments")
        public static let conflictsPrevented = scalarIndex(named: "conflicts_prevented")
        public static let conflictsFromPlans = scalarIndex(named: "conflicts_from_plans")
        public static let homeDepartmentAcceptance = scalarIndex(named: "home_department_acceptance")
        public static let otherDepartmentAcceptance = scalarIndex(named: "other_department_acceptance")
        public static let meanTrust = scalarIndex(named: "mean_trust")
        public static let sdTrust = scalarIndex(named: "sd_trust")
        public static let trustChange = scalarIndex(named: "trust_change")
        public static let meanTrustGainPerSuccess = scalarIndex(named: "mean_trust_gain_per_success")
        public static let meanTrustLossPerFailure = scalarIndex(named: "mean_trust_loss_per_failure")
        public static let awareShare = scalarIndex(named: "aware_share")
        public static let meanDepartmentAwareness = scalarIndex(named: "mean_department_awareness")
        public static let councilDecisions = scalarIndex(named: "council_decisions")
        public static let councilApprovals = scalarIndex(named: "council_approvals")
        public static let trustChangePerConnectorRequest = scalarIndex(named: "trust_change_per_connector_request")
        public static let trustChangePerGeneralRequest = scalarIndex(named: "trust_change_per_general_request")
    }

    /// A weekly metric, by its index in ``weeklyNames`` (its position in a row of
    /// ``ReplicateResult/weekly``); the named ones are those code reads by meaning.
    public struct Weekly: Sendable, Hashable {
        /// Index in ``MetricCatalog/weeklyNames``.
        public let rawValue: Int

        /// The weekly metric called `name`; traps if none is declared.
        public init(named name: String) { rawValue = MetricCatalog.weeklyIndex(named: name) }
        private init(index: Int) { rawValue = index }

        /// Every weekly metric, in column order.
        public static let allCases: [Weekly] = weeklyNames.indices.map(Weekly.init(index:))

        /// snake_case metric value in `timeseries.csv`.
        public var name: String { MetricCatalog.weeklyNames[rawValue] }

        public static let raised = Weekly(named: "raised")
        public static let connected = Weekly(named: "connected")
        public static let resolved = Weekly(named: "resolved")
        public static let connectionRate = Weekly(named: "connection_rate")
        public static let connectorRouteConnectionRate = Weekly(named: "connector_route_connection_rate")
        public static let cumulativeConnectionRate = Weekly(named: "cumulative_connection_rate")
        public static let untouchedOpen = Weekly(named: "untouched_open")
        public static let inProgressOpen = Weekly(named: "in_progress_open")
        public static let connectorBacklog = Weekly(named: "connector_backlog")
        public static let departmentBacklogHours = Weekly(named: "department_backlog_hours")
        public static let meanTrust = Weekly(named: "mean_trust")
        public static let awareShare = Weekly(named: "aware_share")
        public static let meanDepartmentAwareness = Weekly(named: "mean_department_awareness")
        public static let escalations = Weekly(named: "escalations")
    }
}
