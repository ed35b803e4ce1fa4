import Foundation

/// Combines the shard folders of one sweep into the files one process would have
/// written, byte for byte: `runs.csv` and `points.csv` (the header, then each shard's
/// rows in shard order), `units.csv` and `units-summary.csv` likewise when the shards
/// wrote them (`--units on`), `sensitivity.csv` (ranked from the merged `points.csv`) and
/// `manifest.json` (the merged shards listed).
///
/// Refused, naming the folder: a folder that is not a finished shard (no log, an
/// unfinished log), shards of different sweeps (hash) or splits (count), two folders
/// holding the same shard, missing shards, shards run with different `--units`, and a
/// `runs.csv`, `points.csv`, `units.csv` or `units-summary.csv` whose size is not what its
/// completion log recorded (truncated or changed). Merging shards without unit files removes
/// unit files an earlier merge left in the destination (with `force`), so none is stale. Nothing is written
/// before every check passes; each output is written to a temporary file and renamed
/// into place, and only WijkSim's own file names are replaced (with `force`).
public struct SweepMerge: Sendable {
    /// One shard folder, checked.
    struct Shard {
        var folder: String
        var log: SweepCompletionLog
        var sweepFile: String
    }

    /// The shard folders, in any order.
    public var folders: [String]
    /// Where to write.
    public var destination: String
    /// Replace merged files already in `destination`.
    public var force: Bool
    /// The sweep file, when not the one the manifests name.
    public var sweepFile: String?
    /// Also write the Excel copies (``ExcelCopy``) of the merged CSV files.
    public var writesExcel = false
    /// The command line, for the manifest.
    public var commandLine: [String]
    /// The plan the shards ran, when it does not come from a sweep file (a calibration's
    /// sweep of one scenario); `nil` = load the file the manifests name (or ``sweepFile``).
    package var plan: SweepPlan?

