import Foundation
import Synchronization
import Testing
@testable import WijkSim

/// A replicate built in an earlier replicate's buffers (``ReplicateArena``) is the replicate a
/// fresh world runs, bit for bit.
@Suite("Replicate arena: reused buffers never change a result")
struct ReplicateArenaTests {
    static func small(populations: [Int]? = nil) throws -> Scenario {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        var scenario = try ScenarioLoader.load(path: root + "/Scenarios/bench/small.json")
        scenario.run.weeks = 26
        if let populations {
            for (index, population) in populations.enumerated() where index < scenario.municipality.neighbourhoods.count {
                scenario.municipality.neighbourhoods[index].population = population
            }
        }
        return scenario
    }

    static func bits(_ result: ReplicateResult) -> [UInt64] {
        (result.scalars + result.weekly + result.units).map(\.bitPattern) + [UInt64(result.requestsHandled)]
    }

    /// Where two results first differ (`nil` if bit-identical), for a short failure message.
    static func firstDifference(_ a: [UInt64], _ b: [UInt64]) -> Int? {
        guard a.count == b.count else { return min(a.count, b.count) }
        return a.indices.first { a[$0] != b[$0] }
    }

    /// Catches a reset that leaves the last replicate's slot table, awareness bits or records
    /// in place (the next replicate would find residents it never touched materialised, aware or
    /// with a trust), and a layout check that reuses a slot table of another population.
    @Test("replicates of two towns through one arena equal fresh ones")
    func reuseMatchesFresh() throws {
        let town = try Self.small()
        let other = try Self.small(populations: town.municipality.neighbourhoods.map { $0.population / 2 + 7 })
        let sequence: [(Scenario, UInt64)] = [(town, 1), (town, 2), (other, 3), (town, 4), (town, 4), (other, 5), (other, 6)]
        var arena = ReplicateArena()
        for (scenario, seed) in sequence {
            var fresh = World(scenario: scenario, seed: seed)
            let expected = fresh.run()
            var reused = World(scenario: scenario, seed: seed, arena: arena)
            let got = reused.run()
            #expect(Self.firstDifference(Self.bits(got), Self.bits(expected)) == nil, "seed \(seed)")
            arena = reused.takeArena()
            #expect(arena.residents?.recordCount ?? 0 > 0, "the arena carries the last replicate's store")
        }
    }

    /// Catches a reset that copies the buffers instead of reusing them (the arena would save
    /// nothing and hold a second copy at the peak): the next world's slot table and records are
    /// the arena's own memory.
    @Test("the next replicate reuses the arena's buffers in place")
    func buffersReusedInPlace() throws {
        let town = try Self.small()
        let pool = ReplicateArenaPool()
        var first = World(scenario: town, seed: 1, arena: pool.take())
        _ = first.run()
        let slotTable = first.residents.slotOf.withUnsafeBufferPointer { $0.baseAddress }
        let records = first.residents.ids.withUnsafeBufferPointer { $0.baseAddress }
        pool.put(first.takeArena())
        let second = World(scenario: town, seed: 2, arena: pool.take())
        #expect(second.residents.slotOf.withUnsafeBufferPointer { $0.baseAddress } == slotTable)
        #expect(second.residents.ids.withUnsafeBufferPointer { $0.baseAddress } == records)
        #expect(second.residents.recordCount == 0 && second.residents.slotOf.allSatisfy { $0 == -1 })
    }

    /// Can catch a pool that hands the same arena to two replicates at once (their stores would
    /// share buffers; whether two replicates overlap depends on scheduling, but a correct pool
    /// passes under any interleaving): replicates run in parallel through the shared pool equal
    /// sequential fresh ones.
    @Test("replicates in parallel through the shared pool equal fresh ones")
    func parallelPool() throws {
        let town = try Self.small()
        let count = 24
        let expected = (0..<count).map { i -> [UInt64] in
            var world = World(scenario: town, seed: UInt64(100 + i))
            return Self.bits(world.run())
        }
        let results = Mutex<[[UInt64]]>(Array(repeating: [], count: count))
        DispatchQueue.concurrentPerform(iterations: count) { i in
            let bits = Self.bits(Simulation.runReplicate(scenario: town, seed: UInt64(100 + i)))
            results.withLock { $0[i] = bits }
        }
        let got = results.withLock { $0 }
        for i in 0..<count { #expect(Self.firstDifference(got[i], expected[i]) == nil, "replicate \(i)") }
    }
}
