import Foundation
import Synchronization

/// Runs one shard of a verdict over plausible worlds into its folder, streaming one row per
/// world × variant to `worlds.csv` as each world completes, and resuming an interrupted shard.
///
/// The sweep's machinery, with a world as its point: the shard is a contiguous block of
/// worlds (``SweepShard``); the work is the shard's worlds × ``WorldsPlan/replicates``,
/// world-major, each item running the base and every variant for one replicate with the seed
/// derived from (seed, replicate), on a ``BatchRunner`` that delivers in order, so the file
/// does not depend on `jobs` or on the shards; ``SweepCompletionLog`` records each finished
/// world, so a resume cuts `worlds.csv` back to the last whole world. Memory holds one
/// world's running paired statistics and the batch's reorder window: flat in the number of
/// worlds. A whole run (one shard) then writes `worlds-summary.csv` from `worlds.csv` read
/// back, as the merge does, so both write the same bytes.
public struct WorldsRunner: Sendable {
    /// What ran.
    public struct Outcome: Sendable {
        /// Worlds run by this process (not counting those a resume found done).
        public var worldsRun: Int
        /// Worlds the shard holds.
        public var shardWorlds: Range<Int>
        /// Worlds already complete when a resume started.
        public var worldsResumed: Int
        /// Wall-clock time. Unit: seconds.
        public var wallTimeSeconds: Double
        /// The files written, as paths.
        public var files: [String]
        /// The verdicts (whole runs only).
        public var summary: WorldsSummary?
    }

    /// The plan.
    public var plan: WorldsPlan
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
    /// Stop after this many worlds (tests: a crash after a world); `nil` = all.
    package var stopAfterWorlds: Int?

    /// A runner; nothing happens until ``execute(progress:note:)``.
    public init(plan: WorldsPlan, shard: SweepShard, jobs: Int, folder: String, resume: Bool, force: Bool,
                commandLine: [String]) {
        self.plan = plan
        self.shard = shard
        self.jobs = jobs
        self.folder = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
        self.resume = resume
        self.force = force
        self.commandLine = commandLine
    }

    func path(_ file: String) -> String { folder + "/" + file }

    /// Where to start: fresh, or at the next world of an unfinished shard (``ShardFolder``).
    struct FolderState {
        var isFresh: Bool
        var nextWorld: Int
        /// Size of `worlds.csv` at the last complete world.
        var bytes: UInt64
    }

    private func prepareFolder(worlds: Range<Int>, note: (String) -> Void) throws -> FolderState {
        let target = ShardFolder(folder: folder, files: WorldsFiles.all, completionLog: WorldsFiles.completionLog,
                                 hash: plan.hash, shard: shard, points: worlds, resume: resume, force: force,
                                 wording: .worlds)
        let log = try target.prepare(recorded: { [(WorldsFiles.worlds, $0.runsBytes)] }, note: note)
        guard let log else { return FolderState(isFresh: true, nextWorld: worlds.lowerBound, bytes: 0) }
        return FolderState(isFresh: false, nextWorld: log.nextPoint, bytes: log.runsBytes)
    }

