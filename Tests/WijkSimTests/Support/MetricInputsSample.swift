@testable import WijkSim

/// A hand-built ``MetricInputs`` in which every counter holds a different, known number, so that
/// every metric has a value no other metric has: a metric reported under another's name shows.
enum MetricInputsSample {
    /// Weeks in total (the cap on time to result).
    static let totalWeeks = 60

    /// The sample: counts drawn from a fixed SplitMix64 stream in disjoint ranges, so the same
    /// numbers every run; time-to-result histograms placed so that each kind has its own median
    /// and 90th percentile.
    static func make() -> MetricInputs {
        var mixer = SplitMix64(seed: 20_250_707)
        func draw(_ range: Range<Int>) -> Int { range.lowerBound + Int(mixer.next() % UInt64(range.count)) }
        func draws(_ count: Int, _ range: Range<Int>) -> [Int] { (0..<count).map { _ in draw(range) } }
        func hours(_ range: Range<Int>) -> Double { Double(draw(range)) + 0.25 }

        var t = Tally(weeks: totalWeeks)
        t.raised = draws(4, 20_000..<30_000)
        t.outcomes = draws(16, 1_000..<4_000)
        t.untouchedOpen = draws(4, 100..<1_000)
        let middleWeeks = [3, 6, 9, 33]
        for kind in 0..<4 {
            // Half connect in week 2 + 3k (the median), a fifth in a middle week, the rest in week
            // 20 + 5k (the 90th percentile); the pooled median (9) and p90 (33) are nobody's.
            t.timeHistogram[kind][2 + 3 * kind] += 520 + 30 * kind
            t.timeHistogram[kind][middleWeeks[kind]] += 200 + 7 * kind
            t.timeHistogram[kind][20 + 5 * kind] += 300 + 11 * kind
        }
        t.connectedByDepartments = draws(4, 1_000..<2_000)
        t.resolvedByDepartments = draws(4, 3_000..<4_000)
        t.connectorRouteConnected = draws(4, 1_000..<2_000)
        t.connectorRouteResolved = draws(4, 3_000..<4_000)
        t.generalConnected = draw(1_000..<2_000)
        t.generalResolved = draw(3_000..<4_000)
        t.handoverAcceptances = draws(4, 1_000..<2_000)
        t.handoverDecisions = draws(4, 3_000..<4_000)
        t.homeAcceptances = draw(1_000..<2_000)
        t.homeDecisions = draw(3_000..<4_000)
        t.otherAcceptances = draw(1_000..<2_000)
        t.otherDecisions = draw(3_000..<4_000)
        t.misrouted = draw(100_000..<200_000)
        t.handovers = draw(200_000..<300_000)
        t.refusals = draw(300_000..<400_000)
        t.escalationsAttempted = draw(400_000..<500_000)
        t.escalationsSuccessful = draw(300_000..<400_000)
        t.escalationOpportunities = draw(600_000..<700_000)
        t.strandedNoOwner = draw(700_000..<800_000)
        t.contactsByConnectors = draw(800_000..<900_000)
        t.contactsByDepartments = draw(900_000..<1_000_000)
        t.conflictsPrevented = draw(1_000_000..<1_100_000)
        t.conflictsFromPlans = draw(1_100_000..<1_200_000)
        t.councilDecisions = draw(1_200_000..<1_300_000)
        t.councilApprovals = draw(1_100_000..<1_200_000)
        t.vacancyWeeks = draw(1_300_000..<1_400_000)
        t.connectorHoursAvailable = hours(5_000..<6_000)
        t.connectorHoursUsed = hours(1_000..<5_000)
        t.departmentHoursAvailable = hours(5_000..<6_000)
        t.departmentHoursUsed = hours(1_000..<5_000)
        t.trustGainSum = hours(100..<200) / 1_000
        t.trustGainCount = draw(1_000..<2_000)
        t.trustLossSum = hours(300..<400) / 1_000
        t.trustLossCount = draw(2_000..<3_000)
        t.connectorTrustDelta = hours(500..<600) / 1_000
        t.connectorTrustCount = draw(3_000..<4_000)
        t.generalTrustDelta = -hours(700..<800) / 1_000
        t.generalTrustCount = draw(4_000..<5_000)
        t.weekRaised = draw(2_000..<3_000)
        t.weekConnected = draw(500..<1_000)
        t.weekResolved = draw(1_000..<2_000)
        t.weekEscalations = draw(3_000..<4_000)
        t.weekRouteConnected = draw(100..<500)
        t.weekRouteResolved = draw(1_000..<2_000)
        t.abandonedInQueue = draws(4, 1_400_000..<1_500_000)
        t.cohortRaised = draws(4, 15_000..<20_000)
        t.cohortConnected = draws(4, 4_000..<5_000)
        t.connectedByFlow = draws(12, 2_000_000..<2_100_000)
        var inputs = MetricInputs(
            tally: t, residentCount: 5_000, trustSum: 2_345.625, trustSquareSum: 1_250.5, awareCount: 1_234,
            initialMeanTrust: 0.4125, connectorBacklog: 4_321, departmentBacklogHours: 8_765.25,
            meanDepartmentAwareness: 0.3675, totalWeeks: totalWeeks)
        inputs.askerCount = 3_000
        inputs.askerTrustSum = 1_234.375
        return inputs
    }

    /// Values that coincide in `pairs` (name, value), for a failure message; empty when all differ.
    static func coincidences(_ pairs: [(String, Double)]) -> [String] {
        var found: [String] = []
        for i in pairs.indices {
            for j in pairs.indices where j > i && pairs[i].1 == pairs[j].1 {
                found.append("\(pairs[i].0) = \(pairs[j].0) = \(pairs[i].1)")
            }
        }
        return found
    }
}
