import Foundation
import Synchronization

/// Runs one shard of a sweep into its results folder, streaming rows to disk as
/// replicates complete, and resuming an interrupted shard.
///
/// Work is the shard's points × ``SweepPlan/replicates``, point-major, run by a
/// ``BatchRunner`` on `jobs` threads and delivered in order, so the files do not
/// depend on `jobs`. Replicate r of every point uses the seed derived from (sweep
/// seed, r): points are paired by common random numbers. Memory holds one point's
/// running statistics and the batch's reorder window, never the rows: it does not
/// grow with the number of points.
///
/// With ``writesUnits`` (the default, as for `wijksim run`) it also writes `units.csv` and
/// `units-summary.csv` (``SweepUnitRecorder``), whose sizes the completion log records with
/// the others', so resume and merge treat them like `runs.csv` and `points.csv`.
///
/// The folder: a new or empty folder is started; one holding an unfinished shard of
/// the same sweep is finished with `resume` (the completion log says where the files
/// are good; see ``SweepCompletionLog``); one holding anything else WijkSim wrote is
/// replaced with `force`; anything WijkSim did not write is never touched.
public struct SweepRunner: Sendable {
    /// What ran.
    public struct Outcome: Sendable {
        /// Points run by this process (excluding those a resume found done).
        public var pointsRun: Int
        /// Points the shard holds.
        public var shardPoints: Range<Int>
        /// Points already complete when a resume started.
        public var pointsResumed: Int
        /// Wall-clock time. Unit: seconds.
        public var wallTimeSeconds: Double
        /// The files written, as paths.
        public var files: [String]
        /// The ranking (whole sweeps only; empty for a shard).
        public var ranking: SensitivityRanking?
        /// Requests handled in the replicates this process ran (a measure of the work done).
        public var requestsHandled = 0
    }

    /// The sweep.
    public var plan: SweepPlan
    /// The part of it to run.
    public var shard: SweepShard
    /// Worker threads.
    public var jobs: Int
    /// The results folder.
    public var folder: String
    /// Finish an unfinished shard in `folder`.
    public var resume: Bool
    /// Replace a folder WijkSim wrote.
    public var force: Bool
    /// The command line, for the manifest.
    public var commandLine: [String]
    /// Also write `units.csv` and `units-summary.csv` (`--units on`, the default). A resume
    /// must keep the setting the shard started with (``SweepError``, 64, otherwise).
    public var writesUnits = true
    /// Stop after this many points (tests: simulates a crash after a point); `nil` = run all.
    package var stopAfterPoints: Int?

    /// A runner; nothing happens until ``execute(progress:note:)``.
    public init(plan: SweepPlan, shard: SweepShard, jobs: Int, folder: String, resume: Bool, force: Bool,
                commandLine: [String]) {
        self.plan = plan
        self.shard = shard
        self.jobs = jobs
        self.folder = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
        self.resume = resume
        self.force = force
        self.commandLine = commandLine
    }

