/// Why a results folder cannot be read by `wijksim report`: a missing folder or file
/// (exit 66) or a file that is not what WijkSim writes (exit 65). Each message names
/// the file and what was expected.
package enum ResultsError: UserFacingError, Equatable {
    /// The folder does not exist or is not a folder.
    case missingFolder(path: String, reason: String)
    /// A file the folder's kind needs is absent; `expected` says what it should hold.
    case missingFile(path: String, expected: String)
    /// A file exists but cannot be read.
    case unreadable(path: String, reason: String)
    /// A file's content is not what WijkSim writes; `line` is 1-based when known.
    case badData(path: String, line: Int?, reason: String)

    /// 66 for a missing or unreadable folder or file, 65 for bad content.
    package var exitCode: ExitCode {
        switch self {
        case .missingFolder, .missingFile, .unreadable: .noInput
        case .badData: .dataError
        }
    }

    /// The one-line message printed after `wijksim: error: `.
    package var description: String {
        switch self {
        case .missingFolder(let path, let reason):
            "results folder '\(path)' \(reason); expected a folder written by 'wijksim run' or 'wijksim compare'"
        case .missingFile(let path, let expected):
            "'\(path)' is missing; expected \(expected)"
        case .unreadable(let path, let reason):
            "cannot read '\(path)': \(reason)"
        case .badData(let path, let line, let reason):
            "'\(path)'\(line.map { " line \($0)" } ?? ""): \(reason)"
        }
    }
}
