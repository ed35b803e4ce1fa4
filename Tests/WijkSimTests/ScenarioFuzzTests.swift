import Foundation
import Testing
@testable import WijkSim

extension Slow {
    /// Feeds the scenario loader mutated scenario files (``ScenarioMutator``) and checks
    /// that every rejection is one clear message with a position or key path, and that
    /// every accepted file runs a short replicate with the world invariants holding.
    ///
    /// A trap cannot be caught in-process: the fuzzer is how traps are found. Before
    /// each case the test writes its seed and mutations to
    /// `$TMPDIR/wijksim-fuzz-last-case-<chunk>.txt`, so a crash names the case that caused it.
    /// The cases are split into ``chunkCount`` interleaved chunks that run in parallel
    /// (case i in chunk i mod 4), each in its own folder; together they run the same cases
    /// whatever the split.
    ///
    /// Environment (see `scripts/fuzz.sh`):
    /// - `WIJKSIM_FUZZ_CASES`: number of cases (default 10,000: about 110 s of CPU in a debug
    ///   build on the 2-core development machine, so about a minute on its two cores);
    /// - `WIJKSIM_FUZZ_SEED`: master seed (default 20261202); case i has seed
    ///   ``FuzzRandom/caseSeed(master:index:)``;
    /// - `WIJKSIM_FUZZ_CASE`: run only the case with this seed (to reproduce a failure);
    /// - `WIJKSIM_FUZZ_RUN_WORK`: largest estimated work (``RunFootprint/work``) of an
    ///   accepted case that is run (default 200,000 in debug, 20,000,000 in release);
    ///   larger ones count as "accepted, not run".
    @Suite("Scenario fuzzing")
    struct ScenarioFuzzTests {
        /// Counts of one fuzz run.
        struct Counts: CustomStringConvertible {
            var cases = 0, rejected = 0, accepted = 0, run = 0, acceptedNotRun = 0, failures = 0
            var slowest: (seed: UInt64, seconds: Double) = (0, 0)

            var description: String {
                "fuzz: \(cases) cases, \(rejected) rejected with a message, \(accepted) accepted, \(run) run, "
                    + "\(acceptedNotRun) accepted not run, \(failures) failures; slowest case \(slowest.seed) "
                    + String(format: "(%.2f s, for information only)", slowest.seconds)
            }
        }

        static let environment = ProcessInfo.processInfo.environment

        /// Chunks of cases that run in parallel.
        static let chunkCount = 4

        static var runWorkLimit: Double {
            if let text = environment["WIJKSIM_FUZZ_RUN_WORK"], let value = Double(text) { return value }
            #if DEBUG
            return 200_000
            #else
            return 20_000_000
            #endif
        }

        @Test("mutated scenario files: one clear message or a run with invariants holding",
              arguments: 0..<chunkCount)
        func mutatedScenarios(chunk: Int) throws {
            let caseCount = Int(Self.environment["WIJKSIM_FUZZ_CASES"] ?? "") ?? 10_000
            let master = UInt64(Self.environment["WIJKSIM_FUZZ_SEED"] ?? "") ?? 20_261_202
            let only = UInt64(Self.environment["WIJKSIM_FUZZ_CASE"] ?? "")
            let folder = TestSupport.makeTemporaryFolder("fuzz\(chunk)")
            defer { TestSupport.remove(folder) }
            let seeds = try Self.copyScenarios(to: folder)
            let mutator = ScenarioMutator(seeds: seeds)
            let lastCase = NSTemporaryDirectory() + "wijksim-fuzz-last-case-\(chunk).txt"
            var counts = Counts()
            var failures: [String] = []
            let seedsToRun = only.map { chunk == 0 ? [$0] : [] }
                ?? stride(from: chunk, to: caseCount, by: Self.chunkCount).map { FuzzRandom.caseSeed(master: master, index: $0) }
            for seed in seedsToRun {
                let fuzzCase = mutator.makeCase(seed: seed)
                let note = "case \(seed): \(fuzzCase.summary.joined(separator: "; "))"
                try? Data((note + "\nfolder: \(folder)\nrerun: WIJKSIM_FUZZ_CASE=\(seed) swift test --filter ScenarioFuzz\n").utf8)
                    .write(to: URL(fileURLWithPath: lastCase))
                let start = ProgressReporter.monotonicSeconds()
                if let failure = Self.check(fuzzCase, in: folder, seed: seed, counts: &counts) {
                    counts.failures += 1
                    failures.append("\(note): \(failure)")
                }
                let seconds = ProgressReporter.monotonicSeconds() - start
                if seconds > counts.slowest.seconds { counts.slowest = (seed, seconds) }
                if Self.environment["WIJKSIM_FUZZ_VERBOSE"] != nil && seconds > 0.1 { print(String(format: "%.2f s ", seconds) + note) }
                counts.cases += 1
                for file in fuzzCase.files { try? FileManager.default.removeItem(atPath: folder + "/" + file.path) }
            }
            try? FileManager.default.removeItem(atPath: lastCase)
            print("chunk \(chunk + 1) of \(Self.chunkCount): \(counts)")
            for failure in failures.prefix(20) { Issue.record(Comment(rawValue: failure)) }
            #expect(counts.failures == 0, "\(counts)")
            #expect(counts.rejected + counts.accepted == counts.cases)
        }

