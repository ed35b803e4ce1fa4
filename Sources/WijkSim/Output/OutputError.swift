/// Why results could not be written; every case exits with 73 (EX_CANTCREAT).
public enum OutputError: UserFacingError, Equatable {
    /// The destination folder exists and `--force` was not given.
    case destinationExists(path: String)
    /// A folder (the destination's parent or the partial folder) could not be created.
    case cannotCreateFolder(path: String, reason: String)
    /// A file inside the results folder could not be created.
    case cannotCreateFile(path: String, reason: String)
    /// Writing to an open file failed (disk full, I/O error).
    case cannotWrite(path: String, reason: String)
    /// The finished folder could not be moved into place.
    case cannotMove(from: String, to: String, reason: String)
    /// What stands at the destination was not written by WijkSim (or is the working
    /// folder), so it is neither replaced nor deleted, even with `--force`.
    /// `reason` completes "it …" (e.g. `is a symbolic link`).
    case notReplaceable(path: String, reason: String)

    /// Always ``ExitCode/cannotCreate`` (73).
    public var exitCode: ExitCode { .cannotCreate }

    /// The one-line message printed after `wijksim: error: `.
    public var description: String {
        switch self {
        case .destinationExists(let path):
            "output folder '\(path)' already exists; use --force to replace it"
        case .cannotCreateFolder(let path, let reason):
            "cannot create folder '\(path)': \(reason)"
        case .cannotCreateFile(let path, let reason):
            "cannot create file '\(path)': \(reason)"
        case .cannotWrite(let path, let reason):
            "cannot write to '\(path)': \(reason)"
        case .cannotMove(let from, let to, let reason):
            "cannot move '\(from)' to '\(to)': \(reason)"
        case .notReplaceable(let path, let reason):
            "will not replace '\(path)': it \(reason); --force replaces only an empty folder "
                + "or a results folder that WijkSim wrote, so choose another --out"
        }
    }
}
