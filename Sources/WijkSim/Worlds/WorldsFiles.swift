/// The files of a worlds folder (`wijksim compare … --worlds N`), their headers, and the
/// metrics they report, declared once for the run, the resume, the merge and the summary.
///
/// - `worlds.csv`: one row per world × variant, worlds in order, variants in command-line
///   order: `world`, `variant`, every factor's key path (the world's value), `effect`
///   (paired mean difference variant − base of ``headlineMetric`` over the world's
///   replicates), `ci_low`, `ci_high` (paired 95% t interval), `verdict` (``Verdict``),
///   `base_mean` (the headline metric of the base in that world), then
///   `<metric>_difference` for every ``sideEffectMetrics`` metric, then `<metric>_finding`
///   for each (``SideEffectClass``: `worse` or `better` when the single-world verdict would
///   name it in that world — its paired 95% interval excludes 0 and the change is material by
///   ``SideEffect/isMaterial(_:)`` — else `none`). `NA` where undefined.
/// - `worlds-summary.csv`: per variant, the shares, the median and 90% range, and the
///   partial rank correlation of the effect with every factor (``WorldsSummary``); written by
///   a whole run and by the merge, not by a shard.
/// - `completed.log`: the sweep's completion log (``SweepCompletionLog``), one line per world;
///   the second byte count is always 0 (worlds write one streaming file).
/// - `manifest.json`: the setup, the resolved worlds (``WorldsResolvedJSON``), hash, shard.
public enum WorldsFiles {
    /// `worlds.csv`.
    public static let worlds = "worlds.csv"
    /// `worlds-summary.csv`.
    public static let summary = "worlds-summary.csv"
    /// `completed.log`, as a sweep's.
    public static let completionLog = SweepFiles.completionLog
    /// `manifest.json`.
    public static let manifest = SweepFiles.manifest
    /// The CSV files that get an Excel copy with `--excel`.
    public static let excelSources = [worlds, summary]
    /// Every file a worlds run or merge writes (and, with `--excel`, their Excel copies).
    public static let all = [worlds, summary, completionLog, manifest]
    /// The manifest's `command` for a worlds run (a merge writes `merge-worlds`).
    public static let command = "compare-worlds"

    /// The metric whose effect the verdict is about when every world's cohort can be filled:
    /// the single-world verdict's (``Verdict/headlineMetric``, the cohort connection rate).
    /// ``WorldsPlan/headlineMetric`` says which one a run uses.
    public static let headlineMetric = MetricCatalog.scalarNames[WijkSim.Verdict.headlineMetric]
    /// The headline of a run whose horizon is shorter than the longest patience any world may
    /// draw (``WorldsPlan/headlineMetric``): `connection_rate_all`.
    public static let allRequestsHeadlineMetric = MetricCatalog.scalarNames[WijkSim.Verdict.allRequestsHeadlineMetric]
    /// The side effects whose differences each row also carries: those the single-world
    /// verdict names (``SideEffect/declarations``: requests given up, given up before anyone
    /// took them up, left untouched, time to a result, trust of residents who asked, and the
    /// hours connectors and departments spend).
    public static let sideEffectMetrics = SideEffect.declarations.map(\.metric)
    /// Headline `headline` first, then the side effects: the metrics a world's replicates are reduced to.
    static func trackedMetrics(headline: String) -> [String] { [headline] + sideEffectMetrics }
    /// Their indices in ``MetricCatalog/scalarNames``.
    static func trackedIndices(headline: String) -> [Int] { trackedMetrics(headline: headline).map { name in
        guard let index = MetricCatalog.scalarNames.firstIndex(of: name) else {
            preconditionFailure("worlds metric \(name) is not a scalar metric")
        }
        return index
    }
    }

    /// How one world answers for one variant.
    public enum Verdict: String, Sendable, CaseIterable {
        /// The paired 95% interval of the effect lies above 0.
        case positive
        /// The paired 95% interval lies below 0.
        case negative
        /// The interval includes 0, or there is none.
        case unclear

        /// The verdict of an interval.
        public init(low: Double, high: Double) {
            if low.isFinite, low > 0 { self = .positive }
            else if high.isFinite, high < 0 { self = .negative }
            else { self = .unclear }
        }
    }

    /// How a side effect came out in one world: what the single-world verdict
    /// (``SideEffectFinding``) would say of it there.
    public enum SideEffectClass: String, Sendable, CaseIterable {
        /// Clear and material, the unwelcome way.
        case worse
        /// Clear and material, the welcome way.
        case better
        /// Not clear, or too small to name.
        case none

        /// The class of `effect` for the paired `statistics` of its metric in one world.
        package init(_ effect: SideEffect, _ statistics: PairedStatistics) {
            let interval = statistics.pairedInterval()
            let defined = statistics.count > 0
            let estimate = ComparisonEstimate(metric: effect.metric, baseMean: defined ? statistics.base.mean : .nan,
                                              variantMean: defined ? statistics.variant.mean : .nan,
                                              difference: defined ? statistics.difference.mean : .nan,
                                              low: interval.low, high: interval.high)
            guard SideEffectFinding.isReported(effect, estimate) else { self = .none; return }
            self = SideEffectFinding(effect: effect, estimate: estimate).isWorse ? .worse : .better
        }
    }

    /// The `worlds.csv` header for `factors`.
    public static func worldsHeader(_ factors: [WorldFactor]) -> [String] {
        ["world", "variant"] + factors.map(\.keyPath) + ["effect", "ci_low", "ci_high", "verdict", "base_mean"]
            + sideEffectMetrics.map { "\($0)_difference" } + sideEffectMetrics.map { "\($0)_finding" }
    }

    /// The `worlds-summary.csv` header.
    public static let summaryHeader = ["variant", "measure", "parameter", "estimate", "ci_low", "ci_high", "rank", "n", "note"]
}
