import Foundation
import Synchronization
import Testing
@testable import WijkSim

@Suite("BatchRunner")
struct BatchRunnerTests {
    @Test("outputs arrive in replicate order even when later replicates finish first", arguments: [1, 2, 4, 7])
    func order(jobs: Int) {
        let count = 40
        let runner = BatchRunner(replicates: count, jobs: jobs, masterSeed: 99)
        var seen: [(Int, UInt64, UInt64)] = []
        var progress: [Int] = []
        runner.run(
            work: { replicate, seed in
                usleep(UInt32((count - replicate) % 8) * 300)
                return seed
            },
            consume: { (item: BatchItem<UInt64>) in seen.append((item.replicate, item.seed, item.output)) },
            progress: { progress.append($0) })
        #expect(seen.map(\.0) == Array(0..<count), "jobs \(jobs)")
        #expect(seen.allSatisfy { $0.1 == SeedDerivation.replicateSeed(master: 99, replicate: $0.0) && $0.2 == $0.1 })
        #expect(progress == Array(1...count))
    }

    @Test("workers never run more than the window ahead of delivery")
    func boundedWindow() {
        let runner = BatchRunner(replicates: 200, jobs: 3, masterSeed: 5)
        let highest = Atomic<Int>(-1)
        var violations = 0
        runner.run(
            work: { replicate, _ in
                highest.max(replicate, ordering: .relaxed)
                return replicate
            },
            consume: { (item: BatchItem<Int>) in
                if highest.load(ordering: .relaxed) > item.replicate + runner.window { violations += 1 }
                usleep(200)
            })
        #expect(violations == 0)
    }

    @Test("a failing consumer stops the batch and its error is rethrown")
    func consumerError() {
        struct Stop: Error, Equatable {}
        let started = Atomic<Int>(0)
        let runner = BatchRunner(replicates: 10_000, jobs: 4, masterSeed: 1)
        #expect(throws: Stop()) {
            try runner.run(
                work: { replicate, _ in started.add(1, ordering: .relaxed); return replicate },
                consume: { (item: BatchItem<Int>) throws(Stop) in if item.replicate == 20 { throw Stop() } })
        }
        #expect(started.load(ordering: .relaxed) <= 21 + runner.window)
    }

    /// What must hold with several workers on any machine, one core included (no assertion on
    /// timing or interleaving): every replicate is computed exactly once, delivered once in
    /// replicate order with the seed derived from (master, replicate) only, and the delivered
    /// items are those of `jobs: 1`. Catches two workers taking the same index, a skipped or
    /// repeated index, and a seed taken from the worker or the order of completion.
    @Test("with jobs > 1 every replicate is computed once and delivered as with jobs 1", arguments: [2, 7])
    func exactlyOnce(jobs: Int) {
        let count = 50
        func deliver(jobs: Int) -> (calls: [Int], items: [String]) {
            let calls = Mutex([Int](repeating: 0, count: count))
            var items: [String] = []
            BatchRunner(replicates: count, jobs: jobs, masterSeed: 3).run(
                work: { replicate, seed in
                    calls.withLock { $0[replicate] += 1 }
                    return seed ^ UInt64(replicate)
                },
                consume: { (item: BatchItem<UInt64>) in items.append("\(item.replicate) \(item.seed) \(item.output)") })
            return (calls.withLock { $0 }, items)
        }
        let serial = deliver(jobs: 1)
        let parallel = deliver(jobs: jobs)
        #expect(parallel.calls == [Int](repeating: 1, count: count), "jobs \(jobs)")
        #expect(parallel.items == serial.items, "jobs \(jobs)")
        let expected = (0..<count).map { replicate in
            let seed = SeedDerivation.replicateSeed(master: 3, replicate: replicate)
            return "\(replicate) \(seed) \(seed ^ UInt64(replicate))"
        }
        #expect(serial.items == expected)
        #expect(BatchRunner(replicates: count, jobs: jobs, masterSeed: 3).workerCount == jobs)
        #expect(BatchRunner(replicates: 3, jobs: jobs, masterSeed: 3).workerCount == min(3, jobs))
    }

    @Test("zero replicates deliver nothing")
    func empty() {
        var delivered = 0
        BatchRunner(replicates: 0, jobs: 4, masterSeed: 1).run(
            work: { replicate, _ in replicate }, consume: { (_: BatchItem<Int>) in delivered += 1 })
        #expect(delivered == 0)
    }

    /// Runs a fake experiment and returns the three CSV files' bytes.
    private func csvFiles(jobs: Int) throws -> [Data] {
        let folder = TestSupport.makeTemporaryFolder("jobs\(jobs)")
        defer { TestSupport.remove(folder) }
        let weeks = 6
        let recorder = try RunRecorder(scenarioName: "fake, \"quoted\"", weeks: weeks) { folder + "/" + $0 }
        let runner = BatchRunner(replicates: 37, jobs: jobs, masterSeed: 20241)
        try runner.run(
            work: { replicate, seed in
                usleep(UInt32(37 - replicate) * 100)
                return TestSupport.fakeResult(seed: seed, weeks: weeks)
            },
            consume: { (item: BatchItem<ReplicateResult>) throws(OutputError) in
                try recorder.record(replicate: item.replicate, seed: item.seed, result: item.output)
            })
        _ = try recorder.finish()
        return try [RunRecorder.runsFile, RunRecorder.summaryFile, RunRecorder.timeSeriesFile].map {
            try Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0))
        }
    }

    @Test("--jobs 1 and --jobs 4 write byte-identical CSV files")
    func determinism() throws {
        let serial = try csvFiles(jobs: 1)
        let parallel = try csvFiles(jobs: 4)
        #expect(serial == parallel)
        let runs = String(decoding: serial[0], as: UTF8.self).split(separator: "\n")
        #expect(runs.count == 38)
        #expect(runs[0] == Substring(RunRecorder.runsHeader.joined(separator: ",")))
        #expect(runs[1].hasPrefix("\"fake, \"\"quoted\"\"\",0,s\(SeedDerivation.replicateSeed(master: 20241, replicate: 0)),"))
        let summary = String(decoding: serial[1], as: UTF8.self).split(separator: "\n")
        #expect(summary.count == 1 + MetricCatalog.scalarNames.count)
        let series = String(decoding: serial[2], as: UTF8.self).split(separator: "\n")
        #expect(series.count == 1 + 6 * MetricCatalog.weeklyNames.count)
        #expect(series[1].hasPrefix("\"fake, \"\"quoted\"\"\",1,raised,"))
    }
}
