import Foundation
import Testing
@testable import WijkSim
@testable import WijkSimCLI

/// `wijksim calibrate` on real files: recovery of a known value, output formats, shards and
/// merge, resume, and the results folder's rules.
@Suite("Calibration: recovery, files, shards, resume")
struct CalibrationRunTests {
    static let root = SweepRunTests.root
    static let small = root + "/Scenarios/bench/small.json"

    /// A calibration file in `folder`: the bench town (under two names when `twice`), the
    /// given parameters and patterns.
    static func writeCalibration(in folder: String, name: String = "cal", samples: Int = 6, replicates: Int = 2, weeks: Int = 8,
                                 seed: Int = 3, twice: Bool = true, parameters: String = #"["barriers.siloPenalty", "requests.stallWeeks"]"#,
                                 acceptance: String = #"{"quantile": 0.5}"#, patterns: String? = nil) throws -> String {
        let path = folder + "/\(name).json"
        let scenarios = twice ? #"{"one": "\#(small)", "two": "\#(small)"}"# : #"{"one": "\#(small)"}"#
        let defaultPatterns = """
            [{"id": "P1", "statistic": "connection_rate_2_departments / connection_rate_1_department", "target": 0.3, "scale": 0.05, "source": "[E:001 L433]"},
             {"id": "P2", "statistic": "spread(connection_rate_all) + connector_utilisation@one", "target": {"min": 0.5, "max": 0.9}, "scale": 0.1}]
            """
        try TestSupport.write("""
            {"scenarios": \(scenarios), "samples": \(samples), "replicates": \(replicates), "weeks": \(weeks), "seed": \(seed),
             "parameters": \(parameters), "acceptance": \(acceptance), "patterns": \(patterns ?? defaultPatterns)}
            """, to: path)
        return path
    }

    static func run(_ plan: CalibrationPlan, shard: SweepShard = .whole, into folder: String, jobs: Int = 2,
                    resume: Bool = false, force: Bool = false, stopAfter: Int? = nil) throws -> CalibrationRunner.Outcome {
        var runner = CalibrationRunner(plan: plan, shard: shard, jobs: jobs, folder: folder, resume: resume, force: force,
                                       commandLine: ["wijksim", "calibrate"])
        runner.stopAfterPoints = stopAfter
        return try runner.execute()
    }

    static let comparedFiles = CalibrationFiles.results + ["one/points.csv", "one/runs.csv", "two/points.csv"]

    /// The replicate means of the bench town at `siloPenalty` over `weeks`, as points.csv holds them.
    static func means(siloPenalty: Double, replicates: Int, weeks: Int, seed: UInt64) throws -> [[Double]] {
        var scenario = try ScenarioLoader.load(path: small)
        try scenario.set(keyPath: "barriers.siloPenalty", to: siloPenalty)
        scenario.run.weeks = weeks
        var statistics = Array(repeating: RunningStatistics(), count: MetricCatalog.scalarNames.count)
        for replicate in 0..<replicates {
            let result = Simulation.runReplicate(scenario: scenario, seed: SeedDerivation.replicateSeed(master: seed, replicate: replicate))
            for (index, value) in result.scalars.enumerated() { statistics[index].add(value) }
        }
        return [statistics.map { Double(CSVWriter.format($0.mean)) ?? .nan }]
    }

