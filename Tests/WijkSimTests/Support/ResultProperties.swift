@testable import WijkSim

/// The properties every replicate result must have, as lists of broken ones (empty = all hold).
///
/// NA encoding: a metric that is not defined (a ratio with a zero denominator, the spread of
/// one resident's trust) is NaN in ``ReplicateResult`` and `NA` in the CSV files. A metric is
/// NaN **exactly** when its denominator, read from the run's ``Tally``, is zero; every other
/// value is finite. Infinity is never a valid value.
enum ResultProperties {
    typealias M = MetricCatalog
    typealias S = MetricCatalog.Scalar

    /// For each scalar metric, whether it must be NA (true) or finite (false), given the
    /// final tally and the number of residents. A metric not listed must always be finite,
    /// so a new ratio metric fails here until its denominator is named.
    static func scalarNA(tally t: Tally, residents: Int) -> [Bool] {
        var na = [Bool](repeating: false, count: M.scalarNames.count)
        let all = RequestKind.count
        for kind in 0...all {
            let kinds = kind == all ? Array(0..<all) : [kind]
            let raised = kinds.reduce(0) { $0 + t.raised[$1] }
            let connected = kinds.reduce(0) { $0 + t.outcomeCount($1, .connected) }
            na[M.connectionRate(kind)] = raised == 0
            na[M.clearAnswerRate(kind)] = raised == 0
            na[M.cohortConnectionRate(kind)] = kinds.reduce(0) { $0 + t.cohortRaised[$1] } == 0
            for stat in 0..<3 { na[M.timeToResult(stat, kind)] = connected == 0 }
        }
        for d in 0..<4 { na[M.connectionRateByDepartments(d)] = t.resolvedByDepartments[d] == 0 }
        for kind in 0..<all {
            na[M.roleSuccess(kind, direction: 0)] = t.connectorRouteResolved[kind] == 0
            na[M.roleSuccess(kind, direction: 1)] = t.handoverDecisions[kind] == 0
        }
        na[S.connectorRouteConnectionRate] = t.connectorRouteResolved.reduce(0, +) == 0
        na[S.generalChannelConnectionRate] = t.generalResolved == 0
        na[S.connectorUtilisation] = !(t.connectorHoursAvailable > 0)
        na[S.departmentUtilisation] = !(t.departmentHoursAvailable > 0)
        na[S.escalationRate] = t.escalationOpportunities == 0
        na[S.escalatedComplianceRate] = t.escalationsAttempted == 0
        na[S.homeDepartmentAcceptance] = t.homeDecisions == 0
        na[S.otherDepartmentAcceptance] = t.otherDecisions == 0
        na[S.meanTrust] = residents == 0
        na[S.trustChange] = residents == 0
        na[S.awareShare] = residents == 0
        na[S.sdTrust] = residents <= 1
        na[S.meanTrustGainPerSuccess] = t.trustGainCount == 0
        na[S.meanTrustLossPerFailure] = t.trustLossCount == 0
        na[S.trustChangePerConnectorRequest] = t.connectorTrustCount == 0
        na[S.trustChangePerGeneralRequest] = t.generalTrustCount == 0
        // Every counted request has a resident who raised it, so nobody asked exactly when none was raised.
        na[M.scalarNames.firstIndex(of: "mean_trust_askers")!] = t.raised.reduce(0, +) == 0
        return na
    }

    /// Scalars that are NaN where they must be finite, finite where they must be NA, or infinite.
    static func naProblems(_ result: ReplicateResult, expected: [Bool]) -> [String] {
        var problems: [String] = []
        for (index, value) in result.scalars.enumerated() {
            let name = M.scalarNames[index]
            if value.isInfinite { problems.append("\(name) is infinite") }
            if value.isNaN && !expected[index] { problems.append("\(name) is NaN but its denominator is not zero") }
            if !value.isNaN && expected[index] { problems.append("\(name) = \(value) but its denominator is zero (must be NA)") }
        }
        return problems
    }

    /// Weekly values: NaN exactly where the week's denominator is zero, never infinite.
    /// - Parameters:
    ///   - routeResolved: `tally.weekRouteResolved` of each recorded week.
    ///   - cumulativeRaised: raised requests (all kinds) up to and including each recorded week.
    static func weeklyNAProblems(_ result: ReplicateResult, routeResolved: [Int], cumulativeRaised: [Int]) -> [String] {
        typealias W = MetricCatalog.Weekly
        var problems: [String] = []
        for week in 0..<result.weeks {
            for metric in W.allCases {
                let value = result.weeklyValue(week: week, metric: metric.rawValue)
                let na: Bool
                switch metric {
                case .connectionRate: na = result.weeklyValue(week: week, metric: W.resolved.rawValue) == 0
                case .connectorRouteConnectionRate: na = routeResolved[week] == 0
                case .cumulativeConnectionRate: na = cumulativeRaised[week] == 0
                default: na = false
                }
                if value.isInfinite || value.isNaN != na {
                    problems.append("week \(week) \(metric.name) = \(value), expected \(na ? "NA" : "a finite value")")
                }
            }
        }
        return problems
    }

