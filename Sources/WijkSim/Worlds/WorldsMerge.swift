import Foundation

/// Combines the shard folders of one verdict over plausible worlds into the files one
/// process would have written, byte for byte: `worlds.csv` (the header, then each shard's
/// rows in shard order), `worlds-summary.csv` (from the merged `worlds.csv`) and
/// `manifest.json` (listing the shards). `wijksim merge` calls it when the folders'
/// manifests are worlds manifests.
///
/// The checks are the sweep merge's (``SweepMerge``): every folder a finished shard whose
/// `worlds.csv` has the size its log records, of the same worlds (hash) and split, none
/// twice, none missing; the plan is made again from the setup the manifest records (the
/// scenario files and `--worlds-from` file must still be there, unchanged: the hash says).
/// Nothing is written before every check passes; outputs go through temporary files
/// renamed into place; only WijkSim's own file names are replaced, with `force`.
public struct WorldsMerge: Sendable {
    /// The shard folders, in any order.
    public var folders: [String]
    /// Where to write.
    public var destination: String
    /// Replace merged files already in `destination`.
    public var force: Bool
    /// The command line, for the manifest.
    public var commandLine: [String]

    /// A merge; nothing happens until ``execute()``.
    public init(folders: [String], destination: String, force: Bool, commandLine: [String]) {
        self.folders = folders.map { $0.count > 1 && $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.destination = destination.count > 1 && destination.hasSuffix("/") ? String(destination.dropLast()) : destination
        self.force = force
        self.commandLine = commandLine
    }

    struct Shard {
        var folder: String
        var log: SweepCompletionLog
        var setup: WorldsPlan.Setup
    }

    /// Checks the shards and writes the merged files.
    public func execute() throws -> (plan: WorldsPlan, summary: WorldsSummary, files: [String]) {
        let startTime = Date(), clockStart = ProgressReporter.monotonicSeconds()
        guard !folders.isEmpty else { throw WorldsError(.usage, "no shard folders given") }
        let shards = try folders.map(Self.readShard)
        let first = shards[0], count = first.log.shard.count
        var byIndex = [Shard?](repeating: nil, count: count)
        for shard in shards {
            guard shard.log.hash == first.log.hash else {
                throw WorldsError(.data, "'\(shard.folder)' is a shard of other worlds (hash \(shard.log.hash.prefix(12))…) than '\(first.folder)' (\(first.log.hash.prefix(12))…)")
            }
            guard shard.log.shard.count == count else {
                throw WorldsError(.data, "'\(shard.folder)' is shard \(shard.log.shard.description) but '\(first.folder)' is shard \(first.log.shard.description): the shards come from different splits")
            }
            if let other = byIndex[shard.log.shard.index] {
                throw WorldsError(.data, "'\(other.folder)' and '\(shard.folder)' both hold shard \(shard.log.shard.description): the shards overlap")
            }
            byIndex[shard.log.shard.index] = shard
        }
        let missing = byIndex.indices.filter { byIndex[$0] == nil }
        guard missing.isEmpty else {
            let list = missing.prefix(10).map(String.init).joined(separator: ", ") + (missing.count > 10 ? ", …" : "")
            throw WorldsError(.data, "missing shard\(missing.count == 1 ? "" : "s") \(list) of \(count) (\(missing.count) missing); give every shard-K folder")
        }
        let ordered = byIndex.map { $0! }
        let plan = try WorldsPlan.load(first.setup, checksEveryWorld: false)
        guard plan.hash == first.log.hash else {
            throw WorldsError(.data, "the scenario or posterior files the shards ran (\(([first.setup.baseFile] + first.setup.variantFiles).joined(separator: ", "))) changed since (hash \(plan.hash.prefix(12))…, shards \(first.log.hash.prefix(12))…); merge with the files as they were")
        }
        for shard in ordered {
            let expected = SweepShard(index: shard.log.shard.index, count: count).points(of: plan.worldCount)
            guard shard.log.points == expected else {
                throw WorldsError(.data, "'\(shard.folder)': worlds \(shard.log.points) are not shard \(shard.log.shard.description)'s \(expected)")
            }
        }
        try checkDestination(ordered)
        try POSIXFiles.createDirectories(destination)
        let target = destination + "/" + WorldsFiles.worlds
        let temporary = destination + "/.\(WorldsFiles.worlds).merge-\(getpid())"
        try SweepMerge.concatenate(ordered.map { $0.folder + "/" + WorldsFiles.worlds }, into: temporary)
        try POSIXFiles.rename(temporary, to: target)
        let summaryPath = destination + "/" + WorldsFiles.summary
        let summary = try WorldsSummary.write(plan: plan, fromWorlds: target, to: summaryPath)
        let manifest = try WorldsManifest.manifest(
            plan: plan, shard: .whole, worlds: 0..<plan.worldCount, complete: true, jobs: 1, commandLine: commandLine,
            startTime: startTime, wallTime: ProgressReporter.monotonicSeconds() - clockStart, mergedFrom: ordered.map(\.folder))
        try SweepManifest.replace(manifest, at: destination + "/" + WorldsFiles.manifest)
        return (plan, summary, [target, summaryPath, destination + "/" + WorldsFiles.manifest])
    }

    static func readShard(_ folder: String) throws -> Shard {
        guard POSIXFiles.isDirectory(folder) else { throw WorldsError(.data, "'\(folder)' is not a folder") }
        let logPath = folder + "/" + WorldsFiles.completionLog
        guard POSIXFiles.exists(logPath) else {
            throw WorldsError(.data, "'\(folder)' is not a worlds shard: it has no \(WorldsFiles.completionLog)")
        }
        let log = try SweepCompletionLog.read(logPath)
        guard log.isDone else {
            let done = log.lastPoint.map { $0 - log.points.lowerBound + 1 } ?? 0
            throw WorldsError(.data, "'\(folder)': shard \(log.shard.description) is unfinished (\(done) of \(log.points.count) worlds); finish it with the same wijksim compare … --worlds command and --shard \(log.shard.description) --resume")
        }
        let path = folder + "/" + WorldsFiles.worlds
        guard let size = POSIXFiles.fileSize(path) else { throw WorldsError(.data, "'\(path)' is missing") }
        guard size == log.runsBytes else {
            throw WorldsError(.data, "'\(path)' is \(size < log.runsBytes ? "truncated" : "longer than recorded"): \(size) bytes, its completion log records \(log.runsBytes)")
        }
        let manifestPath = folder + "/" + WorldsFiles.manifest
        guard let (setup, hash) = WorldsManifest.setup(at: manifestPath) else {
            throw WorldsError(.data, "'\(manifestPath)': expected a worlds manifest with worlds_setup and worlds_hash")
        }
        guard hash == log.hash else {
            throw WorldsError(.data, "'\(folder)': manifest.json (hash \(hash.prefix(12))…) and completed.log (\(log.hash.prefix(12))…) disagree")
        }
        return Shard(folder: folder, log: log, setup: setup)
    }

    private func checkDestination(_ shards: [Shard]) throws {
        let canonical = POSIXFiles.canonicalPath(destination)
        for shard in shards where canonical != nil && POSIXFiles.canonicalPath(shard.folder) == canonical {
            throw WorldsError(.usage, "--out '\(destination)' is the shard folder '\(shard.folder)'; merge into its parent or another folder")
        }
        switch POSIXFiles.kind(of: destination) {
        case .missing, .directory: break
        default:
            throw WorldsError(.cannotCreate, "cannot merge into '\(destination)': \(FolderOwnership.problem(replacing: destination) ?? "it is not a folder")")
        }
        let written = [WorldsFiles.worlds, WorldsFiles.summary, WorldsFiles.manifest]
        let present = written.filter { POSIXFiles.exists(destination + "/" + $0) }
        guard !present.isEmpty else { return }
        guard force else {
            throw WorldsError(.cannotCreate, "'\(destination)' already holds \(present.joined(separator: ", ")); add --force to replace them")
        }
        guard FolderOwnership.isOurManifest(destination + "/" + WorldsFiles.manifest) else {
            throw WorldsError(.cannotCreate, "cannot replace \(present.joined(separator: ", ")) in '\(destination)': it has no manifest.json written by WijkSim, so they may not be WijkSim's")
        }
        for file in present where POSIXFiles.kind(of: destination + "/" + file) != .file {
            throw WorldsError(.cannotCreate, "cannot replace '\(destination)/\(file)': it is not a regular file")
        }
    }
}
