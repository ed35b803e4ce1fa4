import Foundation

/// Partial rank correlation coefficients (PRCC) of each input with an output, for
/// Latin-hypercube and listed-points designs (Marino et al. 2008, J. Theor. Biol. 254:178).
///
/// For input j: rank-transform every input and the output (ties get average ranks), regress
/// the ranks of input j and of the output on the ranks of the other inputs by least squares
/// (with an intercept), and correlate the two residuals. The result, in [−1, 1], measures
/// how monotonically the output follows input j once the other inputs are accounted for;
/// its sign says which way. Unlike a plain rank correlation it is not diluted by the other
/// inputs' effects, so a weak but real effect stands out in a large design.
///
/// Intervals:
/// - ``Interval/fisherZ(level:)``: `tanh(atanh r ± z_{(1+level)/2} / √(n − 3 − q))` with q the
///   number of controls (k − 1 for k inputs, fewer when some are constant or collinear), so
///   n − 2 − k degrees for k independent inputs.
/// - ``Interval/bootstrap(_:)``: percentile interval over resamples of the points, each
///   re-ranked and recomputed (all inputs share the resamples).
///
/// Degenerate input gives a result with no value and a note, never NaN: fewer than k + 3
/// usable points, a constant output, a constant input, an input that is a linear function of
/// the others' ranks. Points where the output or any input is NaN or infinite are dropped and
/// counted in ``SensitivityEstimate/skipped``.
public enum PartialRankCorrelation {
    /// How the confidence interval is computed.
    public enum Interval: Sendable, Equatable {
        /// Fisher's z transform with n − 3 − q degrees of freedom (see the type's discussion).
        case fisherZ(level: Double = 0.95)
        /// Seeded percentile bootstrap over points.
        case bootstrap(Bootstrap)
    }

    /// The PRCC of each input with `output`.
    ///
    /// - Parameters:
    ///   - metric: the output metric's name, copied into the results.
    ///   - parameters: the inputs' names, k ≥ 1.
    ///   - inputs: k columns, `inputs[j][i]` = parameter j at point i, in the parameter's own
    ///     units (ranks make units irrelevant); every column as long as `output`.
    ///   - output: the metric at each point; NaN where it is undefined.
    ///   - design: the design written into the results (``SensitivityDesign/latinHypercube``,
    ///     ``SensitivityDesign/points`` or ``SensitivityDesign/grid``).
    ///   - interval: how to compute the interval.
    /// - Returns: one result per parameter, in the order of `parameters`; headline
    ///   ``SensitivityMeasure/prcc``, no details.
    public static func analyse(metric: String, parameters: [String], inputs: [[Double]], output: [Double],
                               design: SensitivityDesign = .latinHypercube,
                               interval: Interval = .fisherZ()) -> [SensitivityResult] {
        precondition(inputs.count == parameters.count,
                     "PRCC: \(parameters.count) parameters but \(inputs.count) input columns")
        for (j, column) in inputs.enumerated() {
            precondition(column.count == output.count,
                         "PRCC: input \(parameters[j]) has \(column.count) values, output \(output.count)")
        }
        let kept = output.indices.filter { i in output[i].isFinite && inputs.allSatisfy { $0[i].isFinite } }
        let n = kept.count, k = parameters.count, skipped = output.count - n
        let estimates: [SensitivityEstimate]
        if n < k + 3 {
            let reason = "too few points: n = \(n), PRCC of \(k) input\(k == 1 ? "" : "s") needs at least \(k + 3)"
            estimates = parameters.map { _ in .missing(.prcc, count: n, skipped: skipped, because: reason) }
        } else {
            let columns = inputs.map { column in kept.map { column[$0] } }
            let y = kept.map { output[$0] }
            estimates = estimate(columns: columns, output: y, interval: interval, skipped: skipped)
        }
        return zip(parameters, estimates).map { parameter, estimate in
            SensitivityResult(metric: metric, parameter: parameter, design: design, headline: estimate,
                              direction: direction(of: estimate))
        }
    }

