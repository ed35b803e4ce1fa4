import Foundation

/// The sensitivity ranking of a finished sweep, computed from its `points.csv`.
///
/// Read back from the file (not from memory) so that one process and a merge of
/// shards compute it from the same bytes and write the same `sensitivity.csv`.
/// Per key metric (``SweepFiles/keyMetrics``), the measure suits the design:
/// - `grid`: main effects (range of the marginal means, per-level means) — ``MainEffect``;
/// - `latin-hypercube` and `points`: partial rank correlation with Fisher-z 95%
///   intervals — ``PartialRankCorrelation``;
/// - `morris`: μ*, μ and σ of the elementary effects with bootstrap intervals over
///   trajectories — ``MorrisEffect``.
/// The output of each point is the mean of the metric over its replicates.
public struct SweepSensitivity: Sendable {
    /// The sweep.
    public var plan: SweepPlan
    /// Bootstrap resamples for the Morris intervals.
    public static let bootstrapResamples = 1000

    /// A calculator for `plan`.
    public init(plan: SweepPlan) { self.plan = plan }

    /// Reads `pointsPath`, ranks and writes `sensitivityPath` (replacing it).
    /// - Returns: the ranking, for the terminal.
    /// - Throws: ``SweepError`` (65) when `points.csv` is not this sweep's; ``OutputError`` (73).
    public func write(fromPoints pointsPath: String, to sensitivityPath: String) throws -> SensitivityRanking {
        let ranking = try rank(pointsPath: pointsPath)
        _ = unlink(sensitivityPath)
        try SensitivityTable.write(ranking.rows, to: sensitivityPath)
        return ranking
    }

    /// The ranking from the points file at `pointsPath`.
    public func rank(pointsPath: String) throws -> SensitivityRanking {
        let header = SweepFiles.pointsHeader(plan.factors)
        let reader = try LineReader(path: pointsPath)
        guard let first = reader.next(), first == header.joined(separator: ",") else {
            throw SweepError(.data, "\(pointsPath): the header is not that of this sweep's points.csv")
        }
        let k = plan.factors.count
        let metricColumns = SweepFiles.keyMetrics.map { header.firstIndex(of: "\($0)_mean")! }
        var inputs = Array(repeating: [Double](), count: k)
        var outputs = Array(repeating: [Double](), count: metricColumns.count)
        var line = 1
        while let text = reader.next() {
            line += 1
            let fields = text.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == header.count else {
                throw SweepError(.data, "\(pointsPath):\(line): expected \(header.count) fields, found \(fields.count)")
            }
            for j in 0..<k { inputs[j].append(Self.number(fields[1 + j])) }
            for (m, column) in metricColumns.enumerated() { outputs[m].append(Self.number(fields[column])) }
        }
        guard line - 1 == plan.pointCount else {
            throw SweepError(.data, "\(pointsPath): \(line - 1) points, the sweep has \(plan.pointCount)")
        }
        let names = plan.factors.map(\.keyPath)
        var results: [SensitivityResult] = []
        for (m, metric) in SweepFiles.keyMetrics.enumerated() {
            switch plan.design {
            case .grid:
                results += MainEffect.analyse(metric: metric, parameters: names, inputs: inputs, output: outputs[m])
            case .latinHypercube:
                results += PartialRankCorrelation.analyse(metric: metric, parameters: names, inputs: inputs,
                                                          output: outputs[m], design: .latinHypercube)
            case .points:
                results += PartialRankCorrelation.analyse(metric: metric, parameters: names, inputs: inputs,
                                                          output: outputs[m], design: .points)
            case .morris:
                let size = k + 1
                let trajectories = stride(from: 0, to: plan.pointCount, by: size).map { start in
                    MorrisTrajectory(points: (start..<start + size).map { i in (0..<k).map { inputs[$0][i] } },
                                     outputs: Array(outputs[m][start..<start + size]))
                }
                results += try MorrisEffect.analyse(
                    metric: metric, parameters: names, ranges: plan.factors.map { $0.low...$0.high },
                    trajectories: trajectories,
                    bootstrap: Bootstrap(resamples: Self.bootstrapResamples, seed: plan.seed))
            }
        }
        return SensitivityRanking(results)
    }

    /// A field of `points.csv` as a number; `NA` (undefined) is NaN.
    static func number(_ field: Substring) -> Double {
        Double(field) ?? .nan
    }
}