        /// Loads one case; `nil` when it behaved, else what went wrong.
        static func check(_ fuzzCase: FuzzCase, in folder: String, seed: UInt64, counts: inout Counts) -> String? {
            for file in fuzzCase.files {
                let url = URL(fileURLWithPath: folder + "/" + file.path)
                try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try? Data(file.bytes).write(to: url)
            }
            let path = fuzzCase.load.hasPrefix("/") ? fuzzCase.load : folder + "/" + fuzzCase.load
            let loaded: LoadedScenario
            do {
                loaded = try ScenarioLoader.resolve(path: path)
            } catch {
                counts.rejected += 1
                return problem(with: error)
            }
            counts.accepted += 1
            var scenario = loaded.scenario
            scenario.run.weeks = min(scenario.run.weeks, 4)
            scenario.run.replicates = 1
            do {
                try scenario.checkRunFits(file: path, jobs: 1)
            } catch {
                return "accepted, but 4 weeks do not fit: \(error)"
            }
            guard RunFootprint(scenario, jobs: 1).work <= runWorkLimit else {
                counts.acceptedNotRun += 1
                return nil
            }
            let result = Simulation.runReplicate(scenario: scenario, seed: seed, checkingInvariants: true)
            counts.run += 1
            guard result.weekly.count == scenario.run.weeks * MetricCatalog.weeklyNames.count,
                  result.scalars.count == MetricCatalog.scalarNames.count else {
                return "ran, but the result has \(result.weekly.count) weekly and \(result.scalars.count) scalar values"
            }
            return nil
        }

        /// What is wrong with a rejection, or `nil` when it is one clear, bounded message
        /// naming the file and a line:column or key path (or a file-level problem).
        /// Bounded: at most 6,000 characters (a file path may have 4,096 bytes; user
        /// strings are cut to 64 characters, paths in notes to 200).
        static func problem(with error: ScenarioError) -> String? {
            let text = error.description
            if error.problem == .internalError { return "internal error: \(text.prefix(300))" }
            if ![ExitCode.dataError, .noInput].contains(error.exitCode) { return "exit code \(error.exitCode): \(text.prefix(300))" }
            if error.file.isEmpty || !text.hasPrefix(MessageText.oneLine(error.file)) { return "message does not start with the file: \(text.prefix(300))" }
            let fileLevel = [.missingFile, .unreadable].contains(error.problem) || error.message.hasPrefix("expected a scenario file of at most")
            if error.line == nil && error.keyPath.isEmpty && !fileLevel { return "no position or key path: \(text.prefix(300))" }
            if text.count > 6000 { return "message of \(text.count) characters: \(text.prefix(300))…" }
            if text.contains("\n") { return "message of more than one line: \(text.prefix(300))" }
            return nil
        }

        /// Copies the scenario files of `Scenarios/` into `folder` (not `sweeps/`, which holds
        /// sweep files); returns each file's relative path and bytes.
        static func copyScenarios(to folder: String) throws -> [(path: String, bytes: [UInt8])] {
            let root = packageRoot.appendingPathComponent("Scenarios").path
            var files: [(path: String, bytes: [UInt8])] = []
            let paths = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(".json") && !$0.hasPrefix("sweeps/") }.sorted()
            for relative in paths {
                let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: root + "/" + relative)))
                let target = URL(fileURLWithPath: folder + "/" + relative)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: target)
                files.append((relative, bytes))
            }
            #expect(files.count > 10)
            return files
        }
    }
}
