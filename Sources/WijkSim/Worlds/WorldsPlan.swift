import Foundation

/// A verdict over plausible worlds, ready to run: the base and the variants, the worlds
/// (each a point of a sweep design over the assumed parameters), replicates and seed.
///
/// A world is a design point of ``design`` (a ``SweepPlan`` over the base): its values are
/// set in the base and in every variant. A variant keeps its own value wherever it differs
/// from the base (the intervention it stands for, or any parameter it changes): at such a
/// leaf the world's value is not set, so the variant is compared as written against the
/// base of that world. Leaves a variant has and the base lacks (an added connector) are the
/// variant's own too. Variants' intervention settings thus stay; their assumed gains, which
/// they leave at the defaults, differ between worlds like any other assumption.
///
/// In every world, replicate i of the base and of every variant uses the seed derived from
/// (``seed``, i): common random numbers within a world (the paired comparison of
/// `wijksim compare`) and across worlds (as across a sweep's points).
///
/// Invariants: `worldCount ≥ 1`; `factors.count == design.factors.count ≥ 1`;
/// `replicates ≥ 2` (a paired interval needs two pairs); `scenarios.count ≥ 2`.
public struct WorldsPlan: Sendable {
    /// What the worlds are drawn from.
    public enum Source: Sendable, Equatable {
        /// A latin hypercube of `worlds` points over the plausible ranges, seeded by `seed`.
        case hypercube(worlds: Int, seed: UInt64)
        /// The first `rows` rows of a posterior file (``WorldsPosterior``).
        case posterior(file: String, rows: Int)
    }

    /// The command-line inputs the plan is made from; a merge makes the same plan from them.
    public struct Setup: Sendable, Equatable {
        /// The base scenario file, as given.
        public var baseFile: String
        /// The variant scenario files, as given.
        public var variantFiles: [String]
        /// `--worlds N`; `nil` with a posterior = every row.
        public var worlds: Int?
        /// `--worlds-from FILE`.
        public var posteriorFile: String?
        /// Replicates per scenario in each world.
        public var replicates: Int
        /// `--seed`; `nil` = the base's `run.seed`.
        public var seed: UInt64?
        /// `--weeks`; `nil` = the base's `run.weeks`.
        public var weeks: Int?

        /// A setup.
        public init(baseFile: String, variantFiles: [String], worlds: Int?, posteriorFile: String?, replicates: Int,
                    seed: UInt64?, weeks: Int?) {
            self.baseFile = baseFile
            self.variantFiles = variantFiles
            self.worlds = worlds
            self.posteriorFile = posteriorFile
            self.replicates = replicates
            self.seed = seed
            self.weeks = weeks
        }
    }

    /// Replicates per scenario in each world when `--replicates` is not given: few, since
    /// the worlds, not the replicates, carry the analysis (docs/SWEEPS.md, "Verdict over
    /// plausible worlds", says how this was chosen).
    public static let defaultReplicates = 10
    /// Allowed `--worlds`.
    public static let worldsRange: ClosedRange<Int> = 1...SweepLoader.maximumPoints

    /// The inputs.
    public internal(set) var setup: Setup
    /// Base first, then the variants, each with the common run settings.
    public internal(set) var scenarios: [Scenario]
    /// The loaded scenarios (files read, resolved JSON), for the manifest; same order.
    public internal(set) var loaded: [LoadedScenario]
    /// The parameters that differ between worlds, in design order.
    public internal(set) var factors: [WorldFactor]
    /// Where the worlds come from.
    public internal(set) var source: Source
    /// The worlds as a sweep over the base: `design.values(ofPoint: w)` are world w's values.
    public internal(set) var design: SweepPlan
    /// Replicates per scenario in each world.
    public internal(set) var replicates: Int
    /// Master seed of every world's replicates.
    public internal(set) var seed: UInt64
    /// Canonical JSON of everything that decides the results (``WorldsResolvedJSON``).
    public internal(set) var resolvedJSON: String
    /// SHA-256 of ``resolvedJSON``.
    public internal(set) var hash: String
    /// The metric every world's verdict reads (a name in ``MetricCatalog/scalarNames``): the
    /// cohort connection rate when the horizon is at least the longest mean patience any
    /// scenario has or any world may draw (the upper end of a varied `residents.patienceWeeks`),
    /// so that every world's cohort has weeks to fill; else `connection_rate_all`, for every
    /// world alike (``WorldsPlan/headline(weeks:scenarios:factors:)``).
    public internal(set) var headlineMetric: String = WorldsFiles.headlineMetric

    /// For each variant, the template that sets the world's values at the leaves it shares
    /// with the base, and which factor fills each of its parameters.
    var variantTemplates: [(template: ScenarioTemplate, factorOfParameter: [Int])]

    /// Number of worlds.
    public var worldCount: Int { design.pointCount }
    /// The indices in ``MetricCatalog/scalarNames`` a world's replicates are reduced to:
    /// ``headlineMetric`` first, then the side effects.
    var trackedIndices: [Int] { WorldsFiles.trackedIndices(headline: headlineMetric) }

    /// The headline of a run of `weeks` weeks over `scenarios` with `factors` varied (see
    /// ``headlineMetric``).
    static func headline(weeks: Int, scenarios: [Scenario], factors: [WorldFactor]) -> String {
        var longest = scenarios.flatMap { s in RequestKind.allCases.map { s.residents.patienceWeeks[$0] } }.max() ?? 0
        for factor in factors where factor.keyPath.hasPrefix("residents.patienceWeeks") { longest = max(longest, factor.high) }
        return Double(weeks) > longest.rounded(.up) ? WorldsFiles.headlineMetric : WorldsFiles.allRequestsHeadlineMetric
    }
    /// The base's name.
    public var baseName: String { scenarios[0].name }
    /// The variants' names, in command-line order.
    public var variantNames: [String] { scenarios.dropFirst().map(\.name) }

    /// The values of world `index`, in factor order.
    public func values(ofWorld index: Int) -> [Double] { design.values(ofPoint: index) }

    /// The base and every variant in world `index`.
    /// - Throws: ``ScenarioError`` when a world breaks a cross-field rule of a scenario,
    ///   naming the world and its first values.
    public func scenarios(forWorld index: Int) throws(ScenarioError) -> [Scenario] {
        let values = values(ofWorld: index)
        var result: [Scenario] = []
        let templates = [(design.template, Array(values.indices))] + variantTemplates.map { ($0.template, $0.factorOfParameter) }
        for (offset, (template, factors)) in templates.enumerated() {
            do throws(ScenarioError) {
                result.append(try template.scenario(values: factors.map { values[$0] },
                                                    file: offset == 0 ? setup.baseFile : setup.variantFiles[offset - 1]))
            } catch {
                var located = error
                located.message += " in world \(index) (" + design.pointDescription(values) + ")"
                if case .posterior(let file, _) = source { located.message += ", row \(index + 1) of \(file)" }
                throw located
            }
        }
        return result
    }
}