    /// Runs the shard's remaining work and completes its folder.
    /// - Throws: ``SweepError`` for a folder that is not this shard's to write or resume;
    ///   ``OutputError`` (73) when writing fails (a resume then finishes the work).
    public func execute(progress: ProgressReporter? = nil, note: (String) -> Void = { _ in }) throws -> Outcome {
        let clockStart = ProgressReporter.monotonicSeconds()
        let startTime = Date()
        let points = shard.points(of: plan.pointCount)
        let state = try prepareFolder(points: points, note: note)
        let replicates = plan.replicates
        let runsPath = path(SweepFiles.runs), pointsPath = path(SweepFiles.points)
        let runs = try Self.openWriter(runsPath, truncatingTo: state.runsBytes)
        let pointsFile = try Self.openWriter(pointsPath, truncatingTo: state.pointsBytes)
        let unitFiles = try writesUnits
            ? SweepUnitRecorder(layout: UnitLayout(scenario: plan.base),
                                units: Self.openWriter(path(SweepFiles.units), truncatingTo: state.unitsBytes),
                                summary: Self.openWriter(path(SweepFiles.unitsSummary), truncatingTo: state.unitsSummaryBytes))
            : nil
        /// The sizes every `start`, `point` and `done` line records.
        func sizes() -> String {
            SweepCompletionLog.sizes(runs: runs.bytesWritten, points: pointsFile.bytesWritten, units: unitFiles?.sizes)
        }
        if state.isFresh {
            // The manifest first: a folder cut short at any moment from here on is
            // recognisably WijkSim's (so --force may replace it).
            try writeManifest(points: points, complete: false, startTime: startTime, wallTime: 0)
            let handle = try POSIXFiles.createFile(path(SweepFiles.completionLog))
            try Self.append(SweepCompletionLog.headerLine(hash: plan.hash, shard: shard, points: points, units: writesUnits),
                            to: handle, path: path(SweepFiles.completionLog))
            try? handle.close()
        }
        let log = try Self.openAppending(path(SweepFiles.completionLog))
        if state.isFresh {
            try runs.writeRow(SweepFiles.runsHeader(plan.factors))
            try pointsFile.writeRow(SweepFiles.pointsHeader(plan.factors))
            try unitFiles?.writeHeaders()
            try runs.flush(); try pointsFile.flush(); try unitFiles?.flush()
            try Self.append("start \(sizes())\n", to: log, path: path(SweepFiles.completionLog))
        }
        let first = state.nextPoint
        var end = points.upperBound
        if let stop = stopAfterPoints { end = min(end, first + stop) }
        let plan = self.plan
        let scenarios = ScenarioCache(plan: plan, capacity: 4 * max(1, jobs) / max(1, replicates) + 4)
        var summary = SweepPointSummary(metricCount: MetricCatalog.scalarNames.count)
        var pointValues: [String] = []
        var requests = 0
        progress?.update(done: (first - points.lowerBound) * replicates)
        let runner = BatchRunner(replicates: (end - first) * replicates, jobs: jobs, masterSeed: plan.seed)
        try runner.run(
            work: { index, _ in
                let point = first + index / replicates, replicate = index % replicates
                let seed = SeedDerivation.replicateSeed(master: plan.seed, replicate: replicate)
                let result = scenarios.scenario(forPoint: point).map { Simulation.runReplicate(scenario: $0, seed: seed) }
                return (seed, result)
            },
            consume: { (item: BatchItem<(UInt64, Result<ReplicateResult, ScenarioError>)>) throws in
                let point = first + item.replicate / replicates, replicate = item.replicate % replicates
                let result = try item.output.1.get()
                requests += result.requestsHandled
                if replicate == 0 {
                    pointValues = plan.values(ofPoint: point).map(CSVWriter.format)
                    summary = SweepPointSummary(metricCount: MetricCatalog.scalarNames.count)
                }
                try runs.writeRow([String(point)] + pointValues + [String(replicate), CSVWriter.text(seed: item.output.0)]
                                  + result.scalars.map(CSVWriter.format))
                summary.add(result.scalars)
                try unitFiles?.record(point: point, replicate: replicate, values: result.units)
                if replicate == replicates - 1 {
                    try pointsFile.writeRow([String(point)] + pointValues + [String(replicates)] + summary.fields())
                    try unitFiles?.finishPoint(point)
                    try runs.flush(); try pointsFile.flush(); try unitFiles?.flush()
                    try Self.append("point \(point) \(sizes())\n", to: log, path: path(SweepFiles.completionLog))
                }
            },
            progress: { progress?.update(done: (first - points.lowerBound) * replicates + $0) })
        progress?.finish()
        guard end == points.upperBound else {
            try runs.close(); try pointsFile.close(); try unitFiles?.close()
            return Outcome(pointsRun: end - first, shardPoints: points, pointsResumed: first - points.lowerBound,
                           wallTimeSeconds: ProgressReporter.monotonicSeconds() - clockStart, files: [], ranking: nil,
                           requestsHandled: requests)
        }
        try Self.append("done \(sizes())\n", to: log, path: path(SweepFiles.completionLog))
        try runs.close(); try pointsFile.close(); try unitFiles?.close()
        var files = [runsPath, pointsPath]
        if writesUnits { files += [path(SweepFiles.units), path(SweepFiles.unitsSummary)] }
        var ranking: SensitivityRanking?
        if shard.count == 1 {
            ranking = try SweepSensitivity(plan: plan).write(fromPoints: pointsPath, to: path(SweepFiles.sensitivity))
            files.append(path(SweepFiles.sensitivity))
        }
        let wallTime = ProgressReporter.monotonicSeconds() - clockStart
        try writeManifest(points: points, complete: true, startTime: startTime, wallTime: wallTime)
        files += [path(SweepFiles.manifest), path(SweepFiles.completionLog)]
        return Outcome(pointsRun: end - first, shardPoints: points, pointsResumed: first - points.lowerBound,
                       wallTimeSeconds: wallTime, files: files, ranking: ranking, requestsHandled: requests)
    }