    /// Runs the shard's remaining worlds and completes its folder.
    /// - Throws: ``WorldsError`` for a folder that is not this shard's to write or resume;
    ///   ``OutputError`` (73) when writing fails; ``ScenarioError`` for a world that breaks a rule.
    public func execute(progress: ProgressReporter? = nil, note: (String) -> Void = { _ in }) throws -> Outcome {
        let clockStart = ProgressReporter.monotonicSeconds()
        let startTime = Date()
        let worlds = shard.points(of: plan.worldCount)
        let state = try prepareFolder(worlds: worlds, note: note)
        let worldsPath = path(WorldsFiles.worlds), logPath = path(WorldsFiles.completionLog)
        let writer = try SweepRunner.openWriter(worldsPath, truncatingTo: state.bytes)
        if state.isFresh {
            try writeManifest(worlds: worlds, complete: false, startTime: startTime, wallTime: 0)
            let handle = try POSIXFiles.createFile(logPath)
            try SweepRunner.append(SweepCompletionLog.headerLine(hash: plan.hash, shard: shard, points: worlds), to: handle, path: logPath)
            try? handle.close()
        }
        let log = try SweepRunner.openAppending(logPath)
        if state.isFresh {
            try writer.writeRow(WorldsFiles.worldsHeader(plan.factors))
            try writer.flush()
            try SweepRunner.append("start \(writer.bytesWritten) 0\n", to: log, path: logPath)
        }
        let first = state.nextWorld
        var end = worlds.upperBound
        if let stop = stopAfterWorlds { end = min(end, first + stop) }
        let plan = self.plan, replicates = plan.replicates
        let variants = plan.scenarios.count - 1
        let cache = WorldScenarioCache(plan: plan, capacity: 4 * max(1, jobs) / replicates + 4)
        let tracked = plan.trackedIndices
        var statistics: [[PairedStatistics]] = []
        progress?.update(done: (first - worlds.lowerBound) * replicates)
        let runner = BatchRunner(replicates: (end - first) * replicates, jobs: jobs, masterSeed: plan.seed)
        try runner.run(
            work: { index, _ in
                let world = first + index / replicates, replicate = index % replicates
                let seed = SeedDerivation.replicateSeed(master: plan.seed, replicate: replicate)
                return cache.scenarios(forWorld: world).map { scenarios in
                    scenarios.map { scenario in
                        let scalars = Simulation.runReplicate(scenario: scenario, seed: seed).scalars
                        return tracked.map { scalars[$0] }
                    }
                }
            },
            consume: { (item: BatchItem<Result<[[Double]], ScenarioError>>) throws in
                let world = first + item.replicate / replicates, replicate = item.replicate % replicates
                let results = try item.output.get()
                if replicate == 0 {
                    statistics = Array(repeating: Array(repeating: PairedStatistics(), count: tracked.count), count: variants)
                }
                for v in 0..<variants {
                    for m in tracked.indices { statistics[v][m].add(base: results[0][m], variant: results[v + 1][m]) }
                }
                guard replicate == replicates - 1 else { return }
                let values = plan.values(ofWorld: world).map(CSVWriter.format)
                for v in 0..<variants {
                    try writer.writeRow(Self.row(world: world, variant: plan.variantNames[v], values: values, statistics: statistics[v]))
                }
                try writer.flush()
                try SweepRunner.append("point \(world) \(writer.bytesWritten) 0\n", to: log, path: logPath)
            },
            progress: { progress?.update(done: (first - worlds.lowerBound) * replicates + $0) })
        progress?.finish()
        let resumed = first - worlds.lowerBound
        guard end == worlds.upperBound else {
            try writer.close()
            return Outcome(worldsRun: end - first, shardWorlds: worlds, worldsResumed: resumed,
                           wallTimeSeconds: ProgressReporter.monotonicSeconds() - clockStart, files: [], summary: nil)
        }
        try SweepRunner.append("done \(writer.bytesWritten) 0\n", to: log, path: logPath)
        try writer.close()
        var files = [worldsPath]
        var summary: WorldsSummary?
        if shard.count == 1 {
            summary = try WorldsSummary.write(plan: plan, fromWorlds: worldsPath, to: path(WorldsFiles.summary))
            files.append(path(WorldsFiles.summary))
        }
        let wallTime = ProgressReporter.monotonicSeconds() - clockStart
        try writeManifest(worlds: worlds, complete: true, startTime: startTime, wallTime: wallTime)
        files += [path(WorldsFiles.manifest), logPath]
        return Outcome(worldsRun: end - first, shardWorlds: worlds, worldsResumed: resumed, wallTimeSeconds: wallTime,
                       files: files, summary: summary)
    }

    /// One `worlds.csv` row.
    static func row(world: Int, variant: String, values: [String], statistics: [PairedStatistics]) -> [String] {
        let effect = statistics[0]
        let interval = effect.pairedInterval()
        let verdict = WorldsFiles.Verdict(low: interval.low, high: interval.high)
        let mean = effect.count > 0 ? effect.difference.mean : .nan
        let baseMean = effect.count > 0 ? effect.base.mean : .nan
        return [String(world), variant] + values
            + [mean, interval.low, interval.high].map(CSVWriter.format) + [verdict.rawValue, CSVWriter.format(baseMean)]
            + statistics.dropFirst().map { CSVWriter.format($0.count > 0 ? $0.difference.mean : .nan) }
            + zip(SideEffect.declarations, statistics.dropFirst()).map { WorldsFiles.SideEffectClass($0, $1).rawValue }
    }

    private func writeManifest(worlds: Range<Int>, complete: Bool, startTime: Date, wallTime: Double) throws(OutputError) {
        let manifest = try WorldsManifest.manifest(plan: plan, shard: shard, worlds: worlds, complete: complete, jobs: jobs,
                                                   commandLine: commandLine, startTime: startTime, wallTime: wallTime)
        try SweepManifest.replace(manifest, at: path(WorldsFiles.manifest))
    }
}

/// The scenarios of the worlds in flight, made once per world rather than per replicate.
final class WorldScenarioCache: Sendable {
    private let plan: WorldsPlan
    private let slots: Mutex<[(world: Int, scenarios: Result<[Scenario], ScenarioError>)?]>

    init(plan: WorldsPlan, capacity: Int) {
        self.plan = plan
        slots = Mutex(Array(repeating: nil, count: max(1, capacity)))
    }

    /// The base and variants of `world` (cached by `world` modulo the capacity).
    func scenarios(forWorld world: Int) -> Result<[Scenario], ScenarioError> {
        let cached = slots.withLock { slots -> Result<[Scenario], ScenarioError>? in
            guard let slot = slots[world % slots.count], slot.world == world else { return nil }
            return slot.scenarios
        }
        if let cached { return cached }
        let made: Result<[Scenario], ScenarioError> = Result { () throws(ScenarioError) in try plan.scenarios(forWorld: world) }
        slots.withLock { $0[world % $0.count] = (world, made) }
        return made
    }
}