    // Catches a calibration that does not use the statistic (posterior = prior), pairs samples
    // with the wrong points.csv rows, or accepts the worst samples: the posterior must close in
    // on the value that made the target. The control (a constant statistic, uninformative) must
    // not: a posterior as narrow there would mean the narrowing comes from the procedure itself.
    @Test("recovery: a target made at siloPenalty = 0.3 pins it down; an uninformative one does not")
    func recovery() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let statistic = "connection_rate_2_departments / connection_rate_1_department"
        let target = try StatisticParser(scenarios: ["one"]).parse(statistic)
            .value(means: try Self.means(siloPenalty: 0.3, replicates: 4, weeks: 52, seed: 3))
        let informative = try Self.writeCalibration(in: folder, name: "informative", samples: 40, replicates: 4, weeks: 52, twice: false,
                                                    parameters: #"["barriers.siloPenalty"]"#, acceptance: #"{"quantile": 0.2}"#,
                                                    patterns: #"[{"id": "S", "statistic": "\#(statistic)", "target": \#(target), "scale": 0.02}]"#)
        let plan = try CalibrationLoader.load(path: informative)
        let result = try #require(try Self.run(plan, into: folder + "/out").result)
        #expect(result.accepted.count == 8)
        let q = result.posteriorQuantiles(ofParameter: 0)
        #expect(abs(q[1] - 0.3) < 0.05, "posterior median \(q[1])")
        #expect(plan.parameters[0].widthRatio(q) < 0.35, "posterior 90% range \(q[0])–\(q[2])")
        #expect(q[0] < 0.3 && 0.3 < q[2], "the true value lies inside the 90% range \(q[0])–\(q[2])")

        // The same samples (same sweeps) judged by a constant statistic: every distance 0.
        let flat = try Self.writeCalibration(in: folder, name: "flat", samples: 40, replicates: 4, weeks: 52, twice: false,
                                             parameters: #"["barriers.siloPenalty"]"#, acceptance: #"{"quantile": 0.2}"#,
                                             patterns: #"[{"id": "S", "statistic": "0 * connection_rate_all + 1", "target": 1, "scale": 0.02}]"#)
        let flatPlan = try CalibrationLoader.load(path: flat)
        #expect(flatPlan.sweeps[0].hash == plan.sweeps[0].hash, "same samples and runs")
        let control = try CalibrationAnalysis.analyse(flatPlan, folder: folder + "/out", jobs: 2)
        let c = control.posteriorQuantiles(ofParameter: 0)
        #expect(flatPlan.parameters[0].widthRatio(c) > 0.5, "uninformative posterior 90% range \(c[0])–\(c[2])")
    }

    // Catches a posterior.csv whose header, order or values do not match what compare
    // --worlds-from reads (sample,distance,<key paths>), or rows that are not the accepted ones.
    @Test("posterior.csv: sample,distance,<key paths>; accepted rows, best first; values settable")
    func posteriorFormat() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let plan = try CalibrationLoader.load(path: try Self.writeCalibration(in: folder))
        let result = try #require(try Self.run(plan, into: folder + "/out").result)
        let table = try WijkSim.CSVTable(path: folder + "/out/posterior.csv", required: [], expected: "")
        #expect(table.header == ["sample", "distance", "barriers.siloPenalty", "requests.stallWeeks"])
        #expect(table.rows.count == 3 && result.accepted.count == 3)   // ⌈0.5 · 6⌉
        #expect(table.rows.map { Int($0[0])! } == result.accepted)
        let distances = table.rows.map { Double($0[1])! }
        #expect(distances == distances.sorted())
        var scenario = try ScenarioLoader.load(path: Self.small)
        for row in table.rows {
            for (column, keyPath) in table.header.enumerated().dropFirst(2) { try scenario.set(keyPath: keyPath, to: Double(row[column])!) }
            #expect(Double(row[3])! == Double(row[3])!.rounded(), "integer parameters are whole")
        }
        let samples = TestSupport.read(folder + "/out/samples.csv").split(separator: "\n")
        #expect(samples[0] == "sample,barriers.siloPenalty,requests.stallWeeks,P1,P2,distance,accepted")
        #expect(samples.count == 7)
        let patterns = TestSupport.read(folder + "/out/patterns.csv").split(separator: "\n")
        #expect(patterns[0] == CalibrationFiles.patternsHeader.joined(separator: ","))
        #expect(patterns[1].hasPrefix("P1,connection_rate_2_departments / connection_rate_1_department,0.3,0.3,0.05,[E:001 L433],"))
        // the overlay is a scenario file holding the posterior medians
        let overlay = try ScenarioLoader.load(path: folder + "/out/calibrated-defaults.json")
        let median = result.posteriorQuantiles(ofParameter: 0)[1]
        #expect(abs(overlay.barriers.siloPenalty - median) <= 0.005 * median, "three significant digits")
    }

