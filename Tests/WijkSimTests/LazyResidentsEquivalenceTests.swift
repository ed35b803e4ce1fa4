import Foundation
import Testing
@testable import WijkSim

extension Slow {
    /// Lazy residents (issue 13) change how the population is drawn, not the model: the engine
    /// must say statistically the same as the one that drew every resident at the start.
    ///
    /// `Fixtures/lazy-residents/<name>/` holds that engine's `summary.csv`, `units-summary.csv`
    /// and `timeseries.csv` (commit 9fd586c, `scripts/lazy-residents-reference.sh`; 4,000
    /// replicates of `dense.json`, 2,000 of `equivalence.json`). The current engine runs 1,500
    /// and 1,000 replicates with other seeds. For every scalar metric, every neighbourhood
    /// metric and the weekly `mean_trust` and `aware_share` in three weeks, the difference of
    /// the means is scaled by its standard error; the test fails if any lies beyond 4 (the
    /// family-wise false alarm over the ~300 comparisons is about 2%) or more than 5% beyond
    /// 2.576 (the 99% band).
    ///
    /// What it catches (``detectsAWrongTrustDraw()``): materialised residents drawn with trust
    /// 0.02 too high. (Activity drawn from its prior instead of its posterior is caught by the
    /// quicker `WorldArrivalsTests.weeklyRate` at shape 0.3.)
    @Suite("Lazy residents: statistically the same as drawing everyone at the start")
    struct LazyResidentsEquivalenceTests {
        static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/lazy-residents")

        /// One comparison: a name, the reference (n, mean, se²) and the new values.
        struct Reference { var n: Double; var mean: Double; var variance: Double }

        static func table(_ name: String, _ file: String) throws -> [[String]] {
            let text = try String(contentsOf: folder.appendingPathComponent("\(name)/\(file)"), encoding: .utf8)
            return text.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        }

        /// Scalars (`summary.csv`: scenario,metric,n,mean,sd), neighbourhood metrics
        /// (`units-summary.csv`: scenario,unit_type,unit,metric,n,mean,sd) and weekly metrics
        /// (`timeseries.csv`: scenario,week,metric,mean,ci_low,ci_high; the variance of one
        /// replicate recovered from the 95% t-interval of `replicates` values).
        static func references(_ name: String, replicates: Int) throws -> [String: Reference] {
            var rows: [String: Reference] = [:]
            for f in try table(name, "summary.csv") {
                guard f.count >= 5, let n = Double(f[2]), let mean = Double(f[3]), let sd = Double(f[4]) else { continue }
                rows["scalar \(f[1])"] = Reference(n: n, mean: mean, variance: sd * sd)
            }
            for f in try table(name, "units-summary.csv") where f.count >= 7 && f[1] == "neighbourhood" {
                guard let n = Double(f[4]), let mean = Double(f[5]), let sd = Double(f[6]) else { continue }
                rows["\(f[2]) \(f[3])"] = Reference(n: n, mean: mean, variance: sd * sd)
            }
            for f in try table(name, "timeseries.csv") where f.count >= 6 && (f[2] == "mean_trust" || f[2] == "aware_share") {
                guard let mean = Double(f[3]), let low = Double(f[4]), let high = Double(f[5]) else { continue }
                let n = Double(replicates), se = (high - low) / (2 * 1.9603)
                rows["week \(f[1]) \(f[2])"] = Reference(n: n, mean: mean, variance: se * se * n)
            }
            return rows
        }

        /// The same quantities from new results, by the names of ``references(_:replicates:)``.
        static func values(_ results: [ReplicateResult], scenario: Scenario) -> [String: [Double]] {
            var values: [String: [Double]] = [:]
            for (index, name) in MetricCatalog.scalarNames.enumerated() { values["scalar \(name)"] = results.map { $0.scalars[index] } }
            let layout = UnitLayout(scenario: scenario)
            for metric in MetricCatalog.unitMetricNames(.neighbourhood) {
                for (unit, hood) in layout.units(.neighbourhood).enumerated() {
                    values["\(hood) \(metric)"] = results.map { $0.unitValues(.neighbourhood, metric: metric, layout: layout)[unit] }
                }
            }
            let weeks = scenario.run.weeks
            for week in [1, weeks / 2, weeks] {
                for metric in [MetricCatalog.Weekly.meanTrust, .awareShare] {
                    values["week \(week) \(MetricCatalog.weeklyNames[metric.rawValue])"] = results.map { $0.weeklyValue(week: week - 1, metric: metric.rawValue) }
                }
            }
            return values
        }