    /// Conservation and ranges of the scalar and weekly metrics (`residents`: the population, for the SD bound).
    static func rangeProblems(_ result: ReplicateResult, totalWeeks: Int, residents: Int) -> [String] {
        var problems: [String] = []
        let v = result.scalars
        func check(_ ok: Bool, _ message: @autoclosure () -> String) { if !ok { problems.append(message()) } }
        for kind in 0...RequestKind.count {
            let parts = Outcome.allCases.reduce(0) { $0 + v[M.count($1, kind)] }
            check(v[M.raised(kind)] == parts, "kind \(kind): raised \(v[M.raised(kind)]) != outcomes \(parts)")
        }
        for metric in [M.raised] + Outcome.allCases.map({ o in { M.count(o, $0) } }) {
            let sum = (0..<RequestKind.count).reduce(0) { $0 + v[metric($1)] }
            check(v[metric(RequestKind.count)] == sum, "\(M.scalarNames[metric(RequestKind.count)]) != sum over kinds \(sum)")
        }
        let counts = M.scalarColumns.indices.filter { M.scalarColumns[$0].unit.isCount }
        for index in counts {
            check(v[index] >= 0 && v[index] == v[index].rounded(), "\(M.scalarNames[index]) = \(v[index]) is not a count")
        }
        let unitInterval = M.scalarNames.indices.filter { index in
            let name = M.scalarNames[index]
            return name.contains("rate") || name.contains("acceptance") || name.contains("utilisation")
                || name.contains("_success_towards_") || name == "mean_trust" || name == "aware_share"
                || name == "mean_department_awareness" || name == "mean_trust_gain_per_success"
                || name == "mean_trust_loss_per_failure"
        }
        for index in unitInterval where !v[index].isNaN {
            check((0...1.000001).contains(v[index]), "\(M.scalarNames[index]) = \(v[index]) outside [0, 1]")
        }
        // The sample SD of n values in [0, 1] is at most 0.5 · sqrt(n / (n − 1)) (half at 0, half at 1).
        let sdLimit = residents > 1 ? 0.5 * (Double(residents) / Double(residents - 1)).squareRoot() + 1e-6 : 0
        check(v[S.sdTrust].isNaN || (0...sdLimit).contains(v[S.sdTrust]), "sd_trust = \(v[S.sdTrust]) above \(sdLimit)")
        check(v[S.trustChange].isNaN || (-1...1).contains(v[S.trustChange]), "trust_change = \(v[S.trustChange])")
        check(v[S.escalationsSuccessful] <= v[S.escalationsAttempted], "more successful escalations than attempted")
        for kind in 0...RequestKind.count {
            check(v[M.abandonedInQueue(kind)] <= v[M.count(.abandoned, kind)],
                  "kind \(kind): abandoned in queue \(v[M.abandonedInQueue(kind)]) > abandoned \(v[M.count(.abandoned, kind)])")
        }
        check(v[S.councilApprovals] <= v[S.councilDecisions], "more council approvals than decisions")
        for kind in 0...RequestKind.count {
            for stat in 0..<3 where !v[M.timeToResult(stat, kind)].isNaN {
                check((0...Double(totalWeeks)).contains(v[M.timeToResult(stat, kind)]), "time to result \(stat) kind \(kind) = \(v[M.timeToResult(stat, kind)])")
            }
        }

        typealias W = MetricCatalog.Weekly
        var raised = 0.0, connected = 0.0, resolved = 0.0, escalations = 0.0
        for week in 0..<result.weeks {
            func value(_ metric: W) -> Double { result.weeklyValue(week: week, metric: metric.rawValue) }
            for metric in [W.raised, .connected, .resolved, .untouchedOpen, .inProgressOpen, .connectorBacklog, .escalations] {
                check(value(metric) >= 0 && value(metric) == value(metric).rounded(), "week \(week) \(metric.name) = \(value(metric))")
            }
            for metric in [W.connectionRate, .connectorRouteConnectionRate, .cumulativeConnectionRate, .meanTrust, .awareShare, .meanDepartmentAwareness]
            where !value(metric).isNaN {
                check((0...1.000001).contains(value(metric)), "week \(week) \(metric.name) = \(value(metric)) outside [0, 1]")
            }
            check(value(.departmentBacklogHours) > -1e-6, "week \(week) department_backlog_hours = \(value(.departmentBacklogHours))")
            check(value(.connected) <= value(.resolved), "week \(week): connected > resolved")
            raised += value(.raised); connected += value(.connected); resolved += value(.resolved); escalations += value(.escalations)
        }
        let all = RequestKind.count
        check(raised == v[M.raised(all)], "weekly raised sum \(raised) != raised_all \(v[M.raised(all)])")
        check(connected == v[M.count(.connected, all)], "weekly connected sum \(connected) != connected_all")
        let closed = [Outcome.connected, .declined, .stranded, .abandoned].reduce(0) { $0 + v[M.count($1, all)] }
        check(resolved == closed, "weekly resolved sum \(resolved) != closed outcomes \(closed)")
        check(escalations == v[S.escalationsAttempted], "weekly escalations sum \(escalations) != escalations_attempted")
        if result.weeks > 0 {
            let last = result.weeks - 1
            check(result.weeklyValue(week: last, metric: W.untouchedOpen.rawValue) == v[M.count(.untouched, all)], "last week untouched != untouched_all")
            check(result.weeklyValue(week: last, metric: W.inProgressOpen.rawValue) == v[M.count(.inProgress, all)], "last week in progress != in_progress_all")
            check(result.weeklyValue(week: last, metric: W.connectorBacklog.rawValue) == v[S.connectorBacklogEnd], "last week backlog != connector_backlog_end")
        }
        return problems
    }
}
