/// What a calibration found: every prior sample's values, statistics and distance, the
/// samples accepted, and the statistics at the scenarios' own values (the current defaults).
///
/// Everything here is computed from the scenarios' `points.csv` read back from disk and from
/// the plan, so one process and a merge of shards give the same result, to the bit.
/// Invariants: `values`, `statistics` and `distances` have one entry per sample; `accepted`
/// holds distinct sample numbers, best first (by distance, then sample number).
public struct CalibrationResult: Sendable {
    /// `values[sample][parameter]`, in the parameters' units.
    public var values: [[Double]]
    /// `statistics[sample][pattern]`: each pattern's statistic at the sample (NaN if undefined).
    public var statistics: [[Double]]
    /// Each sample's distance (``CalibrationDistance``); infinite when a statistic is undefined.
    public var distances: [Double]
    /// The accepted samples, best first.
    public var accepted: [Int]
    /// Each pattern's statistic with every scenario at its own values (no parameter set), over
    /// the same replicates and seeds: "the model before".
    public var reference: [Double]

    /// The largest accepted distance (NaN when nothing was accepted).
    public var threshold: Double { accepted.last.map { distances[$0] } ?? .nan }
    /// Samples with an undefined statistic (never accepted).
    public var undefinedSamples: Int { distances.filter { !$0.isFinite }.count }

    /// Median of pattern `index`'s statistic over all samples (the prior predictive median).
    public func priorMedian(ofPattern index: Int) -> Double {
        Quantile.type7([0.5], of: statistics.map { $0[index] })[0]
    }

    /// 5%, 50% and 95% quantiles of pattern `index`'s statistic over the accepted samples.
    public func posteriorQuantiles(ofPattern index: Int) -> [Double] {
        Quantile.type7([0.05, 0.5, 0.95], of: accepted.map { statistics[$0][index] })
    }

    /// 5%, 50% and 95% quantiles of parameter `index` over the accepted samples.
    public func posteriorQuantiles(ofParameter index: Int) -> [Double] {
        Quantile.type7([0.05, 0.5, 0.95], of: accepted.map { values[$0][index] })
    }

    /// Pearson correlation of parameters `a` and `b` over the accepted samples; NaN with fewer
    /// than three or when either does not vary.
    public func posteriorCorrelation(_ a: Int, _ b: Int) -> Double {
        guard accepted.count >= 3 else { return .nan }
        let x = accepted.map { values[$0][a] }, y = accepted.map { values[$0][b] }
        let mx = StatisticExpression.mean(x), my = StatisticExpression.mean(y)
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (u, v) in zip(x, y) {
            sxy += (u - mx) * (v - my)
            sxx += (u - mx) * (u - mx)
            syy += (v - my) * (v - my)
        }
        guard sxx > 0, syy > 0 else { return .nan }
        return sxy / (sxx * syy).squareRoot()
    }

    /// Every pair of parameters (a < b) with its posterior correlation, strongest first (by
    /// |r|, then parameter order); pairs without a correlation last.
    public func correlations() -> [(a: Int, b: Int, r: Double)] {
        let count = values.first?.count ?? 0
        var pairs: [(a: Int, b: Int, r: Double)] = []
        for a in 0..<count { for b in (a + 1)..<max(a + 1, count) { pairs.append((a, b, posteriorCorrelation(a, b))) } }
        return pairs.enumerated().sorted { left, right in
            let l = left.element.r.isNaN ? -1 : abs(left.element.r), r = right.element.r.isNaN ? -1 : abs(right.element.r)
            return l != r ? l > r : left.offset < right.offset
        }.map(\.element)
    }
}