    // Catches shards that split samples differently per scenario, seeds that depend on the
    // shard, a merge that drops a scenario or re-orders rows, and an analysis that depends on
    // the order results arrived in.
    @Test("3 shards merged give the files of one process; --jobs does not matter")
    func shardsMerge() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let plan = try CalibrationLoader.load(path: try Self.writeCalibration(in: folder))
        _ = try Self.run(plan, into: folder + "/whole", jobs: 1)
        for k in 0..<3 {
            let outcome = try Self.run(plan, shard: SweepShard(index: k, count: 3), into: folder + "/split/shard-\(k)")
            #expect(outcome.result == nil, "a shard does not analyse")
        }
        let merge = CalibrationMerge(plan: plan, shardFolders: [2, 0, 1].map { folder + "/split/shard-\($0)" },
                                     destination: folder + "/split", force: false, jobs: 2, commandLine: ["wijksim"])
        _ = try merge.execute()
        for file in Self.comparedFiles {
            #expect(SweepRunTests.bytes(folder + "/split/" + file) == SweepRunTests.bytes(folder + "/whole/" + file), "\(file)")
            #expect(!SweepRunTests.bytes(folder + "/whole/" + file).isEmpty, "\(file)")
        }
        // a missing shard is refused before anything is written
        let partial = CalibrationMerge(plan: plan, shardFolders: [0, 1].map { folder + "/split/shard-\($0)" },
                                       destination: folder + "/partial", force: false, jobs: 2, commandLine: ["wijksim"])
        #expect(throws: SweepError.self) { try partial.execute() }
    }

    // Catches a resume that re-runs or skips samples, or an unfinished folder analysed as if whole.
    @Test("an interrupted calibration resumed gives the files of an uninterrupted one")
    func resume() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let plan = try CalibrationLoader.load(path: try Self.writeCalibration(in: folder))
        _ = try Self.run(plan, into: folder + "/whole")
        let cut = try Self.run(plan, into: folder + "/cut", stopAfter: 2)
        #expect(cut.result == nil && !POSIXFiles.exists(folder + "/cut/posterior.csv"))
        #expect(throws: SweepError(.cannotCreate, "'\(folder)/cut' holds this calibration unfinished; add --resume to finish it, or --force to start again")) {
            try Self.run(plan, into: folder + "/cut")
        }
        _ = try Self.run(plan, into: folder + "/cut", resume: true)
        for file in Self.comparedFiles {
            #expect(SweepRunTests.bytes(folder + "/cut/" + file) == SweepRunTests.bytes(folder + "/whole/" + file), "\(file)")
        }
        #expect(throws: SweepError(.cannotCreate, "'\(folder)/cut' already holds this calibration's finished results; add --force to run it again")) {
            try Self.run(plan, into: folder + "/cut")
        }
        _ = try Self.run(plan, into: folder + "/cut", force: true)
        #expect(SweepRunTests.bytes(folder + "/cut/posterior.csv") == SweepRunTests.bytes(folder + "/whole/posterior.csv"))
    }

    // Catches a calibration that writes into, or with --force empties, a folder it did not write.
    @Test("a folder WijkSim did not write is refused, even with --force, and left as it was")
    func foreignFolder() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let plan = try CalibrationLoader.load(path: try Self.writeCalibration(in: folder))
        try FileManager.default.createDirectory(atPath: folder + "/mine", withIntermediateDirectories: true)
        try TestSupport.write("keep", to: folder + "/mine/notes.txt")
        for force in [false, true] {
            #expect(throws: SweepError(.cannotCreate, "cannot write the calibration into '\(folder)/mine': it has no manifest.json written by wijksim calibrate; give another --out")) {
                try Self.run(plan, into: folder + "/mine", force: force)
            }
        }
        #expect(TestSupport.entries(folder + "/mine") == ["notes.txt"])
    }
}
