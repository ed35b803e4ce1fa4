import WijkSim
import WijkSimBench
/// A command-line usage error: its message, its exit code (64 unless stated) and
/// the usage line printed after it.
///
/// Printed as `wijksim: error: <message>` followed by the `Usage: …` line.
package struct CLIError: UserFacingError, Equatable {
    /// The one-line message, without the `wijksim: error: ` prefix.
    package var message: String
    /// The exit code; ``ExitCode/usage`` (64) for bad command lines.
    package var exitCode: ExitCode
    /// The usage line shown after the message (`Usage: wijksim run SCENARIO …`), if any.
    package var usage: String?

    /// Creates a usage error.
    package init(_ message: String, usage: String?, exitCode: ExitCode = .usage) {
        self.message = message
        self.usage = usage
        self.exitCode = exitCode
    }

    /// The message.
    package var description: String { message }
}
