/// The scalar metrics: one value per replicate, in `runs.csv` and `summary.csv`.
///
/// **The one place a scalar metric is declared.** The column order of `runs.csv` and
/// `summary.csv` is the order of this list, each family expanded in place
/// (``MetricDeclaration``); the table of `docs/ODD.md` §5.2 is rendered from it
/// (``MetricTable``). Definitions follow the counting rules of ODD §5.1: request metrics
/// count counted requests (raised after the warm-up), event metrics events in recorded weeks.
/// Append a metric at the end: inserting one earlier moves the columns after it, which
/// scripts that read columns by position would notice.
extension MetricCatalog {
    /// Scalar metric declarations, in column order.
    static let scalarDeclarations: [MetricDeclaration] = [
        .perKind("raised_{kind}", .requests, "counted requests raised (resident asks and call-ins)") {
            Double($0.raised($1))
        },
        .perKind("connected_{kind}", .requests, "counted requests closed `connected`") {
            Double($0.count(.connected, $1))
        },
        .perKind("declined_{kind}", .requests, "counted requests closed `declined` (explained no)") {
            Double($0.count(.declined, $1))
        },
        .perKind("stranded_{kind}", .requests, "counted requests closed `stranded`") {
            Double($0.count(.stranded, $1))
        },
        .perKind("abandoned_{kind}", .requests, "counted requests closed `abandoned`") {
            Double($0.count(.abandoned, $1))
        },
        .perKind("untouched_{kind}", .requests, "counted requests open at the end that were never touched") {
            Double($0.count(.untouched, $1))
        },
        .perKind("in_progress_{kind}", .requests, """
            `raised − connected − declined − stranded − abandoned − untouched` (open at the end and touched)
            """) {
            Double($0.count(.inProgress, $1))
        },
        .perKind("connection_rate_{kind}", .fraction, """
            `connected / raised` — **connection success**; the denominator includes requests still open at the end
            """) {
            $0.ratio($0.count(.connected, $1), $0.raised($1))
        },
        .perKind("clear_answer_rate_{kind}", .fraction, "`(connected + declined) / raised`") {
            $0.ratio($0.count(.connected, $1) + $0.count(.declined, $1), $0.raised($1))
        },
        .perKind("time_to_result_mean_{kind}", .weeks, """
            mean of `w = (closing week − raised week)` over counted **connected** requests, in whole weeks \
            (capped at `T`); from a per-week histogram; NaN if none connected
            """) {
            $0.timeToResultMean($1)
        },
        .perKind("time_to_result_median_{kind}", .weeks, """
            smallest `w` with cumulative count ≥ 0.5 · N (inverse empirical CDF on whole weeks) over the same requests
            """) {
            $0.timeToResultQuantile(0.5, $1)
        },
        .perKind("time_to_result_p90_{kind}", .weeks, "smallest `w` with cumulative count ≥ 0.9 · N") {
            $0.timeToResultQuantile(0.9, $1)
        },
        MetricDeclaration("connection_rate_{departments}", .fraction, """
            `connected / closed` among counted **closed** requests (all routes, call-ins included), grouped by \
            the number of departments needed *at closing* (0, 1, 2, ≥ 3). The denominator is closed requests \
            (connected + declined + stranded + abandoned), not raised. A request that needed none but was \
            forwarded to one department (general channel or app, misrouted, or a failed direct settlement) \
            counts under 1.
            """, axes: [.departments]) {
            $0.ratio($0.tally.connectedByDepartments[$1[0]], $0.tally.resolvedByDepartments[$1[0]])
        },
        MetricDeclaration("{role}_success_{direction}", .fraction, """
            `towards_residents`: `connected / closed` among counted closed requests of the role's kind on the \
            connector route that are not call-ins (misrouted ones are excluded: they left the connector route); \
            `towards_civil_servants`: `acceptances / decisions` of departments on connector-route requests of the \
            role's kind, one per department decision (a joint decision with an owner counts once for each open \
            department), decisions taken in recorded weeks
            """, axes: [.role, .direction]) { inputs, positions in
            let (kind, t) = (positions[0], inputs.tally)
            return positions[1] == 0
                ? inputs.ratio(t.connectorRouteConnected[kind], t.connectorRouteResolved[kind])
                : inputs.ratio(t.handoverAcceptances[kind], t.handoverDecisions[kind])
        },
        MetricDeclaration("connector_route_connection_rate", .fraction, """
            `Σ connected / Σ closed` over the four kinds of the "towards residents" set
            """) {
            $0.ratio($0.tally.connectorRouteConnected.reduce(0, +), $0.tally.connectorRouteResolved.reduce(0, +))
        },
        MetricDeclaration("general_channel_connection_rate", .fraction, """
            `connected / closed` among counted closed requests whose final route is general or app (including \
            misrouted requests and call-ins made while no connector was in post)
            """) {
            $0.ratio($0.tally.generalConnected, $0.tally.generalResolved)
        },
        MetricDeclaration("connector_backlog_end", .requests, """
            Σ over connectors of `backlog`: open requests waiting for intake at the end (including one partly \
            worked on at the head of a queue; requests that closed while queued, e.g. abandoned, are not counted \
            even if their stale entry is still in the queue)
            """) {
            Double($0.connectorBacklog)
        },
        MetricDeclaration("connector_utilisation", .fraction, """
            `hours used / hours available` over recorded weeks. Available: `hoursPerWeek` of each connector in \
            post each week. Used: follow-up hours spent + intake hours worked + consult hours taken from the week \
            (at most `consultHours` per consult, at most what was left)
            """) {
            $0.ratio($0.tally.connectorHoursUsed, $0.tally.connectorHoursAvailable)
        },
        MetricDeclaration("department_utilisation", .fraction, """
            `hours worked / Σ hoursPerWeek` over recorded weeks and departments
            """) {
            $0.ratio($0.tally.departmentHoursUsed, $0.tally.departmentHoursAvailable)
        },
        MetricDeclaration("misrouted_requests", .requests, "counted requests whose intake completed as misrouted") {
            Double($0.tally.misrouted)
        },
        MetricDeclaration("handovers", .events, "hand-overs of connector-route requests to departments in recorded weeks") {
            Double($0.tally.handovers)
        },
        MetricDeclaration("refusals", .requests, """
            counted requests with at least one refusing department at their decision (any route)
            """) {
            Double($0.tally.refusals)
        },
        MetricDeclaration("escalations_attempted", .events, """
            escalations started in recorded weeks (after refusal or after stall)
            """) {
            Double($0.tally.escalationsAttempted)
        },
        MetricDeclaration("escalations_successful", .events, """
            escalations attempted in recorded weeks that took effect successfully (§3.4.18)
            """) {
            Double($0.tally.escalationsSuccessful)
        },
        MetricDeclaration("escalation_rate", .fraction, """
            `escalations_attempted / escalation opportunities`; an opportunity is a call of the escalation \
            decision with the connector in post in a recorded week: a refusal of a never-escalated \
            connector-route request, or a never-escalated connector-route request with accepted work still \
            waiting exactly `stallWeeks` weeks after the departments' decision (§3.4.19)
            """) {
            $0.ratio($0.tally.escalationsAttempted, $0.tally.escalationOpportunities)
        },
        MetricDeclaration("escalated_compliance_rate", .fraction, """
            `escalations_successful / escalations_attempted`; escalations that lapsed because the request closed \
            before they were due are in the denominator
            """) {
            $0.ratio($0.tally.escalationsSuccessful, $0.tally.escalationsAttempted)
        },
        MetricDeclaration("stranded_no_owner", .requests, """
            counted connector-route requests needing ≥ 2 departments without an owner that were given up (stranded)
            """) {
            Double($0.tally.strandedNoOwner)
        },
        MetricDeclaration("contacts_by_connectors", .events, """
            `Σ |needed|` over connector-route hand-overs in recorded weeks (one contact per department asked)
            """) {
            Double($0.tally.contactsByConnectors)
        },
        MetricDeclaration("contacts_by_departments", .events, """
            consults on plans + call-ins raised while a connector was in post, in recorded weeks
            """) {
            Double($0.tally.contactsByDepartments)
        },
        MetricDeclaration("conflicts_prevented", .events, """
            plans whose resistance an early consult prevented, in recorded weeks
            """) {
            Double($0.tally.conflictsPrevented)
        },
        MetricDeclaration("conflicts_from_plans", .requests, """
            conflict requests raised from plans (with or without a connector), in recorded weeks
            """) {
            Double($0.tally.conflictsFromPlans)
        },
        MetricDeclaration("home_department_acceptance", .fraction, """
            `acceptances / decisions` on connector-route requests by the connector's home department, recorded weeks
            """) {
            $0.ratio($0.tally.homeAcceptances, $0.tally.homeDecisions)
        },
        MetricDeclaration("other_department_acceptance", .fraction, "the same for all other departments") {
            $0.ratio($0.tally.otherAcceptances, $0.tally.otherDecisions)
        },
        MetricDeclaration("mean_trust", .trust, """
            mean trust over all residents at the end (the running sum, clamped to [0, 1] against rounding drift: \
            with every trust at 0 it could read −1e−17)
            """) {
            $0.meanTrust
        },
        MetricDeclaration("sd_trust", .trust, """
            sample standard deviation (n − 1) of trust over all residents at the end (from running sums)
            """) {
            $0.sdTrust
        },
        MetricDeclaration("trust_change", .trustDifference, """
            `mean_trust` (clamped) at the end − mean trust at initialisation (week 0, before any warm-up)
            """) {
            $0.meanTrust - $0.initialMeanTrust
        },
        MetricDeclaration("mean_trust_gain_per_success", .trustDifference, """
            `Σ trust change at closing / number of closings`, over counted requests closed `connected` (any \
            route; contact gains at intake are not included)
            """) {
            $0.ratio($0.tally.trustGainSum, Double($0.tally.trustGainCount))
        },
        MetricDeclaration("mean_trust_loss_per_failure", .trustDifference, """
            `Σ trust decreases / number of stranded or abandoned closings`, counted requests
            """) {
            $0.ratio($0.tally.trustLossSum, Double($0.tally.trustLossCount))
        },
        MetricDeclaration("aware_share", .fraction, "share of residents aware of a connector at the end") {
            $0.awareShare
        },
        MetricDeclaration("mean_department_awareness", .level, """
            mean department awareness at the end (moved by the transition manager, publicity and the \
            reinforcing loop, §3.4.3, §3.4.20)
            """) {
            $0.meanDepartmentAwareness
        },
        MetricDeclaration("council_decisions", .events, """
            initiatives the college decided on (funded and reaching the approval draw), recorded weeks
            """) {
            Double($0.tally.councilDecisions)
        },
        MetricDeclaration("council_approvals", .events, "of these, approved and not vetoed") {
            Double($0.tally.councilApprovals)
        },
        MetricDeclaration("vacancy_weeks", .connectorWeeks, """
            connector-weeks in which a started post was vacant, recorded weeks (not counted under the \
            no-connectors counterfactual)
            """) {
            Double($0.tally.vacancyWeeks)
        },
        MetricDeclaration("trust_change_per_connector_request", .trustDifference, """
            (`Σ` trust change at closing of counted connector-route non-call-in requests `+ Σ` contact gains of \
            counted non-call-in requests at first intake) `/` number of closed counted connector-route \
            non-call-in requests. (Contact gains of requests still open at the end are in the numerator only.)
            """) {
            $0.ratio($0.tally.connectorTrustDelta, Double($0.tally.connectorTrustCount))
        },
        MetricDeclaration("trust_change_per_general_request", .trustDifference, """
            `Σ` trust change at closing `/` number of closed counted requests with final route general or app
            """) {
            $0.ratio($0.tally.generalTrustDelta, Double($0.tally.generalTrustCount))
        },
        .perKind("abandoned_in_queue_{kind}", .requests, """
            of `abandoned_{kind}`, those abandoned before anyone took them up: still waiting for a connector's \
            intake (never touched), or, on the general channel and the app, for the departments' first decision \
            (nothing accepted yet). Next to `untouched_{kind}` (never touched and still open at the end)
            """) { inputs, kinds in
            Double(kinds.reduce(0) { $0 + inputs.tally.abandonedInQueue[$1] })
        },
        .perKind("connection_rate_cohort_{kind}", .fraction, """
            `connected / raised` among the *cohort*: counted requests raised in a week that leaves at least the \
            mean patience of their kind (`⌈residents.patienceWeeks[kind]⌉` weeks) before the end of the run, so \
            that the horizon does not cut them off; NaN if none
            """) { inputs, kinds in
            inputs.ratio(kinds.reduce(0) { $0 + inputs.tally.cohortConnected[$1] },
                         kinds.reduce(0) { $0 + inputs.tally.cohortRaised[$1] })
        },
        .perKind("connected_connector_{kind}", .requests, """
            counted requests closed `connected` whose final route is `connector`, not call-ins (flow \
            `connector`, §5.1); the three `connected_{flow}_{kind}` families add up to `connected_{kind}`
            """) {
            $0.connectedByFlow(.connector, $1)
        },
        .perKind("connected_general_{kind}", .requests, """
            counted requests closed `connected` whose final route is `general` or `app`, not call-ins (flow `general`)
            """) {
            $0.connectedByFlow(.general, $1)
        },
        .perKind("connected_reverse_{kind}", .requests, """
            counted call-ins (`fromDepartment`, any route) closed `connected` (flow `reverse`)
            """) {
            $0.connectedByFlow(.reverse, $1)
        },
        MetricDeclaration("mean_trust_askers", .trust, """
            mean trust at the end over the residents who raised at least one counted request (own ask or \
            call-in); NaN if nobody did. Unlike `mean_trust` it leaves out the residents who never asked
            """) {
            $0.meanTrustOfAskers
        },
        MetricDeclaration("connector_hours_used", .hours, """
            connector hours used in recorded weeks, summed over connectors (the numerator of `connector_utilisation`)
            """) {
            $0.tally.connectorHoursUsed
        },
        MetricDeclaration("department_hours_used", .hours, """
            department hours worked in recorded weeks, summed over departments (the numerator of \
            `department_utilisation`)
            """) {
            $0.tally.departmentHoursUsed
        },
    ]
}