    /// A merge; nothing happens until ``execute()``.
    public init(folders: [String], destination: String, force: Bool, sweepFile: String?, commandLine: [String]) {
        self.folders = folders.map { $0.count > 1 && $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.destination = destination.count > 1 && destination.hasSuffix("/") ? String(destination.dropLast()) : destination
        self.force = force
        self.sweepFile = sweepFile
        self.commandLine = commandLine
    }

    /// Checks the shards and writes the merged files.
    /// - Returns: the plan, the ranking and the files written.
    public func execute() throws -> (plan: SweepPlan, ranking: SensitivityRanking, files: [String]) {
        let startTime = Date(), clockStart = ProgressReporter.monotonicSeconds()
        guard !folders.isEmpty else { throw SweepError(.usage, "no shard folders given") }
        let shards = try folders.map(Self.readShard)
        let first = shards[0]
        for shard in shards.dropFirst() {
            guard shard.log.hash == first.log.hash else {
                throw SweepError(.data, "'\(shard.folder)' is a shard of another sweep (hash \(shard.log.hash.prefix(12))…) than '\(first.folder)' (\(first.log.hash.prefix(12))…)")
            }
            guard shard.log.shard.count == first.log.shard.count else {
                throw SweepError(.data, "'\(shard.folder)' is shard \(shard.log.shard.description) but '\(first.folder)' is shard \(first.log.shard.description): the shards come from different splits")
            }
            guard shard.log.hasUnits == first.log.hasUnits else {
                func setting(_ shard: Shard) -> String { shard.log.hasUnits ? "on" : "off" }
                throw SweepError(.data, "'\(shard.folder)' was run with --units \(setting(shard)) but '\(first.folder)' with --units \(setting(first)): run every shard with the same --units")
            }
        }
        let count = first.log.shard.count
        var byIndex = [Shard?](repeating: nil, count: count)
        for shard in shards {
            if let other = byIndex[shard.log.shard.index] {
                throw SweepError(.data, "'\(other.folder)' and '\(shard.folder)' both hold shard \(shard.log.shard.description): the shards overlap")
            }
            byIndex[shard.log.shard.index] = shard
        }
        let missing = byIndex.indices.filter { byIndex[$0] == nil }
        guard missing.isEmpty else {
            let list = missing.prefix(10).map(String.init).joined(separator: ", ") + (missing.count > 10 ? ", …" : "")
            throw SweepError(.data, "missing shard\(missing.count == 1 ? "" : "s") \(list) of \(count) (\(missing.count) missing); give every shard-K folder")
        }
        let ordered = byIndex.map { $0! }
        let planFile = sweepFile ?? first.sweepFile
        let plan = try self.plan ?? SweepLoader.load(path: planFile)
        guard plan.hash == first.log.hash else {
            if self.plan != nil {
                throw SweepError(.data, "'\(first.folder)' holds a sweep (hash \(first.log.hash.prefix(12))…) other than \(plan.name)'s of '\(plan.file)' (\(plan.hash.prefix(12))…): the file changed since the shards ran, or the folders belong to another run")
            }
            throw SweepError(.data, "'\(planFile)' is not the sweep the shards ran (hash \(plan.hash.prefix(12))…, shards \(first.log.hash.prefix(12))…): it changed since; give the original with --sweep FILE")
        }
        for shard in ordered {
            let expected = SweepShard(index: shard.log.shard.index, count: count).points(of: plan.pointCount)
            guard shard.log.points == expected else {
                throw SweepError(.data, "'\(shard.folder)': points \(shard.log.points) are not shard \(shard.log.shard.description)'s \(expected)")
            }
        }
        let hasUnits = first.log.hasUnits
        try checkDestination(ordered)
        try POSIXFiles.createDirectories(destination)
        var files: [String] = []
        var merged = [SweepFiles.runs, SweepFiles.points]
        if hasUnits {
            merged += [SweepFiles.units, SweepFiles.unitsSummary]
        } else {
            // checked by checkDestination: absent, or WijkSim's and replaced with --force
            for file in [SweepFiles.units, SweepFiles.unitsSummary] {
                _ = unlink(destination + "/" + file)
                if writesExcel { _ = unlink(destination + "/" + ExcelCopy.name(for: file)) }
            }
        }
        for file in merged {
            let target = destination + "/" + file
            let temporary = destination + "/.\(file).merge-\(getpid())"
            try Self.concatenate(ordered.map { $0.folder + "/" + file }, into: temporary)
            try POSIXFiles.rename(temporary, to: target)
            files.append(target)
        }
        let sensitivityPath = destination + "/" + SweepFiles.sensitivity
        let ranking = try SweepSensitivity(plan: plan).write(fromPoints: destination + "/" + SweepFiles.points,
                                                             to: sensitivityPath)
        files.append(sensitivityPath)
        let manifest = try SweepManifest.manifest(
            plan: plan, shard: .whole, points: 0..<plan.pointCount, units: hasUnits, complete: true, jobs: 1, commandLine: commandLine,
            startTime: startTime, wallTime: ProgressReporter.monotonicSeconds() - clockStart,
            mergedFrom: ordered.map(\.folder))
        try SweepManifest.replace(manifest, at: destination + "/" + SweepFiles.manifest)
        files.append(destination + "/" + SweepFiles.manifest)
        if writesExcel { files += try ExcelCopy.writeCopies(in: destination, files: SweepFiles.excelSources).map { destination + "/" + $0 } }
        return (plan, ranking, files)
    }

    static func readShard(_ folder: String) throws -> Shard {
        let logPath = folder + "/" + SweepFiles.completionLog
        guard POSIXFiles.isDirectory(folder) else { throw SweepError(.data, "'\(folder)' is not a folder") }
        guard POSIXFiles.exists(logPath) else {
            throw SweepError(.data, "'\(folder)' is not a sweep shard: it has no \(SweepFiles.completionLog)")
        }
        let log = try SweepCompletionLog.read(logPath)
        guard log.isDone else {
            let done = log.lastPoint.map { $0 - log.points.lowerBound + 1 } ?? 0
            throw SweepError(.data, "'\(folder)': shard \(log.shard.description) is unfinished (\(done) of \(log.points.count) points); finish it with wijksim sweep SWEEP --shard \(log.shard.description) --resume")
        }
        for (file, bytes) in SweepRunner.recordedSizes(log) {
            let path = folder + "/" + file
            let size = POSIXFiles.fileSize(path)
            guard let size else { throw SweepError(.data, "'\(path)' is missing") }
            guard size == bytes else {
                throw SweepError(.data, "'\(path)' is \(size < bytes ? "truncated" : "longer than recorded"): \(size) bytes, its completion log records \(bytes)")
            }
        }
        let manifestPath = folder + "/" + SweepFiles.manifest
        guard let data = FileManager.default.contents(atPath: manifestPath),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let file = object["sweep_file"] as? String, let hash = object["sweep_hash"] as? String else {
            throw SweepError(.data, "'\(manifestPath)': expected a sweep manifest with sweep_file and sweep_hash")
        }
        guard hash == log.hash else {
            throw SweepError(.data, "'\(folder)': manifest.json (hash \(hash.prefix(12))…) and completed.log (\(log.hash.prefix(12))…) disagree")
        }
        return Shard(folder: folder, log: log, sweepFile: file)
    }

    private func checkDestination(_ shards: [Shard]) throws {
        let canonical = POSIXFiles.canonicalPath(destination)
        for shard in shards where canonical != nil && POSIXFiles.canonicalPath(shard.folder) == canonical {
            throw SweepError(.usage, "--out '\(destination)' is the shard folder '\(shard.folder)'; merge into its parent or another folder")
        }
        switch POSIXFiles.kind(of: destination) {
        case .missing, .directory: break
        default:
            throw SweepError(.cannotCreate, "cannot merge into '\(destination)': \(FolderOwnership.problem(replacing: destination) ?? "it is not a folder")")
        }
        var written = [SweepFiles.runs, SweepFiles.points, SweepFiles.units, SweepFiles.unitsSummary,
                       SweepFiles.sensitivity, SweepFiles.manifest]
        if writesExcel { written += SweepFiles.excelSources.map(ExcelCopy.name(for:)) }
        let present = written.filter { POSIXFiles.exists(destination + "/" + $0) }
        guard !present.isEmpty else { return }
        guard force else {
            throw SweepError(.cannotCreate, "'\(destination)' already holds \(present.joined(separator: ", ")); add --force to replace them")
        }
        guard FolderOwnership.isOurManifest(destination + "/" + SweepFiles.manifest) else {
            throw SweepError(.cannotCreate, "cannot replace \(present.joined(separator: ", ")) in '\(destination)': it has no manifest.json written by WijkSim, so they may not be WijkSim's")
        }
        for file in present where POSIXFiles.kind(of: destination + "/" + file) != .file {
            throw SweepError(.cannotCreate, "cannot replace '\(destination)/\(file)': it is not a regular file")
        }
    }

    /// The first file whole, then every other file without its first line.
    static func concatenate(_ paths: [String], into target: String) throws {
        _ = unlink(target)
        let out = try POSIXFiles.createFile(target)
        defer { try? out.close() }
        for (index, path) in paths.enumerated() {
            guard let input = FileHandle(forReadingAtPath: path) else {
                throw SweepError(.data, "\(path): cannot read (\(POSIXFiles.lastErrorReason()))")
            }
            defer { try? input.close() }
            var skipping = index > 0
            while let chunk = try input.read(upToCount: LineReader.chunkSize), !chunk.isEmpty {
                var bytes = chunk[...]
                if skipping {
                    guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else { continue }
                    bytes = bytes[(newline + 1)...]
                    skipping = false
                }
                do { try out.write(contentsOf: bytes) } catch {
                    throw OutputError.cannotWrite(path: target, reason: error.localizedDescription)
                }
            }
        }
    }
}
