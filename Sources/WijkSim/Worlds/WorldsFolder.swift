import Foundation

/// Where a worlds shard starts, decided as a sweep shard's folder is: a new or empty folder
/// is started; one holding this shard unfinished is resumed with `resume`; one holding
/// anything else WijkSim wrote is replaced with `force`; anything else is never touched.
struct WorldsFolder {
    /// Where to start.
    struct State {
        var isFresh: Bool
        var nextWorld: Int
        /// Size of `worlds.csv` at the last complete world.
        var bytes: UInt64
    }

    let runner: WorldsRunner

    private var folder: String { runner.folder }

    func prepare(worlds: Range<Int>, note: (String) -> Void) throws -> State {
        let fresh = State(isFresh: true, nextWorld: worlds.lowerBound, bytes: 0)
        func startFresh() throws -> State {
            try POSIXFiles.createDirectories(folder)
            for file in WorldsFiles.all { _ = unlink(runner.path(file)) }
            return fresh
        }
        switch POSIXFiles.kind(of: folder) {
        case .missing: return try startFresh()
        case .directory: break
        default:
            throw WorldsError(.cannotCreate, "cannot write the worlds into '\(folder)': it \(FolderOwnership.problem(replacing: folder) ?? "is not a folder")")
        }
        let entries = POSIXFiles.entries(of: folder) ?? []
        if entries.isEmpty { return try startFresh() }
        guard entries.contains(WorldsFiles.completionLog) else {
            if runner.force, FolderOwnership.problem(replacing: folder) == nil {
                _ = POSIXFiles.removeOwnedFolder(folder)
                return try startFresh()
            }
            let why = FolderOwnership.problem(replacing: folder).map { "it \($0)" } ?? "it holds results; add --force to replace them"
            throw WorldsError(.cannotCreate, "cannot write the worlds into '\(folder)': \(why)")
        }
        let log = try SweepCompletionLog.read(runner.path(WorldsFiles.completionLog))
        if runner.force {
            if let problem = FolderOwnership.problem(replacing: folder) {
                throw WorldsError(.cannotCreate, "cannot replace '\(folder)': it \(problem)")
            }
            note("replacing the worlds in '\(folder)' (--force)")
            _ = POSIXFiles.removeOwnedFolder(folder)
            return try startFresh()
        }
        guard log.hash == runner.plan.hash, log.shard == runner.shard, log.points == worlds else {
            throw WorldsError(.data, "'\(folder)' holds shard \(log.shard.description) of other worlds or another split (hash \(log.hash.prefix(12))…, this is \(runner.plan.hash.prefix(12))… shard \(runner.shard.description)); give another --out, or --force to replace it")
        }
        if log.isDone {
            throw WorldsError(.cannotCreate, "'\(folder)' already holds these worlds' finished results; add --force to run them again")
        }
        guard runner.resume else {
            let done = log.lastPoint.map { $0 - worlds.lowerBound + 1 } ?? 0
            throw WorldsError(.cannotCreate, "'\(folder)' holds these worlds unfinished (\(done) of \(worlds.count) worlds done); add --resume to finish them, or --force to start again")
        }
        guard log.hasStart else { return try startFresh() }
        let size = POSIXFiles.fileSize(runner.path(WorldsFiles.worlds))
        guard let size, size >= log.runsBytes else {
            throw WorldsError(.data, "cannot resume '\(folder)': \(WorldsFiles.worlds) is shorter (\(size.map(String.init) ?? "missing")) than the \(log.runsBytes) bytes its completion log records; add --force to start again")
        }
        note("resuming '\(folder)': \(log.nextPoint - worlds.lowerBound) of \(worlds.count) worlds were complete")
        return State(isFresh: false, nextWorld: log.nextPoint, bytes: log.runsBytes)
    }
}
