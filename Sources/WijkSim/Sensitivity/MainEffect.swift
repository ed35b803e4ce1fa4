/// Main effects of the factors of a full-factorial grid: per factor, the marginal mean of
/// the output at each of its levels and the range (largest − smallest) of those means.
///
/// Points with the same value of every factor form a grid cell (replicates with different
/// seeds). A level's marginal mean is the unweighted mean of the cell means at that level, so
/// that a cell with fewer defined replicates does not weigh less; with equal replicates it
/// is the plain mean of the points at that level.
///
/// Intervals use the pooled within-cell variance s² (ANOVA's mean square error, points −
/// cells degrees of freedom), so they show replicate noise only, not the spread due to the
/// other factors, which a fixed grid averages over by design:
/// - level mean m_l ± t · s · √(Σ_{c at l} 1/n_c) / C_l, with C_l cells at level l;
/// - range: the signed difference m_max − m_min of the two extreme levels ± t · √(se_max² + se_min²).
///   Because the extremes are chosen after looking, this is somewhat narrow for more than two
///   levels; when it includes zero the factor has no detectable main effect.
///
/// Without replicates there is no noise estimate and no interval. Points where the output or
/// an input is not finite are dropped (``SensitivityEstimate/skipped``); if that empties
/// cells, a note says the grid is incomplete.
public enum MainEffect {
    /// The main effect of each factor.
    ///
    /// - Parameters:
    ///   - metric: the output metric's name, copied into the results.
    ///   - parameters: the grid factors' names, k ≥ 1.
    ///   - inputs: k columns, `inputs[j][i]` = factor j at point i (one point per run); every
    ///     column as long as `output`.
    ///   - output: the metric at each point; NaN where it is undefined.
    ///   - level: coverage of the intervals, in (0, 1).
    /// - Returns: one result per factor in the order of `parameters`: headline
    ///   ``SensitivityMeasure/range``, details one ``SensitivityMeasure/levelMean`` per level in
    ///   ascending order. Direction: raises or lowers when the range's interval excludes zero
    ///   and the level means are monotone, else mixed.
    public static func analyse(metric: String, parameters: [String], inputs: [[Double]], output: [Double],
                               level: Double = 0.95) -> [SensitivityResult] {
        precondition(inputs.count == parameters.count,
                     "main effect: \(parameters.count) parameters but \(inputs.count) input columns")
        for (j, column) in inputs.enumerated() {
            precondition(column.count == output.count,
                         "main effect: input \(parameters[j]) has \(column.count) values, output \(output.count)")
        }
        let kept = output.indices.filter { i in output[i].isFinite && inputs.allSatisfy { $0[i].isFinite } }
        let skipped = output.count - kept.count
        guard kept.count >= 2 else {
            return parameters.map { parameter in
                SensitivityResult(metric: metric, parameter: parameter, design: .grid,
                                  headline: .missing(.range, count: kept.count, skipped: skipped,
                                                     because: "too few points: n = \(kept.count), needs at least 2"),
                                  direction: .unknown)
            }
        }
        let cells = GridCells(inputs: inputs.map { column in kept.map { column[$0] } }, output: kept.map { output[$0] })
        var notes: [String] = []
        if let first = cells.means.first, cells.means.allSatisfy({ $0 == first }), cells.withinSumOfSquares == 0 {
            notes.append("output is constant")
        }
        let levelCounts = parameters.indices.map { j in Set(cells.levels.map { $0[j] }).count }
        let full = levelCounts.reduce(1.0) { $0 * Double($1) }
        if Double(cells.means.count) < full {
            notes.append("incomplete grid: \(cells.means.count) of \(Int(full)) cells have a defined value")
        }
        if cells.pooledVariance == nil { notes.append("one point per grid cell: no interval") }
        return parameters.indices.map { j in
            factorResult(metric: metric, parameter: parameters[j], factor: j, cells: cells, level: level,
                         skipped: skipped, notes: notes)
        }
    }

    private static func factorResult(metric: String, parameter: String, factor j: Int, cells: GridCells,
                                     level: Double, skipped: Int, notes: [String]) -> SensitivityResult {
        let n = cells.counts.reduce(0, +)
        let values = Array(Set(cells.levels.map { $0[j] })).sorted()
        guard values.count >= 2 else {
            return SensitivityResult(metric: metric, parameter: parameter, design: .grid,
                                     headline: .missing(.range, count: n, skipped: skipped,
                                                        because: "input is constant (one level)"),
                                     direction: .unknown)
        }
        let t = cells.pooledVariance.map { _ in
            StudentT.quantile(1 - (1 - level) / 2, degreesOfFreedom: Double(cells.degreesOfFreedom))
        }
        var means: [Double] = [], errors: [Double?] = [], rows: [SensitivityEstimate] = []
        for value in values {
            let members = cells.levels.indices.filter { cells.levels[$0][j] == value }
            let mean = members.reduce(0) { $0 + cells.means[$1] } / Double(members.count)
            let error = cells.pooledVariance.map { variance in
                (variance * members.reduce(0) { $0 + 1 / Double(cells.counts[$1]) }).squareRoot()
                    / Double(members.count)
            }
            means.append(mean)
            errors.append(error)
            let interval = both(t, error).flatMap { t, error in
                ConfidenceInterval(low: mean - t * error, high: mean + t * error, level: level, method: .studentT)
            }
            rows.append(SensitivityEstimate(measure: .levelMean, level: value, value: mean, interval: interval,
                                            count: members.reduce(0) { $0 + cells.counts[$1] }, skipped: 0))
        }
        let high = means.indices.max { means[$0] < means[$1] }!  // first of equal maxima
        let low = means.indices.min { means[$0] < means[$1] }!
        let range = means[high] - means[low]
        var interval: ConfidenceInterval?
        if let t, let errorHigh = errors[high], let errorLow = errors[low] {
            let half = t * (errorHigh * errorHigh + errorLow * errorLow).squareRoot()
            interval = ConfidenceInterval(low: range - half, high: range + half, level: level, method: .studentT)
        }
        let headline = SensitivityEstimate(measure: .range, value: range, interval: interval, count: n,
                                           skipped: skipped, notes: notes).flaggingUndetectable()
        return SensitivityResult(metric: metric, parameter: parameter, design: .grid, headline: headline,
                                 details: rows, direction: direction(means: means, headline: headline))
    }

    /// Raises or lowers when the range is detectable and the means, in ascending order of
    /// level, never step the other way; mixed otherwise.
    private static func direction(means: [Double], headline: SensitivityEstimate) -> SensitivityResult.Direction {
        guard let interval = headline.interval, !interval.includesZero else { return .mixed }
        let steps = zip(means.dropFirst(), means).map { $0 - $1 }
        if steps.allSatisfy({ $0 >= 0 }) { return .raises }
        if steps.allSatisfy({ $0 <= 0 }) { return .lowers }
        return .mixed
    }
}

/// Both values, or `nil` when either is missing.
private func both<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
