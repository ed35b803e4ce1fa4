/// Morris elementary effects per factor: μ, μ* and σ (Morris 1991; μ* after Campolongo,
/// Cariboni & Saltelli 2007), with seeded bootstrap intervals that resample trajectories.
///
/// Each step of a trajectory changes one factor by Δx (scaled to [0, 1] by the factor's
/// range) and gives the elementary effect EE = Δy / Δx, in output units per full range of the
/// factor. Per factor, over all its EEs: μ = mean EE (its sign says which way the output
/// moves, but effects of opposite sign cancel), μ* = mean |EE| (the ranked importance) and
/// σ = sample standard deviation of the EEs (n − 1; large when the effect is non-linear or
/// interacts with other factors).
///
/// An EE whose output is NaN at either end is dropped and counted in ``SensitivityEstimate/skipped``;
/// ``SensitivityEstimate/count`` is the number of EEs used. Intervals are percentile bootstrap
/// intervals over resamples of whole trajectories (EEs of one trajectory share its start
/// point, so they are not resampled separately); with one trajectory there are none.
///
/// μ* is never negative, so its interval includes zero only when every EE is zero: for
/// Morris the "no detectable effect" note means exactly no effect in the design.
public enum MorrisEffect {
    /// μ*, μ and σ of each factor.
    ///
    /// - Parameters:
    ///   - metric: the output metric's name, copied into the results.
    ///   - parameters: the factors' names, k ≥ 1.
    ///   - ranges: each factor's range in its own units (the design's lower and upper bound).
    ///   - trajectories: the trajectories, with this metric's outputs.
    ///   - bootstrap: resampling settings for the intervals.
    /// - Returns: one result per factor in the order of `parameters`: headline μ*, details μ
    ///   then σ. The direction is μ's sign when μ's interval excludes zero, else mixed.
    /// - Throws: ``SensitivityInputError`` when a trajectory's shape is wrong.
    public static func analyse(metric: String, parameters: [String], ranges: [ClosedRange<Double>],
                               trajectories: [MorrisTrajectory],
                               bootstrap: Bootstrap) throws(SensitivityInputError) -> [SensitivityResult] {
        guard ranges.count == parameters.count else {
            throw SensitivityInputError("Morris: \(parameters.count) parameters but \(ranges.count) ranges")
        }
        let k = parameters.count
        // perTrajectory[t][j]: the defined EEs of factor j in trajectory t.
        var perTrajectory: [[[Double]]] = []
        var skipped = [Int](repeating: 0, count: k)
        for (t, trajectory) in trajectories.enumerated() {
            var effects = [[Double]](repeating: [], count: k)
            for effect in try trajectory.effects(ranges: ranges, parameters: parameters, index: t) {
                if let value = effect.value { effects[effect.factor].append(value) } else { skipped[effect.factor] += 1 }
            }
            perTrajectory.append(effects)
        }
        let replicates = resampledStatistics(perTrajectory, factors: k, bootstrap: bootstrap)
        let constantNote = isConstant(trajectories) ? ["output is constant"] : []
        return (0..<k).map { j in
            let statistics = Statistics(effects: perTrajectory.flatMap { $0[j] })
            let resampled = replicates.map { $0[j] }
            return result(metric: metric, parameter: parameters[j], statistics: statistics,
                          replicates: resampled, skipped: skipped[j],
                          bootstrap: bootstrap, extraNotes: constantNote)
        }
    }

    /// μ, μ* and σ of a list of elementary effects; `nil` where undefined.
    struct Statistics {
        var count: Int
        var mu: Double?
        var muStar: Double?
        var sigma: Double?

        init(effects: [Double]) {
            var signed = RunningStatistics()
            var absolute = RunningStatistics()
            for effect in effects {
                signed.add(effect)
                absolute.add(abs(effect))
            }
            count = effects.count
            mu = count > 0 ? signed.mean : nil
            muStar = count > 0 ? absolute.mean : nil
            sigma = count > 1 ? signed.standardDeviation : nil
        }
    }

    /// Statistics of every factor on each bootstrap resample of the trajectories; empty with
    /// fewer than 2 trajectories.
    private static func resampledStatistics(_ perTrajectory: [[[Double]]], factors: Int,
                                            bootstrap: Bootstrap) -> [[Statistics]] {
        guard perTrajectory.count >= 2 else { return [] }
        var rng = Xoshiro256StarStar(seed: bootstrap.seed)
        return (0..<bootstrap.resamples).map { _ in
            let picks = Bootstrap.indices(count: perTrajectory.count, using: &rng)
            return (0..<factors).map { j in Statistics(effects: picks.flatMap { perTrajectory[$0][j] }) }
        }
    }

    private static func result(metric: String, parameter: String, statistics: Statistics,
                               replicates: [Statistics], skipped: Int,
                               bootstrap: Bootstrap, extraNotes: [String]) -> SensitivityResult {
        let n = statistics.count
        func estimate(_ measure: SensitivityMeasure, _ value: Double?,
                      _ resampled: (Statistics) -> Double?) -> SensitivityEstimate {
            guard let value else {
                let reason = n == 0 ? "factor never changed where the metric is defined"
                                    : "one elementary effect: no standard deviation"
                return .missing(measure, count: n, skipped: skipped, because: reason)
            }
            var notes = extraNotes
            var interval: ConfidenceInterval?
            if replicates.isEmpty {
                notes.append("fewer than 2 trajectories: no interval")
            } else {
                let percentile = bootstrap.percentileInterval(of: replicates.map(resampled))
                interval = percentile.interval
                if let note = percentile.note { notes.append(note) }
            }
            return SensitivityEstimate(measure: measure, value: value, interval: interval, count: n,
                                       skipped: skipped, notes: notes)
        }
        let muStar = estimate(.muStar, statistics.muStar, \.muStar).flaggingUndetectable()
        let mu = estimate(.mu, statistics.mu, \.mu)
        let sigma = estimate(.sigma, statistics.sigma, \.sigma)
        let direction: SensitivityResult.Direction
        if let value = mu.value, let interval = mu.interval, !interval.includesZero {
            direction = value > 0 ? .raises : .lowers
        } else {
            direction = mu.value == nil ? .unknown : .mixed
        }
        return SensitivityResult(metric: metric, parameter: parameter, design: .morris, headline: muStar,
                                 details: [mu, sigma], direction: direction)
    }

    /// Whether every defined output of every trajectory is the same value.
    private static func isConstant(_ trajectories: [MorrisTrajectory]) -> Bool {
        let values = trajectories.flatMap(\.outputs).filter(\.isFinite)
        guard let first = values.first else { return false }
        return values.allSatisfy { $0 == first }
    }
}
