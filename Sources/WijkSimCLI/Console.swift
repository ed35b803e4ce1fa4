import WijkSim
import WijkSimBench
import Foundation

/// Where a command writes: standard output (results a person reads) and standard
/// error (progress and diagnostics). Tests substitute closures that capture the text.
package struct Console: Sendable {
    /// Writes text to standard output as is (include the newline).
    package var writeOutput: @Sendable (String) -> Void
    /// Writes text to standard error as is (include the newline).
    package var writeError: @Sendable (String) -> Void
    /// Whether standard error is a terminal (progress then redraws in place).
    package var isErrorTerminal: Bool

    /// Creates a console from two sinks.
    package init(isErrorTerminal: Bool = false,
                writeOutput: @escaping @Sendable (String) -> Void,
                writeError: @escaping @Sendable (String) -> Void) {
        self.writeOutput = writeOutput
        self.writeError = writeError
        self.isErrorTerminal = isErrorTerminal
    }

    /// The process's standard output and standard error.
    package static var standard: Console {
        Console(isErrorTerminal: isatty(2) != 0,
                writeOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
                writeError: { FileHandle.standardError.write(Data($0.utf8)) })
    }
}
