import Foundation

/// Decides what a calibration may do with its results folder (or a shard's): start it,
/// finish it (`resume`), replace its results (`force`), or refuse.
///
/// The folder holds WijkSim's calibration files, a sweep folder per scenario and, before a
/// merge, `shard-K` folders. It may be started when it is missing, empty, or (for a merge)
/// holds only `shard-K` folders. A folder whose `manifest.json` is this calibration's (same
/// hash and shard) and unfinished is finished with `resume`; any calibration folder is
/// replaced with `force` — and then only WijkSim's own files in it are replaced or removed,
/// each scenario's sweep folder by ``SweepRunner``'s own rule. Anything else is refused.
enum CalibrationFolder {
    /// What was found.
    enum State: Equatable {
        /// Nothing of this calibration yet.
        case fresh
        /// This calibration's unfinished folder, to finish.
        case resuming
    }

    static func prepare(_ folder: String, plan: CalibrationPlan, shard: SweepShard, resume: Bool, force: Bool,
                        allowsShardFolders: Bool = false) throws -> State {
        switch POSIXFiles.kind(of: folder) {
        case .missing:
            try POSIXFiles.createDirectories(folder)
            return .fresh
        case .directory: break
        default:
            throw SweepError(.cannotCreate, "cannot write the calibration into '\(folder)': it \(FolderOwnership.problem(replacing: folder) ?? "is not a folder")")
        }
        let entries = POSIXFiles.entries(of: folder) ?? []
        if entries.isEmpty { return .fresh }
        let manifestPath = folder + "/" + CalibrationFiles.manifest
        guard let found = CalibrationManifest.read(manifestPath) else {
            if allowsShardFolders, entries.allSatisfy({ $0.hasPrefix("shard-") && POSIXFiles.isDirectory(folder + "/" + $0) }) {
                return .fresh
            }
            let why = POSIXFiles.exists(manifestPath) ? "its manifest.json is not a calibration's" : "it has no manifest.json written by wijksim calibrate"
            throw SweepError(.cannotCreate, "cannot write the calibration into '\(folder)': \(why); give another --out")
        }
        let isSame = found.hash == plan.hash && found.shard == shard
        if force {
            for name in CalibrationFiles.results where POSIXFiles.kind(of: folder + "/" + name) == .file {
                _ = unlink(folder + "/" + name)
            }
            return .fresh
        }
        guard isSame else {
            throw SweepError(.data, "'\(folder)' holds \(found.shard.count == 1 ? "the results" : "shard \(found.shard.description)") of another calibration or split (hash \(found.hash.prefix(12))…, this is \(plan.hash.prefix(12))…\(shard.count == 1 ? "" : " shard \(shard.description)")); give another --out, or --force to replace it")
        }
        if found.complete {
            throw SweepError(.cannotCreate, "'\(folder)' already holds this calibration's finished \(shard.count == 1 ? "results" : "shard"); add --force to run it again")
        }
        guard resume else {
            throw SweepError(.cannotCreate, "'\(folder)' holds this calibration unfinished; add --resume to finish it, or --force to start again")
        }
        return .resuming
    }
}
