/// Why `report.html` (or `--out FILE`) cannot be written; every case exits with 73.
package enum ReportError: UserFacingError, Equatable {
    /// A file is there and `--force` was not given.
    case exists(path: String)
    /// What is there is not a report WijkSim wrote, or not a regular file; `reason`
    /// completes "it …".
    case notReplaceable(path: String, reason: String)
    /// Creating, writing or renaming failed, with the operating system's reason.
    case cannotWrite(path: String, reason: String)

    /// Always ``ExitCode/cannotCreate`` (73).
    package var exitCode: ExitCode { .cannotCreate }

    /// The one-line message printed after `wijksim: error: `.
    package var description: String {
        switch self {
        case .exists(let path):
            "report '\(path)' already exists; use --force to replace it (only a report WijkSim wrote is replaced)"
        case .notReplaceable(let path, let reason):
            "will not replace '\(path)': it \(reason); choose another --out"
        case .cannotWrite(let path, let reason):
            "cannot write report '\(path)': \(reason)"
        }
    }
}