        /// The comparisons beyond `z` standard errors, and how many were compared.
        static func compare(_ reference: [String: Reference], _ values: [String: [Double]], beyond z: Double) -> (compared: Int, outside: [String], largest: String) {
            var compared = 0
            var outside: [String] = []
            var largest = (z: 0.0, line: "")
            for name in values.keys.sorted() {
                guard let old = reference[name] else { continue }
                let v = values[name]!.filter { !$0.isNaN }
                guard v.count > 1, old.n > 1 else { continue }
                let n = Double(v.count), mean = v.reduce(0, +) / n
                let variance = v.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
                let se = (old.variance / old.n + variance / n).squareRoot()
                compared += 1
                if se == 0 {
                    if abs(mean - old.mean) > 1e-9 * max(1, abs(old.mean)) { outside.append("\(name): \(old.mean) → \(mean) (no variance)") }
                    continue
                }
                let score = (mean - old.mean) / se
                if abs(score) > largest.z { largest = (abs(score), "\(name): \(old.mean) → \(mean), z = \(String(format: "%.2f", score))") }
                if abs(score) > z { outside.append("\(name): \(old.mean) → \(mean), z = \(String(format: "%.2f", score))") }
            }
            return (compared, outside, largest.line)
        }

        static func scenario(_ name: String) throws -> Scenario {
            let path = name == "equivalence"
                ? folder.deletingLastPathComponent().appendingPathComponent("equivalence.json").path
                : folder.appendingPathComponent("\(name).json").path
            return try ScenarioLoader.load(path: path)
        }

        /// Replicates of `scenario` with master seed 99 (the reference used the scenario's own),
        /// each world changed by `change` before it runs.
        static func run(_ scenario: Scenario, replicates: Int, change: @escaping @Sendable (inout World) -> Void = { _ in }) -> [ReplicateResult] {
            let slots = Slots(count: replicates)
            DispatchQueue.concurrentPerform(iterations: replicates) { i in
                var world = World(scenario: scenario, seed: SeedDerivation.replicateSeed(master: 99, replicate: i))
                change(&world)
                slots.store(world.run(), at: i)
            }
            return slots.values
        }

        @Test("dense town (1,500 replicates) and the equivalence fixture (1,000): every mean within its interval",
              arguments: [("dense", 1_500, 4_000), ("equivalence", 1_000, 2_000)])
        func meansAgree(name: String, replicates: Int, referenceReplicates: Int) throws {
            let scenario = try Self.scenario(name)
            let reference = try Self.references(name, replicates: referenceReplicates)
            let values = Self.values(Self.run(scenario, replicates: replicates), scenario: scenario)
            let wide = Self.compare(reference, values, beyond: 2.576)
            let far = Self.compare(reference, values, beyond: 4)
            print("\(name): \(wide.compared) compared, \(wide.outside.count) beyond 2.576, largest \(wide.largest)")
            #expect(wide.compared > 150, "only \(wide.compared) compared")
            #expect(Double(wide.outside.count) <= 0.05 * Double(wide.compared), "beyond the 99% band: \(wide.outside)")
            #expect(far.outside.isEmpty, "beyond 4 standard errors: \(far.outside)")
        }

        /// The wrong implementation this catches: materialised residents' trust drawn 0.02 too
        /// high (as a Beta with a shifted mean would). 300 replicates are plenty.
        @Test("a wrong trust draw for materialised residents fails the comparison")
        func detectsAWrongTrustDraw() throws {
            let scenario = try Self.scenario("dense")
            let reference = try Self.references("dense", replicates: 4_000)
            let results = Self.run(scenario, replicates: 300) { $0.untouched.laws.materialisedTrustOffsetForTests = 0.02 }
            let far = Self.compare(reference, Self.values(results, scenario: scenario), beyond: 4)
            #expect(far.outside.contains { $0.hasPrefix("scalar mean_trust_askers") }, "\(far.outside)")
            #expect(far.outside.count >= 5, "\(far.outside)")
        }

        private final class Slots: @unchecked Sendable {
            private var slots: [ReplicateResult?]
            private let lock = NSLock()
            init(count: Int) { slots = Array(repeating: nil, count: count) }
            func store(_ r: ReplicateResult, at i: Int) { lock.lock(); slots[i] = r; lock.unlock() }
            var values: [ReplicateResult] { slots.map { $0! } }
        }
    }
}
