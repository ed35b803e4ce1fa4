/// Process exit codes, after BSD sysexits(3).
public enum ExitCode: Int32, Sendable {
    /// Success.
    case success = 0
    /// EX_USAGE: the command line was wrong (unknown flag, bad or out-of-range flag value, a
    /// flag given twice, `compare` given the same scenario file twice).
    case usage = 64
    /// EX_DATAERR: a scenario file is malformed or out of range.
    case dataError = 65
    /// EX_NOINPUT: an input file does not exist or cannot be read.
    case noInput = 66
    /// EX_SOFTWARE: an internal error (a bug).
    case software = 70
    /// EX_CANTCREAT: an output file or folder cannot be created (or exists without --force).
    case cannotCreate = 73
}

/// An error a user can fix; its `description` is the one-line message printed on stderr.
public protocol UserFacingError: Error, CustomStringConvertible {
    /// The exit code the process ends with.
    var exitCode: ExitCode { get }
}
