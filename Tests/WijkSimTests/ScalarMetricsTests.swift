import Testing
@testable import WijkSim

/// Every scalar metric's value appears under its own name (issue 7: "a test fails when a name
/// and its value could drift apart").
///
/// The expected values are written here a second time, by name, straight from the tally's
/// fields, and the hand-built inputs give every metric a value no other metric has. So this
/// fails when an accessor reads the wrong counter, when two declarations swap accessors or
/// names, and when a name is paired with a neighbour's value.
@Suite("Scalar metrics: each name carries its own value")
struct ScalarMetricsTests {
    static let kinds = ["question", "signal", "initiative", "conflict", "all"]
    static let roles = ["fixer", "bridge_builder", "entrepreneur", "mediator"]

    /// The expected value of every scalar metric for `inputs`, by name, computed without the
    /// declarations' accessors or ``MetricInputs``' helpers.
    static func expected(_ inputs: MetricInputs) -> [(String, Double)] {
        let t = inputs.tally
        func rate(_ a: Int, _ b: Int) -> Double { Double(a) / Double(b) }
        var values: [(String, Double)] = []
        var perKind: [String: [Double]] = [:]
        for slot in kinds.indices {
            let pooled = slot == 4 ? Array(0..<4) : [slot]
            func sum(_ field: (Int) -> Int) -> Int { pooled.reduce(0) { $0 + field($1) } }
            let raised = sum { t.raised[$0] }
            let outcome = (0..<4).map { o in sum { t.outcomes[$0 * 4 + o] } }
            let untouched = sum { t.untouchedOpen[$0] }
            var weeks: [Int] = []
            for k in pooled { for (w, n) in t.timeHistogram[k].enumerated() { weeks += Array(repeating: w, count: n) } }
            weeks.sort()
            func quantile(_ q: Double) -> Double { Double(weeks[Int((q * Double(weeks.count)).rounded(.up)) - 1]) }
            let row: [(String, Double)] = [
                ("raised", Double(raised)), ("connected", Double(outcome[0])), ("declined", Double(outcome[1])),
                ("stranded", Double(outcome[2])), ("abandoned", Double(outcome[3])), ("untouched", Double(untouched)),
                ("in_progress", Double(raised - outcome.reduce(0, +) - untouched)),
                ("connection_rate", rate(outcome[0], raised)), ("clear_answer_rate", rate(outcome[0] + outcome[1], raised)),
                ("time_to_result_mean", Double(weeks.reduce(0, +)) / Double(weeks.count)),
                ("time_to_result_median", quantile(0.5)), ("time_to_result_p90", quantile(0.9)),
            ]
            for (stem, value) in row { perKind[stem, default: []].append(value) }
        }
        for stem in ["raised", "connected", "declined", "stranded", "abandoned", "untouched", "in_progress",
                     "connection_rate", "clear_answer_rate", "time_to_result_mean", "time_to_result_median",
                     "time_to_result_p90"] {
            values += zip(kinds, perKind[stem]!).map { ("\(stem)_\($0)", $1) }
        }
        values += zip(["0_departments", "1_department", "2_departments", "3plus_departments"], 0..<4).map {
            ("connection_rate_\($0)", rate(t.connectedByDepartments[$1], t.resolvedByDepartments[$1]))
        }
        for (kind, role) in roles.enumerated() {
            values.append(("\(role)_success_towards_residents", rate(t.connectorRouteConnected[kind], t.connectorRouteResolved[kind])))
            values.append(("\(role)_success_towards_civil_servants", rate(t.handoverAcceptances[kind], t.handoverDecisions[kind])))
        }
        let n = Double(inputs.residentCount), mean = inputs.trustSum / n
        values += [
            ("connector_route_connection_rate", rate(t.connectorRouteConnected.reduce(0, +), t.connectorRouteResolved.reduce(0, +))),
            ("general_channel_connection_rate", rate(t.generalConnected, t.generalResolved)),
            ("connector_backlog_end", Double(inputs.connectorBacklog)),
            ("connector_utilisation", t.connectorHoursUsed / t.connectorHoursAvailable),
            ("department_utilisation", t.departmentHoursUsed / t.departmentHoursAvailable),
            ("misrouted_requests", Double(t.misrouted)),
            ("handovers", Double(t.handovers)),
            ("refusals", Double(t.refusals)),
            ("escalations_attempted", Double(t.escalationsAttempted)),
            ("escalations_successful", Double(t.escalationsSuccessful)),
            ("escalation_rate", rate(t.escalationsAttempted, t.escalationOpportunities)),
            ("escalated_compliance_rate", rate(t.escalationsSuccessful, t.escalationsAttempted)),
            ("stranded_no_owner", Double(t.strandedNoOwner)),
            ("contacts_by_connectors", Double(t.contactsByConnectors)),
            ("contacts_by_departments", Double(t.contactsByDepartments)),
            ("conflicts_prevented", Double(t.conflictsPrevented)),
            ("conflicts_from_plans", Double(t.conflictsFromPlans)),
            ("home_department_acceptance", rate(t.homeAcceptances, t.homeDecisions)),
            ("other_department_acceptance", rate(t.otherAcceptances, t.otherDecisions)),
            ("mean_trust", mean),
            ("sd_trust", ((inputs.trustSquareSum - n * mean * mean) / (n - 1)).squareRoot()),
            ("trust_change", mean - inputs.initialMeanTrust),
            ("mean_trust_gain_per_success", t.trustGainSum / Double(t.trustGainCount)),
            ("mean_trust_loss_per_failure", t.trustLossSum / Double(t.trustLossCount)),
            ("aware_share", Double(inputs.awareCount) / n),
            ("mean_department_awareness", inputs.meanDepartmentAwareness),
            ("council_decisions", Double(t.councilDecisions)),
            ("council_approvals", Double(t.councilApprovals)),
            ("vacancy_weeks", Double(t.vacancyWeeks)),
            ("trust_change_per_connector_request", t.connectorTrustDelta / Double(t.connectorTrustCount)),
            ("trust_change_per_general_request", t.generalTrustDelta / Double(t.generalTrustCount)),
        ]
        for slot in kinds.indices {
            let pooled = slot == 4 ? Array(0..<4) : [slot]
            values.append(("abandoned_in_queue_\(kinds[slot])", Double(pooled.reduce(0) { $0 + t.abandonedInQueue[$1] })))
            values.append(("connection_rate_cohort_\(kinds[slot])",
                           rate(pooled.reduce(0) { $0 + t.cohortConnected[$1] }, pooled.reduce(0) { $0 + t.cohortRaised[$1] })))
        }
        for (flow, name) in ["connector", "general", "reverse"].enumerated() {
            let counts = (0..<4).map { Double(t.connectedByFlow[flow * 4 + $0]) }
            values += zip(kinds, counts + [counts.reduce(0, +)]).map { ("connected_\(name)_\($0)", $1) }
        }
        values += [
            ("mean_trust_askers", inputs.askerTrustSum / Double(inputs.askerCount)),
            ("connector_hours_used", t.connectorHoursUsed),
            ("department_hours_used", t.departmentHoursUsed),
        ]
        return values
    }

