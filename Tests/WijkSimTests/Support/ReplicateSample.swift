import Dispatch
import Foundation
import WijkSim

/// Replicates of one scenario run in parallel for statistical tests, with
/// replicate i seeded from (master, i) so that two samples with the same master
/// seed are paired (common random numbers).
struct ReplicateSample: Sendable {
    let results: [ReplicateResult]

    init(_ scenario: Scenario, replicates: Int, master: UInt64 = 2024) {
        let slots = ResultSlots(count: replicates)
        DispatchQueue.concurrentPerform(iterations: replicates) { i in
            let seed = SeedDerivation.replicateSeed(master: master, replicate: i)
            slots.store(Simulation.runReplicate(scenario: scenario, seed: seed), at: i)
        }
        results = slots.values
    }

    /// Per-replicate values of scalar metric `index`.
    func values(_ index: Int) -> [Double] { results.map { $0.scalars[index] } }

    /// Per-replicate means of weekly metric `metric` over recorded weeks `weeks` (1-based, inclusive).
    func windowMeans(_ metric: MetricCatalog.Weekly, weeks: ClosedRange<Int>) -> [Double] {
        results.map { result in
            let values = weeks.map { result.weeklyValue(week: $0 - 1, metric: metric.rawValue) }.filter { !$0.isNaN }
            return values.reduce(0, +) / Double(max(1, values.count))
        }
    }

    /// Mean of scalar metric `index` with the half-width of its 95% interval.
    func estimate(_ index: Int) -> Estimate { Estimate(values(index)) }
}

/// A mean with a normal-approximation 95% half-width (NaN values skipped).
struct Estimate: CustomStringConvertible {
    let mean: Double
    let halfWidth: Double

    init(_ values: [Double]) {
        let v = values.filter { !$0.isNaN }
        let n = Double(v.count)
        let m = v.reduce(0, +) / max(1, n)
        mean = m
        let variance = n > 1 ? v.reduce(0) { $0 + ($1 - m) * ($1 - m) } / (n - 1) : .infinity
        halfWidth = 1.96 * (variance / max(1, n)).squareRoot()
    }

    /// Paired difference `a − b`, replicate by replicate.
    static func difference(_ a: [Double], _ b: [Double]) -> Estimate {
        Estimate(zip(a, b).map { $0 - $1 })
    }

    var low: Double { mean - halfWidth }
    var high: Double { mean + halfWidth }
    /// Whether the interval lies above zero.
    var isPositive: Bool { low > 0 }
    var description: String { String(format: "%.4f ± %.4f", mean, halfWidth) }
}

/// Per-index result slots written from concurrent replicates.
///
/// `@unchecked Sendable`: each index is written exactly once, by the one
/// iteration of `concurrentPerform` that owns it, under the lock; values are read
/// only after `concurrentPerform` returns.
final class ResultSlots: @unchecked Sendable {
    private var slots: [ReplicateResult?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ result: ReplicateResult, at index: Int) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    var values: [ReplicateResult] { slots.map { $0! } }
}
