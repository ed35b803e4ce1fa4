/// The names of every metric a replicate reports, in column order.
///
/// Scalar metrics are one value per replicate (`runs.csv`, `summary.csv`);
/// weekly metrics are one value per recorded week (`timeseries.csv`).
/// Names are snake_case and stable: scripts in R, Python or Excel rely on them.
/// Rates are fractions in [0, 1]; times are in weeks; hours are hours.
public enum MetricCatalog {
    /// Scalar metric names; index with the `Scalar` offsets below.
    public static let scalarNames: [String] = makeScalarNames()
    /// Weekly metric names; index with ``Weekly``.
    public static let weeklyNames: [String] = Weekly.allCases.map(\.name)

    /// Index of `raised` for kind `k` (4 = all kinds).
    public static func raised(_ k: Int) -> Int { Scalar.raisedBase + k }
    /// Index of outcome `o` count for kind `k` (4 = all kinds).
    public static func count(_ o: Outcome, _ k: Int) -> Int { Scalar.outcomeBase + o.rawValue * 5 + k }
    /// Index of the connection rate for kind `k` (4 = all kinds).
    public static func connectionRate(_ k: Int) -> Int { Scalar.connectionRateBase + k }
    /// Index of the clear-answer rate for kind `k` (4 = all kinds).
    public static func clearAnswerRate(_ k: Int) -> Int { Scalar.clearAnswerRateBase + k }
    /// Index of time-to-result statistic `stat` (0 mean, 1 median, 2 p90) for kind `k`.
    public static func timeToResult(_ stat: Int, _ k: Int) -> Int { Scalar.timeBase + stat * 5 + k }
    /// Index of connection rate of requests needing `d` departments (0...3; 3 = three or more).
    public static func connectionRateByDepartments(_ d: Int) -> Int { Scalar.byDepartmentsBase + d }
    /// Index of the role × direction success cell; direction 0 = towards residents, 1 = towards civil servants.
    public static func roleSuccess(_ kind: Int, direction: Int) -> Int { Scalar.roleBase + kind * 2 + direction }

    /// Fixed offsets into ``scalarNames``.
    public enum Scalar {
        static let kindSlots = 5
        public static let raisedBase = 0
        public static let outcomeBase = raisedBase + kindSlots
        public static let connectionRateBase = outcomeBase + Outcome.count * kindSlots
        public static let clearAnswerRateBase = connectionRateBase + kindSlots
        public static let timeBase = clearAnswerRateBase + kindSlots
        public static let byDepartmentsBase = timeBase + 3 * kindSlots
        public static let roleBase = byDepartmentsBase + 4
        public static let otherBase = roleBase + 8
        public static let connectorRouteConnectionRate = otherBase + 0
        public static let generalChannelConnectionRate = otherBase + 1
        public static let connectorBacklogEnd = otherBase + 2
        public static let connectorUtilisation = otherBase + 3
        public static let departmentUtilisation = otherBase + 4
        public static let misroutedRequests = otherBase + 5
        public static let handovers = otherBase + 6
        public static let refusals = otherBase + 7
        public static let escalationsAttempted = otherBase + 8
        public static let escalationsSuccessful = otherBase + 9
        public static let escalationRate = otherBase + 10
        public static let escalatedComplianceRate = otherBase + 11
        public static let strandedNoOwner = otherBase + 12
        public static let contactsByConnectors = otherBase + 13
        public static let contactsByDepartments = otherBase + 14
        public static let conflictsPrevented = otherBase + 15
        public static let conflictsFromPlans = otherBase + 16
        public static let homeDepartmentAcceptance = otherBase + 17
        public static let otherDepartmentAcceptance = otherBase + 18
        public static let meanTrust = otherBase + 19
        public static let sdTrust = otherBase + 20
        public static let trustChange = otherBase + 21
        public static let meanTrustGainPerSuccess = otherBase + 22
        public static let meanTrustLossPerFailure = otherBase + 23
        public static let awareShare = otherBase + 24
        public static let meanDepartmentAwareness = otherBase + 25
        public static let councilDecisions = otherBase + 26
        public static let councilApprovals = otherBase + 27
        public static let vacancyWeeks = otherBase + 28
        public static let trustChangePerConnectorRequest = otherBase + 29
        public static let trustChangePerGeneralRequest = otherBase + 30
        public static let count = otherBase + 31
    }

    /// Weekly metrics (one value per recorded week).
    public enum Weekly: Int, CaseIterable, Sendable {
        case raised = 0
        case connected
        case resolved
        case connectionRate
        case connectorRouteConnectionRate
        case cumulativeConnectionRate
        case untouchedOpen
        case inProgressOpen
        case connectorBacklog
        case departmentBacklogHours
        case meanTrust
        case awareShare
        case meanDepartmentAwareness
        case escalations

        /// snake_case column value in `timeseries.csv`.
        public var name: String {
            switch self {
            case .raised: "raised"
            case .connected: "connected"
            case .resolved: "resolved"
            case .connectionRate: "connection_rate"
            case .connectorRouteConnectionRate: "connector_route_connection_rate"
            case .cumulativeConnectionRate: "cumulative_connection_rate"
            case .untouchedOpen: "untouched_open"
            case .inProgressOpen: "in_progress_open"
            case .connectorBacklog: "connector_backlog"
            case .departmentBacklogHours: "department_backlog_hours"
            case .meanTrust: "mean_trust"
            case .awareShare: "aware_share"
            case .meanDepartmentAwareness: "mean_department_awareness"
            case .escalations: "escalations"
            }
        }
    }

    private static func makeScalarNames() -> [String] {
        let kinds = RequestKind.allCases.map(\.name) + ["all"]
        var names: [String] = []
        names += kinds.map { "raised_\($0)" }
        for outcome in Outcome.allCases { names += kinds.map { "\(outcome.name)_\($0)" } }
        names += kinds.map { "connection_rate_\($0)" }
        names += kinds.map { "clear_answer_rate_\($0)" }
        for stat in ["mean", "median", "p90"] { names += kinds.map { "time_to_result_\(stat)_\($0)" } }
        names += ["connection_rate_0_departments", "connection_rate_1_department",
                  "connection_rate_2_departments", "connection_rate_3plus_departments"]
        for kind in RequestKind.allCases {
            names += ["\(kind.roleName)_success_towards_residents", "\(kind.roleName)_success_towards_civil_servants"]
        }
        names += [
            "connector_route_connection_rate", "general_channel_connection_rate",
            "connector_backlog_end", "connector_utilisation", "department_utilisation",
            "misrouted_requests", "handovers", "refusals",
            "escalations_attempted", "escalations_successful", "escalation_rate", "escalated_compliance_rate",
            "stranded_no_owner", "contacts_by_connectors", "contacts_by_departments",
            "conflicts_prevented", "conflicts_from_plans",
            "home_department_acceptance", "other_department_acceptance",
            "mean_trust", "sd_trust", "trust_change",
            "mean_trust_gain_per_success", "mean_trust_loss_per_failure",
            "aware_share", "mean_department_awareness",
            "council_decisions", "council_approvals", "vacancy_weeks",
            "trust_change_per_connector_request", "trust_change_per_general_request",
        ]
        precondition(names.count == Scalar.count, "scalar name count \(names.count) != \(Scalar.count)")
        return names
    }
}