    /// Catches: an accessor reading the wrong counter (`refusals` reading `tally.handovers`), two
    /// declarations that swapped names or accessors, a family expanding its labels in another
    /// order than its accessor reads them (`connected_signal` holding the question count).
    @Test("each scalar metric's value, looked up by its name, is the expected one")
    func valuesSitUnderTheirNames() {
        let inputs = MetricInputsSample.make()
        let expected = Self.expected(inputs)
        let values = MetricCatalog.scalarValues(inputs)
        #expect(values.count == MetricCatalog.scalarNames.count)
        for (name, value) in zip(MetricCatalog.scalarNames, values) {
            guard let want = expected.first(where: { $0.0 == name })?.1 else { continue }
            #expect(abs(value - want) <= 1e-12 * max(1, abs(want)), "\(name) = \(value), expected \(want)")
        }
    }

    /// Catches: a new metric declared without its expected value here (the test above would skip
    /// it), and an expected value whose metric was renamed or dropped.
    @Test("every declared scalar metric has an expected value here, and nothing else does")
    func expectationsCoverTheCatalog() {
        let named = Self.expected(MetricInputsSample.make()).map(\.0)
        #expect(named.sorted() == MetricCatalog.scalarNames.sorted(),
                "missing here: \(MetricCatalog.scalarNames.filter { !named.contains($0) }); not declared: \(named.filter { !MetricCatalog.scalarNames.contains($0) })")
    }

    /// Catches a sample in which two metrics agree: swapping their accessors would then go unseen.
    @Test("in the sample, no two scalar metrics have the same value")
    func sampleValuesAreDistinct() {
        let coincidences = MetricInputsSample.coincidences(Self.expected(MetricInputsSample.make()))
        #expect(coincidences.isEmpty, "\(coincidences)")
    }
}
