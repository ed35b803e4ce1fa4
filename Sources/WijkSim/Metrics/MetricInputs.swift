/// Everything a metric accessor reads: the replicate's running counts and the few aggregates
/// of its world, taken at the end of a recorded week or of the run.
///
/// A plain value so that tests can build one by hand with known numbers; ``World`` builds it
/// with `metricInputs`. Building one copies no array (a `Tally`'s arrays
/// are shared, copy-on-write) and allocates nothing.
struct MetricInputs {
    /// Running counts since the warm-up (request counts: counted requests; event counts:
    /// events in recorded weeks), and this week's counts.
    var tally: Tally
    /// Residents in the population.
    var residentCount: Int
    /// Σ trust and Σ trust² over residents (running sums, so they drift by rounding).
    var trustSum: Double
    var trustSquareSum: Double
    /// Residents aware of a connector.
    var awareCount: Int
    /// Mean trust at initialisation (week 0, before any warm-up); 0 with no residents.
    var initialMeanTrust: Double
    /// Σ over connectors of `backlog`: open requests waiting for intake.
    var connectorBacklog: Int
    /// Σ over departments of `backlogHours` (hours).
    var departmentBacklogHours: Double
    /// Mean department awareness, in [0, 1]; NaN with no departments.
    var meanDepartmentAwareness: Double
    /// Weeks simulated in total (warm-up + recorded): the cap on time to result.
    var totalWeeks: Int
    /// Residents who raised at least one counted request, and Σ of their trust; filled in for
    /// the final metrics only (0 in a week's inputs, where no metric reads them).
    var askerCount = 0
    var askerTrustSum = 0.0

    // MARK: Requests by kind

    /// Counted requests of `kinds` raised.
    func raised(_ kinds: Range<Int>) -> Int { kinds.reduce(0) { $0 + tally.raised[$1] } }

    /// Counted requests of `kinds` with `outcome` (an open request at the end is `untouched` or
    /// `inProgress`; `inProgress` is the remainder, so the six outcomes add up to ``raised(_:)``).
    func count(_ outcome: Outcome, _ kinds: Range<Int>) -> Int {
        switch outcome {
        case .connected, .declined, .stranded, .abandoned:
            return kinds.reduce(0) { $0 + tally.outcomeCount($1, outcome) }
        case .untouched:
            return kinds.reduce(0) { $0 + tally.untouchedOpen[$1] }
        case .inProgress:
            let closed = count(.connected, kinds) + count(.declined, kinds) + count(.stranded, kinds)
                + count(.abandoned, kinds)
            return raised(kinds) - closed - count(.untouched, kinds)
        }
    }

    /// Counted requests of `kinds` in `flow` closed `connected`.
    func connectedByFlow(_ flow: FlowRoute, _ kinds: Range<Int>) -> Double {
        Double(kinds.reduce(0) { $0 + tally.connectedByFlow[flow.rawValue * RequestKind.count + $1] })
    }

    /// Mean weeks from raising to result over counted connected requests of `kinds`; NaN if none.
    func timeToResultMean(_ kinds: Range<Int>) -> Double {
        var total = 0, sum = 0
        for kind in kinds {
            for (weeks, n) in tally.timeHistogram[kind].enumerated() {
                total += n
                sum += weeks * n
            }
        }
        return total > 0 ? Double(sum) / Double(total) : .nan
    }

    /// The smallest whole number of weeks `w` with at least `q · N` of the `N` counted connected
    /// requests of `kinds` connected within `w` weeks (inverse empirical CDF); NaN if `N` = 0.
    func timeToResultQuantile(_ q: Double, _ kinds: Range<Int>) -> Double {
        let total = kinds.reduce(0) { total, kind in tally.timeHistogram[kind].reduce(total, +) }
        guard total > 0 else { return .nan }
        let target = q * Double(total)
        var cumulative = 0
        for weeks in 0...totalWeeks {
            for kind in kinds { cumulative += tally.timeHistogram[kind][weeks] }
            if Double(cumulative) >= target { return Double(weeks) }
        }
        return Double(totalWeeks)
    }

    // MARK: Residents

    /// Mean trust over residents, clamped to [0, 1] (``unitInterval(_:)``); NaN with no residents.
    var meanTrust: Double {
        residentCount > 0 ? Self.unitInterval(trustSum / Double(residentCount)) : .nan
    }

    /// Sample standard deviation (n − 1) of trust, from the running sums; NaN below two residents.
    var sdTrust: Double {
        let n = Double(residentCount)
        let mean = trustSum / n
        return residentCount > 1 ? (max(0, trustSquareSum - n * mean * mean) / (n - 1)).squareRoot() : .nan
    }

    /// Mean trust over residents who raised a counted request; NaN when nobody did.
    var meanTrustOfAskers: Double {
        ratio(askerTrustSum, Double(askerCount))
    }

    /// Share of residents aware of a connector; NaN with no residents.
    var awareShare: Double {
        residentCount > 0 ? Double(awareCount) / Double(residentCount) : .nan
    }

    // MARK: Helpers

    /// `numerator / denominator`, NaN when the denominator is 0.
    func ratio(_ numerator: Int, _ denominator: Int) -> Double {
        denominator > 0 ? Double(numerator) / Double(denominator) : .nan
    }

    /// `numerator / denominator`, NaN when the denominator is not positive.
    func ratio(_ numerator: Double, _ denominator: Double) -> Double {
        denominator > 0 ? numerator / denominator : .nan
    }

    /// `value` clamped to [0, 1]. The running trust sum drifts by rounding (each update adds
    /// a difference of `Float` trusts), so when every resident's trust is 0 (or 1) its mean can
    /// come out as −1e−17 (or 1 + 1e−16); the reported mean trust is clamped to its range.
    /// Values already in [0, 1] are returned unchanged.
    static func unitInterval(_ value: Double) -> Double {
        value < 0 ? 0 : value > 1 ? 1 : value
    }
}
