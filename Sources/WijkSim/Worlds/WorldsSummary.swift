import Foundation

/// The verdicts of a finished set of worlds, computed from `worlds.csv` read back from disk
/// (so one process and a merge of shards compute them from the same bytes) and written as
/// `worlds-summary.csv`.
///
/// `worlds-summary.csv` is tidy: `variant,measure,parameter,estimate,ci_low,ci_high,rank,n,note`,
/// per variant (command-line order) the rows
/// - `worlds` (estimate = worlds counted), `share_positive`, `share_negative`, `share_unclear`
///   (fractions of worlds whose paired 95% interval lies above 0, below 0, or includes it);
/// - `effect_median`, `effect_p05`, `effect_p95`, `effect_mean` (the effect over worlds, in
///   the headline metric's unit; 90% of worlds lie between p05 and p95);
/// - one row per factor, strongest first: measure `prcc` or `rank_correlation`
///   (``WorldsVerdict/Method``), the key path, the estimate with its Fisher-z 95% interval,
///   `rank` from 1, `n` worlds used, `note` (why an estimate is missing, or
///   "no detectable effect (interval includes 0)");
/// - per side effect (``SideEffect/declarations`` order), measures `side_effect_worse` and
///   `side_effect_better` with the metric as `parameter`: the share of worlds where it was
///   clearly and materially worse or better (`<metric>_finding` in `worlds.csv`).
public struct WorldsSummary: Sendable {
    /// How often one side effect was named over the worlds.
    public struct SideEffectShares: Sendable, Equatable {
        /// Its metric (``SideEffect/metric``).
        public var metric: String
        /// Worlds where it was clearly and materially worse.
        public var worse: Int
        /// Worlds where it was clearly and materially better.
        public var better: Int
    }

    /// One verdict per variant, command-line order.
    public var verdicts: [WorldsVerdict]
    /// Per variant (as ``verdicts``), per side effect in declaration order.
    public var sideEffects: [[SideEffectShares]] = []
    /// The factors, design order.
    public var factors: [WorldFactor]
    /// Worlds.
    public var worldCount: Int

    /// Reads `worldsPath`, aggregates, writes `summaryPath` (replacing it).
    /// - Throws: ``WorldsError`` (65) when the file is not this plan's; ``OutputError`` (73).
    public static func write(plan: WorldsPlan, fromWorlds worldsPath: String, to summaryPath: String) throws -> WorldsSummary {
        let summary = try read(plan: plan, worldsPath: worldsPath)
        _ = unlink(summaryPath)
        let writer = try CSVWriter(path: summaryPath)
        try writer.writeRow(WorldsFiles.summaryHeader)
        for row in summary.rows { try writer.writeRow(row) }
        try writer.close()
        return summary
    }

    /// The verdicts from the `worlds.csv` at `worldsPath`.
    static func read(plan: WorldsPlan, worldsPath: String) throws(WorldsError) -> WorldsSummary {
        let header = WorldsFiles.worldsHeader(plan.factors)
        let reader: LineReader
        do { reader = try LineReader(path: worldsPath) } catch { throw WorldsError(.data, "\(worldsPath): cannot read (\(error))") }
        guard let first = reader.next(), first == header.joined(separator: ",") else {
            throw WorldsError(.data, "\(worldsPath): the header is not that of these worlds")
        }
        let k = plan.factors.count, names = plan.variantNames, v = names.count
        var inputs = Array(repeating: [Double](), count: k)
        var effects = Array(repeating: [Double](), count: v)
        var verdicts = Array(repeating: [WorldsFiles.Verdict](), count: v)
        let effectsDeclared = SideEffect.declarations
        var shares = Array(repeating: effectsDeclared.map { SideEffectShares(metric: $0.metric, worse: 0, better: 0) }, count: v)
        let findingsStart = 2 + k + 5 + effectsDeclared.count
        var line = 1
        while let text = reader.next() {
            line += 1
            let fields = text.split(separator: ",", omittingEmptySubsequences: false)
            let world = (line - 2) / v, variant = (line - 2) % v
            guard fields.count == header.count, Int(fields[0]) == world, fields[1] == names[variant],
                  let verdict = WorldsFiles.Verdict(rawValue: String(fields[5 + k])) else {
                throw WorldsError(.data, "\(worldsPath):\(line): expected world \(world), variant \(names[variant]) and \(header.count) fields")
            }
            if variant == 0 { for j in 0..<k { inputs[j].append(Double(fields[2 + j]) ?? .nan) } }
            effects[variant].append(Double(fields[2 + k]) ?? .nan)
            verdicts[variant].append(verdict)
            for s in effectsDeclared.indices {
                guard let finding = WorldsFiles.SideEffectClass(rawValue: String(fields[findingsStart + s])) else {
                    throw WorldsError(.data, "\(worldsPath):\(line): expected worse, better or none as \(effectsDeclared[s].metric)_finding")
                }
                if finding == .worse { shares[variant][s].worse += 1 }
                if finding == .better { shares[variant][s].better += 1 }
            }
        }
        guard line - 1 == plan.worldCount * v else {
            throw WorldsError(.data, "\(worldsPath): \(line - 1) rows, these worlds have \(plan.worldCount * v)")
        }
        let keyPaths = plan.factors.map(\.keyPath)
        let results = names.indices.map { index in
            WorldsVerdict.aggregate(variant: names[index], effects: effects[index], verdicts: verdicts[index],
                                    parameters: keyPaths, inputs: inputs)
        }
        return WorldsSummary(verdicts: results, sideEffects: shares, factors: plan.factors, worldCount: plan.worldCount)
    }

    /// The rows of `worlds-summary.csv` (without the header).
    var rows: [[String]] {
        let f = CSVWriter.format
        var rows: [[String]] = []
        for (index, verdict) in verdicts.enumerated() {
            let n = String(verdict.worlds)
            func row(_ measure: String, _ estimate: Double) -> [String] {
                [verdict.variant, measure, "", f(estimate), "NA", "NA", "NA", n, ""]
            }
            rows.append(row("worlds", Double(verdict.worlds)))
            rows.append(row("share_positive", verdict.positiveShare))
            rows.append(row("share_negative", verdict.negativeShare))
            rows.append(row("share_unclear", verdict.unclearShare))
            rows.append(row("effect_median", verdict.median))
            rows.append(row("effect_p05", verdict.low))
            rows.append(row("effect_p95", verdict.high))
            rows.append(row("effect_mean", verdict.mean))
            for (rank, driver) in verdict.drivers.enumerated() {
                let estimate = driver.headline
                rows.append([verdict.variant, verdict.method.rawValue, driver.parameter, estimate.value.map(f) ?? "NA",
                             estimate.interval.map { f($0.low) } ?? "NA", estimate.interval.map { f($0.high) } ?? "NA",
                             estimate.value == nil ? "NA" : String(rank + 1), String(estimate.count),
                             estimate.notes.joined(separator: "; ")])
            }
            let counted = Double(verdict.worlds)
            for shares in index < sideEffects.count ? sideEffects[index] : [] {
                for (measure, count) in [("side_effect_worse", shares.worse), ("side_effect_better", shares.better)] {
                    rows.append([verdict.variant, measure, shares.metric, f(counted > 0 ? Double(count) / counted : .nan),
                                 "NA", "NA", "NA", n, ""])
                }
            }
        }
        return rows
    }

    /// The factor with key path `keyPath`.
    public func factor(_ keyPath: String) -> WorldFactor? { factors.first { $0.keyPath == keyPath } }
}
