import Foundation

/// The sensitivity ranking of a finished sweep, computed from its `points.csv`.
///
/// Read back from the file (not from memory) so that one process and a merge of
/// shards compute it from the same bytes and write the same `sensitivity.csv`.
/// Per key metric (``SweepFiles/keyMetrics``), the measure suits the design:
/// - `grid`: main effects (range of the marginal means, per-level means) over the replicate
///   rows of `runs.csv`, with t intervals from the spread within the grid cells — ``MainEffect``;
/// - `latin-hypercube` and `points`: partial rank correlation with Fisher-z 95%
///   intervals — ``PartialRankCorrelation``;
/// - `morris`: μ*, μ and σ of the elementary effects with bootstrap intervals over
///   trajectories — ``MorrisEffect``.
/// For the other designs the output of each point is the mean of the metric over its
/// replicates (`points.csv`).
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

    /// The ranking from the points file at `pointsPath` (and, for a grid, the replicate
    /// rows of the `runs.csv` beside it, so that main effects get intervals from the
    /// spread within each grid cell).
    public func rank(pointsPath: String) throws -> SensitivityRanking {
        let k = plan.factors.count
        let inputs: [[Double]], outputs: [[Double]]
        if case .grid = plan.design {
            let folder = (pointsPath as NSString).deletingLastPathComponent
            let runsPath = folder.isEmpty ? SweepFiles.runs : folder + "/" + SweepFiles.runs
            (inputs, outputs) = try Self.columns(of: runsPath, header: SweepFiles.runsHeader(plan.factors), factors: k,
                                                 metrics: SweepFiles.keyMetrics, rows: plan.pointCount * plan.replicates)
        } else {
            (inputs, outputs) = try Self.columns(of: pointsPath, header: SweepFiles.pointsHeader(plan.factors), factors: k,
                                                 metrics: SweepFiles.keyMetrics.map { "\($0)_mean" }, rows: plan.pointCount)
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

    /// The factor columns (1 ... `factors`) and the named metric columns of the CSV file at
    /// `path`, read line by line.
    /// - Throws: ``SweepError`` (65) when the header or a row is not what the sweep writes,
    ///   or the file has not `rows` rows.
    static func columns(of path: String, header: [String], factors k: Int, metrics: [String],
                        rows: Int) throws(SweepError) -> (inputs: [[Double]], outputs: [[Double]]) {
        let reader = try LineReader(path: path)
        guard let first = reader.next(), first == header.joined(separator: ",") else {
            throw SweepError(.data, "\(path): the header is not that of this sweep")
        }
        let metricColumns = metrics.map { header.firstIndex(of: $0)! }
        var inputs = Array(repeating: [Double](), count: k)
        var outputs = Array(repeating: [Double](), count: metricColumns.count)
        var line = 1
        while let text = reader.next() {
            line += 1
            let fields = text.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == header.count else {
                throw SweepError(.data, "\(path):\(line): expected \(header.count) fields, found \(fields.count)")
            }
            for j in 0..<k { inputs[j].append(number(fields[1 + j])) }
            for (m, column) in metricColumns.enumerated() { outputs[m].append(number(fields[column])) }
        }
        guard line - 1 == rows else {
            throw SweepError(.data, "\(path): \(line - 1) rows, the sweep has \(rows)")
        }
        return (inputs, outputs)
    }

    /// A field of `points.csv` as a number; `NA` (undefined) is NaN.
    static func number(_ field: Substring) -> Double {
        Double(field) ?? .nan
    }
}
