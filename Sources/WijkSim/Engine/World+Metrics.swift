/// MODEL.md §4 step 9 and §8: the weekly series and the replicate's metrics.
extension World {
    /// Records this week's row of ``MetricCatalog/Weekly`` values.
    mutating func recordWeek() {
        typealias W = MetricCatalog.Weekly
        let base = (week - warmupWeeks) * MetricCatalog.weeklyNames.count
        let raised = tally.raised.reduce(0, +)
        let connected = (0..<RequestKind.count).reduce(0) { $0 + tally.outcomeCount($1, .connected) }
        let closed = tally.outcomes.reduce(0, +)
        let untouched = tally.untouchedOpen.reduce(0, +)
        weekly[base + W.raised.rawValue] = Double(tally.weekRaised)
        weekly[base + W.connected.rawValue] = Double(tally.weekConnected)
        weekly[base + W.resolved.rawValue] = Double(tally.weekResolved)
        weekly[base + W.connectionRate.rawValue] = ratio(tally.weekConnected, tally.weekResolved)
        weekly[base + W.connectorRouteConnectionRate.rawValue] = ratio(tally.weekRouteConnected, tally.weekRouteResolved)
        weekly[base + W.cumulativeConnectionRate.rawValue] = ratio(connected, raised)
        weekly[base + W.untouchedOpen.rawValue] = Double(untouched)
        weekly[base + W.inProgressOpen.rawValue] = Double(raised - closed - untouched)
        weekly[base + W.connectorBacklog.rawValue] = Double(connectors.reduce(0) { $0 + $1.backlog })
        weekly[base + W.departmentBacklogHours.rawValue] = departments.reduce(0) { $0 + $1.backlogHours }
        weekly[base + W.meanTrust.rawValue] = residents.count > 0 ? Self.unitInterval(trustSum / Double(residents.count)) : .nan
        weekly[base + W.awareShare.rawValue] = residents.count > 0 ? Double(awareCount) / Double(residents.count) : .nan
        weekly[base + W.meanDepartmentAwareness.rawValue] = meanDepartmentAwareness
        weekly[base + W.escalations.rawValue] = Double(tally.weekEscalations)
    }

    /// `value` clamped to [0, 1]. The running trust sum drifts by rounding (each update adds
    /// a difference of `Float` trusts), so when every resident's trust is 0 (or 1) its mean can
    /// come out as −1e−17 (or 1 + 1e−16); the reported mean trust is clamped to its range.
    /// Values already in [0, 1] are returned unchanged.
    static func unitInterval(_ value: Double) -> Double {
        value < 0 ? 0 : value > 1 ? 1 : value
    }

    private var meanDepartmentAwareness: Double {
        departments.isEmpty ? .nan : departments.reduce(0) { $0 + $1.awareness } / Double(departments.count)
    }

    private func ratio(_ numerator: Int, _ denominator: Int) -> Double {
        denominator > 0 ? Double(numerator) / Double(denominator) : .nan
    }

    private func ratio(_ numerator: Double, _ denominator: Double) -> Double {
        denominator > 0 ? numerator / denominator : .nan
    }

