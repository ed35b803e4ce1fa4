/// How one variant fares over the plausible worlds: how often its effect on the headline
/// metric is clearly positive, clearly negative or unclear, how large it is, and which
/// assumptions it depends on most.
///
/// Invariants: `positive + negative + unclear == worlds`; `drivers` holds one result per
/// factor, strongest first (by |estimate|, missing estimates last, ties in factor order).
public struct WorldsVerdict: Sendable, Equatable {
    /// How the dependence on each assumption is measured.
    public enum Method: String, Sendable, Equatable {
        /// Partial rank correlation (PRCC): used when its Fisher-z interval has at least
        /// ``WorldsVerdict/prccMinimumDegrees`` degrees of freedom (n − 3 − (k − 1) for n worlds
        /// and k factors, so n ≥ k + 32), so that the regression on the other factors leaves
        /// enough worlds to judge the correlation.
        case prcc
        /// Spearman rank correlation of the effect with each factor alone, with Fisher-z
        /// intervals (n − 3 degrees): with fewer worlds than that. In a hypercube the factors
        /// are independent, so it estimates the same direction, diluted by the other factors.
        case rankCorrelation = "rank_correlation"
    }

    /// The variant's scenario name.
    public var variant: String
    /// Worlds counted.
    public var worlds: Int
    /// Worlds whose paired 95% interval lies above 0.
    public var positive: Int
    /// Worlds whose interval lies below 0.
    public var negative: Int
    /// Worlds whose interval includes 0 (or has none).
    public var unclear: Int
    /// Median effect over worlds, in the headline metric's unit (NaN without worlds).
    public var median: Double
    /// 5th percentile of the effect over worlds (type 7).
    public var low: Double
    /// 95th percentile: 90% of worlds lie between ``low`` and ``high``.
    public var high: Double
    /// Mean effect over worlds.
    public var mean: Double
    /// How ``drivers`` were measured.
    public var method: Method
    /// The dependence of the effect on each factor, strongest first.
    public var drivers: [SensitivityResult]

    /// Degrees of freedom from which PRCC is used (``Method``).
    public static let prccMinimumDegrees = 30

    /// Shares of worlds, as fractions (NaN without worlds).
    public var positiveShare: Double { share(positive) }
    /// See ``positiveShare``.
    public var negativeShare: Double { share(negative) }
    /// See ``positiveShare``.
    public var unclearShare: Double { share(unclear) }

    private func share(_ count: Int) -> Double { worlds > 0 ? Double(count) / Double(worlds) : .nan }

    /// The verdict of `variant` from its worlds.
    /// - Parameters:
    ///   - effects: the effect in each world (NaN where undefined).
    ///   - verdicts: each world's class.
    ///   - parameters: the factors' key paths.
    ///   - inputs: one column per factor, the world's values.
    public static func aggregate(variant: String, effects: [Double], verdicts: [WorldsFiles.Verdict],
                                 parameters: [String], inputs: [[Double]]) -> WorldsVerdict {
        precondition(effects.count == verdicts.count, "\(effects.count) effects, \(verdicts.count) verdicts")
        let quantiles = Quantile.type7([0.5, 0.05, 0.95], of: effects)
        let finite = effects.filter(\.isFinite)
        let mean = finite.isEmpty ? .nan : finite.reduce(0, +) / Double(finite.count)
        let n = effects.count, k = parameters.count
        let method: Method = n - 3 - (k - 1) >= prccMinimumDegrees ? .prcc : .rankCorrelation
        var results: [SensitivityResult]
        switch method {
        case .prcc:
            results = PartialRankCorrelation.analyse(metric: WorldsFiles.headlineMetric, parameters: parameters,
                                                     inputs: inputs, output: effects, design: .latinHypercube)
        case .rankCorrelation:
            results = zip(parameters, inputs).flatMap { parameter, column in
                PartialRankCorrelation.analyse(metric: WorldsFiles.headlineMetric, parameters: [parameter],
                                               inputs: [column], output: effects, design: .latinHypercube)
            }
        }
        let order = results.indices.sorted { a, b in
            let x = results[a].headline.value.map(abs), y = results[b].headline.value.map(abs)
            switch (x, y) {
            case let (x?, y?) where x != y: return x > y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a < b
            }
        }
        results = order.map { results[$0] }
        return WorldsVerdict(variant: variant, worlds: n, positive: verdicts.filter { $0 == .positive }.count,
                             negative: verdicts.filter { $0 == .negative }.count,
                             unclear: verdicts.filter { $0 == .unclear }.count,
                             median: quantiles[0], low: quantiles[1], high: quantiles[2], mean: mean,
                             method: method, drivers: results)
    }

    /// The first `count` drivers whose interval excludes 0 (the assumptions the answer
    /// detectably depends on), strongest first.
    public func detectableDrivers(_ count: Int = 3) -> [SensitivityResult] {
        Array(drivers.filter { $0.headline.value != nil && !$0.headline.isUndetectable }.prefix(count))
    }
}
