import Foundation

/// Where a shard of points starts in its results folder — for a sweep (``SweepRunner``) and for
/// the worlds of `compare --worlds` (``WorldsRunner``), which keep the same completion log.
///
/// A missing or empty folder is started fresh. One holding this shard unfinished is resumed
/// with `resume`. One holding anything else that WijkSim wrote (``FolderOwnership``) is
/// replaced with `force`. Anything else is never touched: a folder without a completion log
/// that is not WijkSim's, or a path that is not a folder.
struct ShardFolder {
    /// The words the messages use for what the folder holds.
    struct Wording {
        /// "the sweep" / "the worlds": cannot write *the sweep* into …
        var subject: String
        /// "the sweep results" / "the worlds": replacing *the sweep results* in …
        var results: String
        /// "another sweep" / "other worlds": holds shard 1/4 of *another sweep* or split
        var other: String
        /// "this sweep" / "these worlds": holds *this sweep* unfinished
        var this: String
        /// "this sweep's" / "these worlds'": already holds *this sweep's* finished results
        var thisPossessive: String
        /// "it" / "them": add --resume to finish *it*
        var pronoun: String
        /// "points" / "worlds": 3 of 10 *points* done
        var unit: String

        static let sweep = Wording(subject: "the sweep", results: "the sweep results", other: "another sweep",
                                   this: "this sweep", thisPossessive: "this sweep's", pronoun: "it", unit: "points")
        static let worlds = Wording(subject: "the worlds", results: "the worlds", other: "other worlds",
                                    this: "these worlds", thisPossessive: "these worlds'", pronoun: "them", unit: "worlds")
    }

    /// The results folder (no trailing slash).
    var folder: String
    /// Every file name the shard writes, removed from a folder that starts fresh.
    var files: [String]
    /// The completion log's file name.
    var completionLog: String
    /// The plan's hash, the shard and its points, as a fresh completion log would record them.
    var hash: String
    var shard: SweepShard
    var points: Range<Int>
    var resume: Bool
    var force: Bool
    var wording: Wording
    /// Whether this run writes the unit files (`--units on`); a resume must match the log's
    /// ``SweepCompletionLog/hasUnits``. Always `false` for worlds.
    var writesUnits = false

    private func path(_ file: String) -> String { folder + "/" + file }

    /// Prepares the folder: `nil` to start fresh (the folder exists and holds none of
    /// ``files``), or the completion log of the unfinished shard to resume.
    /// - Parameter recorded: the files a resume needs and the sizes the log records for them;
    ///   each must be at least that long.
    /// - Throws: ``SweepError`` naming the folder and what to do instead.
    func prepare(recorded: (SweepCompletionLog) -> [(file: String, bytes: UInt64)],
                 note: (String) -> Void) throws -> SweepCompletionLog? {
        func startFresh() throws -> SweepCompletionLog? {
            try POSIXFiles.createDirectories(folder)
            for file in files { _ = unlink(path(file)) }
            return nil
        }
        let w = wording
        switch POSIXFiles.kind(of: folder) {
        case .missing: return try startFresh()
        case .directory: break
        default:
            throw SweepError(.cannotCreate, "cannot write \(w.subject) into '\(folder)': it \(FolderOwnership.problem(replacing: folder) ?? "is not a folder")")
        }
        let entries = POSIXFiles.entries(of: folder) ?? []
        if entries.isEmpty { return try startFresh() }
        guard entries.contains(completionLog) else {
            if force, FolderOwnership.problem(replacing: folder) == nil {
                POSIXFiles.removeOwnedFolder(folder)
                return try startFresh()
            }
            let why = FolderOwnership.problem(replacing: folder).map { "it \($0)" } ?? "it holds results; add --force to replace them"
            throw SweepError(.cannotCreate, "cannot write \(w.subject) into '\(folder)': \(why)")
        }
        let log = try SweepCompletionLog.read(path(completionLog))
        if force {
            if let problem = FolderOwnership.problem(replacing: folder) {
                throw SweepError(.cannotCreate, "cannot replace '\(folder)': it \(problem)")
            }
            note("replacing \(w.results) in '\(folder)' (--force)")
            POSIXFiles.removeOwnedFolder(folder)
            return try startFresh()
        }
        guard log.hash == hash, log.shard == shard, log.points == points else {
            throw SweepError(.data, "'\(folder)' holds shard \(log.shard.description) of \(w.other) or another split (hash \(log.hash.prefix(12))…, this is \(hash.prefix(12))… shard \(shard.description)); give another --out, or --force to replace it")
        }
        if log.isDone {
            throw SweepError(.cannotCreate, "'\(folder)' already holds \(w.thisPossessive) finished results; add --force to run \(w.pronoun) again")
        }
        guard resume else {
            let done = log.lastPoint.map { $0 - points.lowerBound + 1 } ?? 0
            throw SweepError(.cannotCreate, "'\(folder)' holds \(w.this) unfinished (\(done) of \(points.count) \(w.unit) done); add --resume to finish \(w.pronoun), or --force to start again")
        }
        guard log.hasStart else { return try startFresh() }
        guard log.hasUnits == writesUnits else {
            let started = log.hasUnits ? "on" : "off"
            throw SweepError(.usage, "cannot resume '\(folder)' with --units \(writesUnits ? "on" : "off"): it was started with --units \(started), and a resume must write the same files; resume with --units \(started), or start again with --force instead of --resume")
        }
        for (file, bytes) in recorded(log) {
            let size = POSIXFiles.fileSize(path(file))
            guard let size, size >= bytes else {
                throw SweepError(.data, "cannot resume '\(folder)': \(file) is shorter (\(size.map(String.init) ?? "missing")) than the \(bytes) bytes its completion log records; add --force to start again")
            }
        }
        note("resuming '\(folder)': \(log.nextPoint - points.lowerBound) of \(points.count) \(w.unit) were complete")
        return log
    }
}