    /// All scalar metrics, in ``MetricCatalog/scalarNames`` order.
    func finalMetrics() -> ReplicateResult {
        typealias M = MetricCatalog
        typealias S = MetricCatalog.Scalar
        var v = [Double](repeating: 0, count: S.count)
        let all = RequestKind.count
        var open = [Int](repeating: 0, count: all + 1)
        for kind in 0...all {
            let kinds = kind == all ? Array(0..<all) : [kind]
            let raised = kinds.reduce(0) { $0 + tally.raised[$1] }
            let untouched = kinds.reduce(0) { $0 + tally.untouchedOpen[$1] }
            var closed = 0
            v[M.raised(kind)] = Double(raised)
            for outcome in [Outcome.connected, .declined, .stranded, .abandoned] {
                let n = kinds.reduce(0) { $0 + tally.outcomeCount($1, outcome) }
                v[M.count(outcome, kind)] = Double(n)
                closed += n
            }
            open[kind] = raised - closed
            v[M.count(.untouched, kind)] = Double(untouched)
            v[M.count(.inProgress, kind)] = Double(raised - closed - untouched)
            v[M.connectionRate(kind)] = ratio(Int(v[M.count(.connected, kind)]), raised)
            v[M.clearAnswerRate(kind)] = ratio(Int(v[M.count(.connected, kind)] + v[M.count(.declined, kind)]), raised)
            let times = timeStatistics(kinds)
            for stat in 0..<3 { v[M.timeToResult(stat, kind)] = times[stat] }
        }
        for d in 0..<4 {
            v[M.connectionRateByDepartments(d)] = ratio(tally.connectedByDepartments[d], tally.resolvedByDepartments[d])
        }
        for kind in 0..<all {
            v[M.roleSuccess(kind, direction: 0)] = ratio(tally.connectorRouteConnected[kind], tally.connectorRouteResolved[kind])
            v[M.roleSuccess(kind, direction: 1)] = ratio(tally.handoverAcceptances[kind], tally.handoverDecisions[kind])
        }
        let routeConnected = tally.connectorRouteConnected.reduce(0, +)
        v[S.connectorRouteConnectionRate] = ratio(routeConnected, tally.connectorRouteResolved.reduce(0, +))
        v[S.generalChannelConnectionRate] = ratio(tally.generalConnected, tally.generalResolved)
        v[S.connectorBacklogEnd] = Double(connectors.reduce(0) { $0 + $1.backlog })
        v[S.connectorUtilisation] = ratio(tally.connectorHoursUsed, tally.connectorHoursAvailable)
        v[S.departmentUtilisation] = ratio(tally.departmentHoursUsed, tally.departmentHoursAvailable)
        v[S.misroutedRequests] = Double(tally.misrouted)
        v[S.handovers] = Double(tally.handovers)
        v[S.refusals] = Double(tally.refusals)
        v[S.escalationsAttempted] = Double(tally.escalationsAttempted)
        v[S.escalationsSuccessful] = Double(tally.escalationsSuccessful)
        v[S.escalationRate] = ratio(tally.escalationsAttempted, tally.escalationOpportunities)
        v[S.escalatedComplianceRate] = ratio(tally.escalationsSuccessful, tally.escalationsAttempted)
        v[S.strandedNoOwner] = Double(tally.strandedNoOwner)
        v[S.contactsByConnectors] = Double(tally.contactsByConnectors)
        v[S.contactsByDepartments] = Double(tally.contactsByDepartments)
        v[S.conflictsPrevented] = Double(tally.conflictsPrevented)
        v[S.conflictsFromPlans] = Double(tally.conflictsFromPlans)
        v[S.homeDepartmentAcceptance] = ratio(tally.homeAcceptances, tally.homeDecisions)
        v[S.otherDepartmentAcceptance] = ratio(tally.otherAcceptances, tally.otherDecisions)
        let n = Double(residents.count)
        let mean = n > 0 ? trustSum / n : .nan
        v[S.meanTrust] = n > 0 ? Self.unitInterval(mean) : .nan
        v[S.sdTrust] = n > 1 ? (max(0, trustSquareSum - n * mean * mean) / (n - 1)).squareRoot() : .nan
        v[S.trustChange] = v[S.meanTrust] - initialMeanTrust
        v[S.meanTrustGainPerSuccess] = ratio(tally.trustGainSum, Double(tally.trustGainCount))
        v[S.meanTrustLossPerFailure] = ratio(tally.trustLossSum, Double(tally.trustLossCount))
        v[S.awareShare] = n > 0 ? Double(awareCount) / n : .nan
        v[S.meanDepartmentAwareness] = meanDepartmentAwareness
        v[S.councilDecisions] = Double(tally.councilDecisions)
        v[S.councilApprovals] = Double(tally.councilApprovals)
        v[S.vacancyWeeks] = Double(tally.vacancyWeeks)
        v[S.trustChangePerConnectorRequest] = ratio(tally.connectorTrustDelta, Double(tally.connectorTrustCount))
        v[S.trustChangePerGeneralRequest] = ratio(tally.generalTrustDelta, Double(tally.generalTrustCount))
        let handled = tally.outcomes.reduce(0, +)
        return ReplicateResult(scalars: v, weekly: weekly, weeks: scenario.run.weeks, requestsHandled: handled)
    }

    /// Mean, median and 90th percentile (weeks) of time to result over connected requests of `kinds`.
    private func timeStatistics(_ kinds: [Int]) -> [Double] {
        var total = 0, sum = 0
        for kind in kinds {
            for (weeks, n) in tally.timeHistogram[kind].enumerated() {
                total += n
                sum += weeks * n
            }
        }
        guard total > 0 else { return [.nan, .nan, .nan] }
        func quantile(_ q: Double) -> Double {
            let target = q * Double(total)
            var cumulative = 0
            for weeks in 0...totalWeeks {
                for kind in kinds { cumulative += tally.timeHistogram[kind][weeks] }
                if Double(cumulative) >= target { return Double(weeks) }
            }
            return Double(totalWeeks)
        }
        return [Double(sum) / Double(total), quantile(0.5), quantile(0.9)]
    }
}
