import Dispatch
import Foundation
@testable import WijkSim

/// Replicates of one scenario whose worlds are kept at the end of the run, with every
/// request (the store is never compacted), so that a stylised-fact test can group requests
/// by how they ended (``Request/closedAs``) and read residents' trust per neighbourhood (each
/// record keeps the resident's trust at the start; residents without a record never changed). Replicate i is seeded from (master, i) as in
/// ``ReplicateSample``, so two samples with the same master seed are paired.
struct ObservedSample: @unchecked Sendable {
    /// One finished replicate.
    struct Replicate {
        let result: ReplicateResult
        let world: World
    }

    let replicates: [Replicate]

    init(_ scenario: Scenario, replicates count: Int, master: UInt64 = 2024) {
        let slots = Slots(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { i in
            var world = World(scenario: scenario, seed: SeedDerivation.replicateSeed(master: master, replicate: i))
            world.compactionMinimum = Int.max
            let result = world.run()
            slots.store(Replicate(result: result, world: world), at: i)
        }
        replicates = slots.values
    }

    /// Per-replicate values of scalar metric `index`.
    func values(_ index: Int) -> [Double] { replicates.map { $0.result.scalars[index] } }

    /// Per-replicate means of weekly metric `metric` over recorded weeks `weeks` (1-based, inclusive).
    func windowMeans(_ metric: MetricCatalog.Weekly, weeks: ClosedRange<Int>) -> [Double] {
        replicates.map { r in
            let values = weeks.map { r.result.weeklyValue(week: $0 - 1, metric: metric.rawValue) }.filter { !$0.isNaN }
            return values.reduce(0, +) / Double(max(1, values.count))
        }
    }

    /// Per replicate: the share of the counted requests selected by `include` that ended
    /// connected, among those that closed (NaN where none closed).
    func connectedShare(where include: (Request, World) -> Bool) -> [Double] {
        replicates.map { r in
            var closed = 0, connected = 0
            for request in r.world.requests where request.counted && request.stage == .closed && include(request, r.world) {
                closed += 1
                if request.closedAs == .connected { connected += 1 }
            }
            return closed > 0 ? Double(connected) / Double(closed) : .nan
        }
    }

    /// Per replicate: the number of counted requests selected by `include`.
    func count(where include: (Request, World) -> Bool) -> [Double] {
        replicates.map { r in
            var n = 0
            for request in r.world.requests where request.counted && include(request, r.world) { n += 1 }
            return Double(n)
        }
    }

    /// Per replicate: mean trust change (end − start) of the residents of neighbourhood `hood`.
    func trustChange(neighbourhood hood: Int) -> [Double] {
        replicates.map { r in
            let residents = r.world.residents
            guard residents.population(of: hood) > 0 else { return .nan }
            var sum = 0.0
            for slot in 0..<residents.recordCount where Int(residents.hood[slot]) == hood
                && residents.has(ResidentPopulation.trustKnownBit, slot: slot) {
                sum += Double(residents.trust[slot]) - Double(residents.initialTrust[slot])
            }
            return sum / Double(residents.population(of: hood))
        }
    }

    /// Per replicate: mean trust change (end − start) of residents who raised exactly one
    /// request in the whole run and whose request ended in one of `outcomes`.
    func trustChangeOfSingleRequesters(endingIn outcomes: Set<Outcome>) -> [Double] {
        replicates.map { r in
            // Request.resident is the resident's record slot.
            var raised = [UInt8](repeating: 0, count: r.world.residents.recordCount)
            for request in r.world.requests { raised[Int(request.resident)] = min(2, raised[Int(request.resident)] + 1) }
            var sum = 0.0, n = 0
            for request in r.world.requests where request.stage == .closed && outcomes.contains(request.closedAs) {
                let i = Int(request.resident)
                guard raised[i] == 1 else { continue }
                sum += Double(r.world.residents.trust[i]) - Double(r.world.residents.initialTrust[i])
                n += 1
            }
            return n > 0 ? sum / Double(n) : .nan
        }
    }

    /// Result slots written from concurrent replicates; each index is written once, under the
    /// lock, and read only after `concurrentPerform` returns.
    private final class Slots: @unchecked Sendable {
        private var slots: [Replicate?]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func store(_ r: Replicate, at i: Int) {
            lock.lock()
            slots[i] = r
            lock.unlock()
        }
        var values: [Replicate] { slots.map { $0! } }
    }
}