    func path(_ file: String) -> String { folder + "/" + file }

    /// Where to start: a fresh folder, or the state a completion log records.
    struct FolderState {
        var isFresh: Bool
        var nextPoint: Int
        var runsBytes: UInt64
        var pointsBytes: UInt64
        var unitsBytes: UInt64 = 0
        var unitsSummaryBytes: UInt64 = 0
    }

    private func prepareFolder(points: Range<Int>, note: (String) -> Void) throws -> FolderState {
        let target = ShardFolder(folder: folder, files: SweepFiles.all, completionLog: SweepFiles.completionLog,
                                 hash: plan.hash, shard: shard, points: points, resume: resume, force: force,
                                 wording: .sweep, writesUnits: writesUnits)
        let log = try target.prepare(recorded: Self.recordedSizes, note: note)
        guard let log else { return FolderState(isFresh: true, nextPoint: points.lowerBound, runsBytes: 0, pointsBytes: 0) }
        return FolderState(isFresh: false, nextPoint: log.nextPoint, runsBytes: log.runsBytes, pointsBytes: log.pointsBytes,
                           unitsBytes: log.unitsBytes, unitsSummaryBytes: log.unitsSummaryBytes)
    }

    /// The files whose sizes `log` records, with those sizes: `runs.csv`, `points.csv` and,
    /// when it has units, `units.csv` and `units-summary.csv` (for resume and merge).
    static func recordedSizes(_ log: SweepCompletionLog) -> [(file: String, bytes: UInt64)] {
        var files = [(SweepFiles.runs, log.runsBytes), (SweepFiles.points, log.pointsBytes)]
        if log.hasUnits { files += [(SweepFiles.units, log.unitsBytes), (SweepFiles.unitsSummary, log.unitsSummaryBytes)] }
        return files
    }

    private func writeManifest(points: Range<Int>, complete: Bool, startTime: Date, wallTime: Double) throws(OutputError) {
        let manifest = try SweepManifest.manifest(plan: plan, shard: shard, points: points, units: writesUnits, complete: complete,
                                                  jobs: jobs, commandLine: commandLine, startTime: startTime,
                                                  wallTime: wallTime)
        try SweepManifest.replace(manifest, at: path(SweepFiles.manifest))
    }

    /// A writer at the end of `path`, cut to `bytes` first (`bytes` = 0: a new file).
    static func openWriter(_ path: String, truncatingTo bytes: UInt64) throws(OutputError) -> CSVWriter {
        if bytes == 0 {
            _ = unlink(path)
            return try CSVWriter(path: path)
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw .cannotWrite(path: path, reason: POSIXFiles.lastErrorReason())
        }
        do {
            try handle.truncate(atOffset: bytes)
            try handle.seekToEnd()
        } catch {
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
        return CSVWriter(handle: handle, path: path, alreadyWritten: bytes)
    }

    static func openAppending(_ path: String) throws(OutputError) -> FileHandle {
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw .cannotWrite(path: path, reason: POSIXFiles.lastErrorReason())
        }
        do { try handle.seekToEnd() } catch { throw .cannotWrite(path: path, reason: error.localizedDescription) }
        return handle
    }

    static func append(_ line: String, to handle: FileHandle, path: String) throws(OutputError) {
        do { try handle.write(contentsOf: Data(line.utf8)) } catch {
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
    }
}

/// The scenarios of the points in flight, made once per point rather than per replicate.
final class ScenarioCache: Sendable {
    private let plan: SweepPlan
    private let slots: Mutex<[(point: Int, scenario: Result<Scenario, ScenarioError>)?]>

    init(plan: SweepPlan, capacity: Int) {
        self.plan = plan
        slots = Mutex(Array(repeating: nil, count: max(1, capacity)))
    }

    /// The scenario of `point` (cached by `point` modulo the capacity).
    func scenario(forPoint point: Int) -> Result<Scenario, ScenarioError> {
        let cached = slots.withLock { slots -> Result<Scenario, ScenarioError>? in
            guard let slot = slots[point % slots.count], slot.point == point else { return nil }
            return slot.scenario
        }
        if let cached { return cached }
        let made: Result<Scenario, ScenarioError> = Result { () throws(ScenarioError) in try plan.scenario(forPoint: point) }
        slots.withLock { $0[point % $0.count] = (point, made) }
        return made
    }
}