    /// The PRCC of every column with `output` (all finite, n ≥ k + 3), or why there is none.
    static func outcomes(columns: [[Double]], output: [Double]) -> [PartialCorrelation.Outcome] {
        let ranked = columns.map(RankTransform.ranks) + [RankTransform.ranks(output)]
        let correlation = PartialCorrelation(columns: ranked)
        let target = columns.count
        return columns.indices.map { j in
            correlation.partial(j, with: target, controlling: columns.indices.filter { $0 != j })
        }
    }

    private static func estimate(columns: [[Double]], output: [Double], interval: Interval,
                                 skipped: Int) -> [SensitivityEstimate] {
        let n = output.count
        let outcomes = outcomes(columns: columns, output: output)
        var bootstrapIntervals: [(interval: ConfidenceInterval?, note: String?)] = []
        if case .bootstrap(let settings) = interval, outcomes.contains(where: \.correlation.isSome) {
            bootstrapIntervals = bootstrap(columns: columns, output: output, settings: settings)
        }
        return outcomes.enumerated().map { j, outcome in
            guard case .value(let r, let controls) = outcome else {
                return .missing(.prcc, count: n, skipped: skipped, because: reason(for: outcome))
            }
            var notes: [String] = []
            let ci: ConfidenceInterval?
            switch interval {
            case .fisherZ(let level):
                ci = fisherInterval(r, n: n, controls: controls, level: level)
            case .bootstrap:
                ci = bootstrapIntervals[j].interval
                if let note = bootstrapIntervals[j].note { notes.append(note) }
            }
            return SensitivityEstimate(measure: .prcc, value: r, interval: ci, count: n, skipped: skipped,
                                       notes: notes).flaggingUndetectable()
        }
    }

    /// `tanh(atanh r ± z / √(n − 3 − controls))`; r = ±1 gives the interval [r, r].
    static func fisherInterval(_ r: Double, n: Int, controls: Int, level: Double) -> ConfidenceInterval? {
        let degrees = n - 3 - controls
        guard degrees >= 1 else { return nil }
        let z = StandardNormal.quantile(1 - (1 - level) / 2)
        let half = z / Double(degrees).squareRoot()
        let centre = atanh(r)
        return ConfidenceInterval(low: tanh(centre - half), high: tanh(centre + half), level: level,
                                  method: .fisherZ)
    }

    private static func bootstrap(columns: [[Double]], output: [Double],
                                  settings: Bootstrap) -> [(interval: ConfidenceInterval?, note: String?)] {
        var rng = Xoshiro256StarStar(seed: settings.seed)
        var replicates = [[Double?]](repeating: [], count: columns.count)
        for _ in 0..<settings.resamples {
            let picks = Bootstrap.indices(count: output.count, using: &rng)
            let resampled = outcomes(columns: columns.map { column in picks.map { column[$0] } },
                                     output: picks.map { output[$0] })
            for j in columns.indices { replicates[j].append(resampled[j].correlation) }
        }
        return replicates.map(settings.percentileInterval(of:))
    }

    private static func reason(for outcome: PartialCorrelation.Outcome) -> String {
        switch outcome {
        case .value: ""
        case .constantColumn: "input is constant"
        case .constantTarget: "output is constant"
        case .columnExplained: "input is collinear with the other inputs"
        case .targetExplained: "output is fully explained by the other inputs"
        }
    }

    private static func direction(of estimate: SensitivityEstimate) -> SensitivityResult.Direction {
        guard let value = estimate.value else { return .unknown }
        guard let interval = estimate.interval, !interval.includesZero else { return .mixed }
        return value > 0 ? .raises : .lowers
    }
}

extension PartialCorrelation.Outcome {
    /// The correlation, or `nil` when there is none.
    var correlation: Double? {
        if case .value(let r, _) = self { return r }
        return nil
    }
}

extension Optional {
    /// Whether there is a value.
    fileprivate var isSome: Bool { self != nil }
}
