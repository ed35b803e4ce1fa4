import Foundation
import Testing
@testable import WijkSim
@testable import WijkSimCLI

/// Running, sharding, resuming and merging sweeps, on real files.
@Suite("Sweep: run, shards, resume, merge")
struct SweepRunTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// A 10-point grid (5 silo penalties × 2 connector hours) × 3 replicates of the bench
    /// town over 6 weeks, written into `folder`; returns its path.
    static func writeSweep(in folder: String, name: String = "grid") throws -> String {
        let path = folder + "/\(name).json"
        try TestSupport.write("""
            {"base": "\(root)/Scenarios/bench/small.json", "replicates": 3, "seed": 7, "weeks": 6,
             "vary": {"barriers.siloPenalty": [0.1, 0.2, 0.3, 0.4, 0.5], "connectors[*].hoursPerWeek": [8, 32]},
             "design": {"type": "grid"}}
            """, to: path)
        return path
    }

    static func run(_ plan: SweepPlan, shard: SweepShard = .whole, into folder: String, jobs: Int = 2,
                    resume: Bool = false, force: Bool = false, stopAfter: Int? = nil) throws -> SweepRunner.Outcome {
        var runner = SweepRunner(plan: plan, shard: shard, jobs: jobs, folder: folder, resume: resume, force: force,
                                 commandLine: ["wijksim", "sweep"])
        runner.stopAfterPoints = stopAfter
        return try runner.execute()
    }

    static func bytes(_ path: String) -> [UInt8] {
        Array(FileManager.default.contents(atPath: path) ?? Data())
    }

    static let comparedFiles = [SweepFiles.runs, SweepFiles.points, SweepFiles.sensitivity, SweepFiles.units,
                                SweepFiles.unitsSummary]

    /// Expects every compared file in `folder` and `reference` to have the same bytes, and to
    /// be there at all (two missing files would compare equal).
    static func expectSameFiles(_ folder: String, as reference: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for file in comparedFiles {
            #expect(!bytes(reference + "/" + file).isEmpty, "\(file) missing", sourceLocation: sourceLocation)
            #expect(bytes(folder + "/" + file) == bytes(reference + "/" + file), "\(file)", sourceLocation: sourceLocation)
        }
    }

    // Catches a shard split that drops or repeats a point at a boundary, seeds that depend on
    // the shard or thread count, and a merge that keeps every shard's header.
    @Test("4 shards merged give the bytes of one process (and --jobs does not matter)")
    func shardsMergeToOneProcess() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let plan = try SweepLoader.load(path: try Self.writeSweep(in: folder))
        _ = try Self.run(plan, into: folder + "/single", jobs: 1)
        for k in 0..<4 { _ = try Self.run(plan, shard: SweepShard(index: k, count: 4), into: folder + "/shard-\(k)", jobs: 2) }
        #expect(!POSIXFiles.exists(folder + "/shard-0/" + SweepFiles.sensitivity), "a shard ranks nothing")
        let merge = SweepMerge(folders: [3, 1, 0, 2].map { folder + "/shard-\($0)" }, destination: folder + "/merged",
                               force: false, sweepFile: nil, commandLine: ["wijksim", "merge"])
        _ = try merge.execute()
        Self.expectSameFiles(folder + "/merged", as: folder + "/single")
        let runs = TestSupport.read(folder + "/single/runs.csv").split(separator: "\n")
        #expect(runs.count == 1 + 10 * 3)
        #expect(runs[0].hasPrefix("point,barriers.siloPenalty,connectors[*].hoursPerWeek,replicate,seed,"))
        let points = TestSupport.read(folder + "/single/points.csv").split(separator: "\n")
        #expect(points.count == 1 + 10)
        // common random numbers: replicate r has the same seed at every point
        let seeds = runs.dropFirst().map { $0.split(separator: ",")[4] }
        #expect(seeds[0] == seeds[3] && seeds[1] == seeds[4] && seeds[0] != seeds[1])
    }

    // Catches a resume that re-runs finished points (duplicated rows), keeps a half-written
    // row, or restarts the replicate seeds.
    @Test("An interrupted sweep resumed gives the bytes of an uninterrupted one")
    func resumeAfterCrash() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let plan = try SweepLoader.load(path: try Self.writeSweep(in: folder))
        _ = try Self.run(plan, into: folder + "/whole")
        let partial = try Self.run(plan, into: folder + "/cut", stopAfter: 4)
        #expect(partial.pointsRun == 4)
        // what a kill -9 in the middle of the next point leaves: half a row, half a log line
        let runs = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/cut/runs.csv"))
        try runs.seekToEnd(); try runs.write(contentsOf: Data("4,0.3,8,0,s1234".utf8)); try runs.close()
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/cut/completed.log"))
        try log.seekToEnd(); try log.write(contentsOf: Data("point 4 99".utf8)); try log.close()
        let units = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/cut/units.csv"))
        try units.seekToEnd(); try units.write(contentsOf: Data("4,0,neighbourhood,Cent".utf8)); try units.close()
        #expect(throws: SweepError.self) { try Self.run(plan, into: folder + "/cut") }   // needs --resume
        let resumed = try Self.run(plan, into: folder + "/cut", resume: true)
        #expect(resumed.pointsResumed == 4 && resumed.pointsRun == 6)
        Self.expectSameFiles(folder + "/cut", as: folder + "/whole")
    }

    // Catches a real crash path the in-process simulation misses: the process killed with
    // SIGKILL while it streams rows. Waits on files, never on time.
    @Test("kill -9 during wijksim sweep, then --resume, gives the uninterrupted bytes",
          .enabled(if: BuiltExecutable.path != nil))
    func killAndResume() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let sweep = folder + "/long.json"
        try TestSupport.write("""
            {"base": "\(Self.root)/Scenarios/bench/small.json", "replicates": 2, "seed": 3, "weeks": 20,
             "vary": {"barriers.siloPenalty": {"min": 0, "max": 0.8}, "barriers.feedbackGap": {"min": 0, "max": 1}},
             "design": {"type": "latin-hypercube", "points": 60}}
            """, to: sweep)
        let executable = try #require(BuiltExecutable.path)
        func sweepProcess(_ arguments: [String]) throws -> Process {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["sweep", sweep, "--quiet", "--jobs", "1"] + arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        let whole = try sweepProcess(["--out", folder + "/whole"])
        whole.waitUntilExit()
        #expect(whole.terminationStatus == 0)
        let victim = try sweepProcess(["--out", folder + "/cut"])
        while victim.isRunning && TestSupport.read(folder + "/cut/completed.log").components(separatedBy: "\npoint ").count < 4 {
            usleep(2_000)
        }
        let killed = victim.isRunning
        if killed { kill(victim.processIdentifier, SIGKILL) }
        victim.waitUntilExit()
        if killed {
            let resumed = try sweepProcess(["--out", folder + "/cut", "--resume"])
            resumed.waitUntilExit()
            #expect(resumed.terminationStatus == 0)
        }
        Self.expectSameFiles(folder + "/cut", as: folder + "/whole")
    }

    @Test("merge refuses missing, overlapping, unfinished, truncated and foreign shards, naming them")
    func mergeRefusals() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let plan = try SweepLoader.load(path: try Self.writeSweep(in: folder))
        for k in 0..<3 { _ = try Self.run(plan, shard: SweepShard(index: k, count: 3), into: folder + "/s\(k)") }
        func message(_ folders: [String], out: String = "out") -> String {
            let merge = SweepMerge(folders: folders.map { folder + "/" + $0 }, destination: folder + "/" + out,
                                   force: false, sweepFile: nil, commandLine: [])
            do { _ = try merge.execute(); return "merged" } catch {
                return String(describing: error).replacingOccurrences(of: folder + "/", with: "")
            }
        }
        #expect(message(["s0", "s2"]) == "missing shard 1 of 3 (1 missing); give every shard-K folder")
        try FileManager.default.copyItem(atPath: folder + "/s1", toPath: folder + "/s1b")
        #expect(message(["s0", "s1", "s1b/", "s2"]) == "'s1' and 's1b' both hold shard 1/3: the shards overlap")
        // a shard of another sweep: same grid, different seed
        let otherPath = folder + "/other.json"
        try TestSupport.write(TestSupport.read(folder + "/grid.json").replacingOccurrences(of: "\"seed\": 7", with: "\"seed\": 8"), to: otherPath)
        _ = try Self.run(try SweepLoader.load(path: otherPath), shard: SweepShard(index: 1, count: 3), into: folder + "/x1")
        #expect(message(["s0", "x1", "s2"]).hasPrefix("'x1' is a shard of another sweep (hash "))
        // truncated rows
        let truncated = folder + "/t2"
        _ = try Self.run(plan, shard: SweepShard(index: 2, count: 3), into: truncated)
        let size = Self.bytes(truncated + "/runs.csv").count
        truncate(truncated + "/runs.csv", off_t(size - 10))
        #expect(message(["s0", "s1", "t2"]) == "'t2/runs.csv' is truncated: \(size - 10) bytes, its completion log records \(size)")
        // unfinished
        _ = try Self.run(plan, shard: SweepShard(index: 2, count: 3), into: folder + "/u2", stopAfter: 1)
        #expect(message(["s0", "s1", "u2"]) == "'u2': shard 2/3 is unfinished (1 of 4 points); finish it with wijksim sweep SWEEP --shard 2/3 --resume")
        #expect(message(["s0", "s1", "s2"]) == "merged")
        #expect(message(["s0", "s1", "s2"]) == "'out' already holds runs.csv, points.csv, units.csv, units-summary.csv, sensitivity.csv, manifest.json; add --force to replace them")
        // --force replaces files only in a folder whose manifest WijkSim wrote
        try FileManager.default.createDirectory(atPath: folder + "/foreign", withIntermediateDirectories: true)
        try TestSupport.write("my own data", to: folder + "/foreign/runs.csv")
        let forced = SweepMerge(folders: ["s0", "s1", "s2"].map { folder + "/" + $0 }, destination: folder + "/foreign",
                                force: true, sweepFile: nil, commandLine: [])
        #expect(throws: SweepError(.cannotCreate, "cannot replace runs.csv in '\(folder)/foreign': it has no manifest.json written by WijkSim, so they may not be WijkSim's")) {
            try forced.execute()
        }
        #expect(TestSupport.read(folder + "/foreign/runs.csv") == "my own data")
    }

    // Catches --force or a new sweep deleting what WijkSim did not write.
    @Test("A sweep never writes into or replaces a folder WijkSim did not write")
    func folderSafety() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let plan = try SweepLoader.load(path: try Self.writeSweep(in: folder))
        try FileManager.default.createDirectory(atPath: folder + "/mine", withIntermediateDirectories: true)
        try TestSupport.write("precious", to: folder + "/mine/thesis.tex")
        #expect(throws: SweepError.self) { try Self.run(plan, into: folder + "/mine", force: true) }
        #expect(TestSupport.read(folder + "/mine/thesis.tex") == "precious")
        _ = try Self.run(plan, into: folder + "/ours")
        #expect(throws: SweepError.self) { try Self.run(plan, into: folder + "/ours") }
        _ = try Self.run(plan, into: folder + "/ours", force: true)
    }

    @Test("Shards: contiguous blocks covering every point once; K/N and the scheduler's environment")
    func shardSplit() throws {
        for (points, count) in [(10, 4), (3, 5), (1000, 16), (7, 1)] {
            let blocks = (0..<count).map { SweepShard(index: $0, count: count).points(of: points) }
            #expect(blocks.flatMap { Array($0) } == Array(0..<points))
        }
        #expect(SweepShard.parse("2/16") == SweepShard(index: 2, count: 16))
        #expect(SweepShard.parse("16/16") == nil && SweepShard.parse("-1/4") == nil && SweepShard.parse("1/") == nil)
        let slurm = ["SLURM_ARRAY_TASK_ID": "5", "SLURM_ARRAY_TASK_COUNT": "16", "SLURM_ARRAY_TASK_MIN": "1"]
        #expect(try SweepShard.fromEnvironment(slurm, shardCount: nil) == SweepShard(index: 4, count: 16))
        #expect(try SweepShard.fromEnvironment(["JOB_COMPLETION_INDEX": "3"], shardCount: 8) == SweepShard(index: 3, count: 8))
        #expect(try SweepShard.fromEnvironment([:], shardCount: nil) == nil)
        #expect(throws: SweepError(.usage, "JOB_COMPLETION_INDEX is set (3) but --shard-count is not; give the job's completions as --shard-count N")) {
            try SweepShard.fromEnvironment(["JOB_COMPLETION_INDEX": "3"], shardCount: nil)
        }
    }

    // Catches Excel copies missing for the sweep's own files, numbers left with a decimal
    // point, and copies that make the folder no longer WijkSim's to replace with --force.
    @Test("wijksim sweep --excel writes Excel copies; --force still replaces the folder")
    func excelCopies() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let sweep = try Self.writeSweep(in: folder)
        let out = folder + "/out"
        for extra in [[], ["--force"]] {
            let capture = CapturedConsole()
            let status = WijkSimCommand.run(arguments: ["wijksim", "sweep", sweep, "--out", out, "--quiet", "--excel"] + extra,
                                            console: capture.console, coreCount: 2, environment: [:])
            #expect(status == 0, "\(capture.standardError)")
        }
        let copy = Self.bytes(out + "/points-excel.csv")
        #expect(copy.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: copy.dropFirst(3), as: UTF8.self)
        let row = try #require(text.split(separator: "\n").dropFirst().first)
        #expect(row.hasPrefix("0;0,1;8;3;"), "\(row.prefix(40))")
        #expect(POSIXFiles.exists(out + "/sensitivity-excel.csv") && POSIXFiles.exists(out + "/runs-excel.csv"))
        let units = String(decoding: Self.bytes(out + "/units-summary-excel.csv").dropFirst(3), as: UTF8.self)
        #expect(units.hasPrefix("point;unit_type;unit;metric;n;mean;sd;ci_low;ci_high\n0;neighbourhood;"), "\(units.prefix(80))")
        #expect(POSIXFiles.exists(out + "/units-excel.csv"))
    }
}
