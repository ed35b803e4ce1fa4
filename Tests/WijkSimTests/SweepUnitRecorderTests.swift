import Foundation
import Testing
@testable import WijkSim
@testable import WijkSimCLI

/// `units.csv` and `units-summary.csv` of a sweep (``SweepUnitRecorder``), read back from disk:
/// the same rows as `wijksim run` of each point, `--units off`, and one setting per sweep.
/// (Shards + merge and resume byte for byte: ``SweepRunTests``, whose compared files include them.)
@Suite("Sweep: unit files")
struct SweepUnitRecorderTests {
    /// The lines of `path` without the header whose first field is `key` (or every line if
    /// `key` is nil), each with its first field dropped.
    static func rows(_ path: String, key: String?) -> [Substring] {
        TestSupport.read(path).split(separator: "\n").dropFirst().compactMap { line in
            guard let comma = line.firstIndex(of: ",") else { return nil }
            guard key == nil || line[..<comma] == key! else { return nil }
            return line[line.index(after: comma)...]
        }
    }

    // Catches: a point's rows written under another point's number, a point run with the wrong
    // scenario or seeds, labels out of step with the values, a summary not cleared between
    // points (point 9's n would be 30, its means those of all points), or a summary computed
    // or formatted differently from run's.
    @Test("units.csv and units-summary.csv of a point are those of wijksim run of that point")
    func pointMatchesRun() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let plan = try SweepLoader.load(path: try SweepRunTests.writeSweep(in: folder))
        _ = try SweepRunTests.run(plan, into: folder + "/sweep", jobs: 2)
        for point in [0, 9] {
            let scenario = try plan.scenario(forPoint: point)
            let job = RunJob(scenario: scenario, scenarioFile: plan.file, jobs: 1, destination: folder + "/run-\(point)",
                             isForced: false, commandLine: ["wijksim", "run"])
            _ = try job.execute()
            for file in [SweepFiles.units, SweepFiles.unitsSummary] {
                let swept = Self.rows(folder + "/sweep/" + file, key: String(point))
                let ran = Self.rows(folder + "/run-\(point)/" + file, key: nil)
                #expect(!ran.isEmpty, "\(file) of run is empty")
                #expect(swept.count == ran.count, "point \(point) \(file): \(swept.count) rows, run has \(ran.count)")
                if let index = swept.indices.first(where: { $0 < ran.count && swept[$0] != ran[$0] }) {
                    Issue.record("point \(point) \(file) row \(index): sweep '\(swept[index])', run '\(ran[index])'")
                }
            }
        }
        let header = TestSupport.read(folder + "/sweep/" + SweepFiles.units).prefix { $0 != "\n" }
        #expect(header == "point,replicate,unit_type,unit,metric,value")
        let summaryHeader = TestSupport.read(folder + "/sweep/" + SweepFiles.unitsSummary).prefix { $0 != "\n" }
        #expect(summaryHeader == "point,unit_type,unit,metric,n,mean,sd,ci_low,ci_high")
        // every point is there, in order, with 3 replicates each
        let points = Self.rows(folder + "/sweep/" + SweepFiles.unitsSummary, key: nil).count
        let perPoint = Self.rows(folder + "/run-0/" + SweepFiles.unitsSummary, key: nil).count
        #expect(points == plan.pointCount * perPoint)
    }

    // Catches: --units off still writing (or leaving) unit files, a log or manifest that does not
    // say which setting a shard ran with, and a merge that invents unit files.
    @Test("--units off writes no unit files, records it, and merges without them")
    func unitsOff() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let sweep = try SweepRunTests.writeSweep(in: folder)
        for k in 0..<2 {
            let capture = CapturedConsole()
            let status = WijkSimCommand.run(arguments: ["wijksim", "sweep", sweep, "--out", folder + "/shard-\(k)", "--quiet",
                                                        "--shard", "\(k)/2", "--units", "off"],
                                            console: capture.console, coreCount: 2, environment: [:])
            #expect(status == 0, "\(capture.standardError)")
            #expect(!capture.standardOutput.contains("units.csv"), "\(capture.standardOutput)")
        }
        for k in 0..<2 {
            #expect(!POSIXFiles.exists(folder + "/shard-\(k)/" + SweepFiles.units))
            #expect(!POSIXFiles.exists(folder + "/shard-\(k)/" + SweepFiles.unitsSummary))
            let log = try SweepCompletionLog.read(folder + "/shard-\(k)/" + SweepFiles.completionLog)
            #expect(!log.hasUnits && log.isDone)
            #expect(TestSupport.read(folder + "/shard-\(k)/manifest.json").contains("\"units\" : false"))
        }
        // a merge into a folder whose earlier merge had unit files removes them (none stale)
        try FileManager.default.createDirectory(atPath: folder + "/merged", withIntermediateDirectories: true)
        try TestSupport.write("{\"tool\": \"wijksim\"}", to: folder + "/merged/manifest.json")
        try TestSupport.write("point,replicate\n", to: folder + "/merged/" + SweepFiles.units)
        let merge = SweepMerge(folders: [folder + "/shard-0", folder + "/shard-1"], destination: folder + "/merged",
                               force: true, sweepFile: nil, commandLine: [])
        let files = try merge.execute().files
        #expect(!files.contains { $0.hasSuffix(SweepFiles.units) })
        #expect(!POSIXFiles.exists(folder + "/merged/" + SweepFiles.units))
        #expect(TestSupport.read(folder + "/merged/manifest.json").contains("\"units\" : false"))
    }

    // Catches: a resume that mixes a shard started with unit files and one without (a units.csv
    // with a hole, or one the log does not cover), and a merge of shards run both ways.
    @Test("a resume or a merge refuses to mix --units on and off, exit 64 and 65")
    func settingsDoNotMix() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let sweep = try SweepRunTests.writeSweep(in: folder)
        let plan = try SweepLoader.load(path: sweep)
        var cut = SweepRunner(plan: plan, shard: .whole, jobs: 2, folder: folder + "/cut", resume: false, force: false,
                              commandLine: [])
        cut.stopAfterPoints = 2
        _ = try cut.execute()
        let capture = CapturedConsole()
        let status = WijkSimCommand.run(arguments: ["wijksim", "sweep", sweep, "--out", folder + "/cut", "--quiet", "--resume",
                                                    "--units", "off"],
                                        console: capture.console, coreCount: 2, environment: [:])
        #expect(status == 64)
        #expect(capture.standardError == "wijksim: error: cannot resume '\(folder)/cut' with --units off: it was started with --units on, and a resume must write the same files; resume with --units on, or start again with --force instead of --resume\n")
        #expect(try SweepCompletionLog.read(folder + "/cut/" + SweepFiles.completionLog).lastPoint == 1, "nothing run")
        // the other way round, in the library
        var off = SweepRunner(plan: plan, shard: .whole, jobs: 2, folder: folder + "/off", resume: false, force: false,
                              commandLine: [])
        off.writesUnits = false
        off.stopAfterPoints = 1
        _ = try off.execute()
        #expect(throws: SweepError(.usage, "cannot resume '\(folder)/off' with --units on: it was started with --units off, and a resume must write the same files; resume with --units off, or start again with --force instead of --resume")) {
            try SweepRunTests.run(plan, into: folder + "/off", resume: true)
        }
        // shards run both ways
        _ = try SweepRunTests.run(plan, shard: SweepShard(index: 0, count: 2), into: folder + "/s0")
        var second = SweepRunner(plan: plan, shard: SweepShard(index: 1, count: 2), jobs: 2, folder: folder + "/s1",
                                 resume: false, force: false, commandLine: [])
        second.writesUnits = false
        _ = try second.execute()
        let merge = SweepMerge(folders: [folder + "/s0", folder + "/s1"], destination: folder + "/m", force: false,
                               sweepFile: nil, commandLine: [])
        #expect(throws: SweepError(.data, "'\(folder)/s1' was run with --units off but '\(folder)/s0' with --units on: run every shard with the same --units")) {
            try merge.execute()
        }
        #expect(!POSIXFiles.exists(folder + "/m"), "nothing written")
    }

    // Catches: a merge that checks the sizes of runs.csv and points.csv but not of the unit files.
    @Test("merge refuses a truncated units.csv")
    func truncatedUnits() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let plan = try SweepLoader.load(path: try SweepRunTests.writeSweep(in: folder))
        for k in 0..<2 { _ = try SweepRunTests.run(plan, shard: SweepShard(index: k, count: 2), into: folder + "/s\(k)") }
        let path = folder + "/s1/" + SweepFiles.units
        let size = try #require(POSIXFiles.fileSize(path))
        truncate(path, off_t(size - 7))
        let merge = SweepMerge(folders: [folder + "/s0", folder + "/s1"], destination: folder + "/m", force: false,
                               sweepFile: nil, commandLine: [])
        #expect(throws: SweepError(.data, "'\(path)' is truncated: \(size - 7) bytes, its completion log records \(size)")) {
            try merge.execute()
        }
    }
}
