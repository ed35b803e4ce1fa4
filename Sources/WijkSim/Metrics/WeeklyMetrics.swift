/// The weekly metrics: one value per recorded week, in `timeseries.csv`.
///
/// **The one place a weekly metric is declared.** The metric order of `timeseries.csv` and of
/// ``ReplicateResult/weekly`` rows is the order of this list; the table of `docs/ODD.md` §5.3
/// is rendered from it (``MetricTable``). Values are taken at the end of the week. "This week"
/// counts are the tally's week counters; the others are running totals or end-of-week states.
extension MetricCatalog {
    /// Weekly metric declarations, in column order (no families: each is one column).
    static let weeklyDeclarations: [MetricDeclaration] = [
        MetricDeclaration("raised", .requests, "counted requests raised this week") {
            Double($0.tally.weekRaised)
        },
        MetricDeclaration("connected", .requests, "counted requests connected this week") {
            Double($0.tally.weekConnected)
        },
        MetricDeclaration("resolved", .requests, "counted requests closed this week (any terminal outcome)") {
            Double($0.tally.weekResolved)
        },
        MetricDeclaration("connection_rate", .fraction, """
            `connected / resolved` this week (NaN if none closed) — a flow measure, not `connection_rate_all`
            """) {
            $0.ratio($0.tally.weekConnected, $0.tally.weekResolved)
        },
        MetricDeclaration("connector_route_connection_rate", .fraction, """
            the same, restricted to counted connector-route requests that are not call-ins (the "towards \
            residents" set of §5.2)
            """) {
            $0.ratio($0.tally.weekRouteConnected, $0.tally.weekRouteResolved)
        },
        MetricDeclaration("cumulative_connection_rate", .fraction, "counted connected so far / counted raised so far") {
            $0.ratio($0.count(.connected, 0..<RequestKind.count), $0.raised(0..<RequestKind.count))
        },
        MetricDeclaration("untouched_open", .requests, "counted open requests never touched") {
            Double($0.count(.untouched, 0..<RequestKind.count))
        },
        MetricDeclaration("in_progress_open", .requests, "counted open requests touched") {
            Double($0.count(.inProgress, 0..<RequestKind.count))
        },
        MetricDeclaration("connector_backlog", .requests, """
            open requests waiting for intake, all connectors (as `connector_backlog_end`)
            """) {
            Double($0.connectorBacklog)
        },
        MetricDeclaration("department_backlog_hours", .hours, """
            Σ `backlogHours` over departments: queued department hours (tasks of closed requests not yet \
            skipped included, §3.4.16)
            """) {
            $0.departmentBacklogHours
        },
        MetricDeclaration("mean_trust", .trust, "mean resident trust (clamped to [0, 1], as the scalar)") {
            $0.meanTrust
        },
        MetricDeclaration("aware_share", .fraction, "share of residents aware") {
            $0.awareShare
        },
        MetricDeclaration("mean_department_awareness", .level, "mean department awareness") {
            $0.meanDepartmentAwareness
        },
        MetricDeclaration("escalations", .events, "escalations started this week") {
            Double($0.tally.weekEscalations)
        },
    ]
}
