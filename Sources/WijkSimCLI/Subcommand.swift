import WijkSim
import WijkSimBench
import Foundation

/// What a subcommand needs from its surroundings: where to write, the full command
/// line (for the manifest) and the host's core count.
package struct CommandContext: Sendable {
    /// Standard output and error.
    package var console: Console
    /// The whole command line, program name first (as `CommandLine.arguments`).
    package var commandLine: [String]
    /// Cores used when `--jobs` is not given.
    package var coreCount: Int
    /// The environment (`wijksim sweep` reads a scheduler's shard from it).
    package var environment: [String: String]

    /// Creates a context.
    package init(console: Console, commandLine: [String],
                 coreCount: Int = ProcessInfo.processInfo.activeProcessorCount,
                 environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.console = console
        self.commandLine = commandLine
        self.coreCount = coreCount
        self.environment = environment
    }
}

/// A `wijksim` subcommand (`run`; later `compare`, `params`, `bench`).
///
/// To add one, write a type conforming to this protocol and list it in
/// ``WijkSimCommand/subcommands``; `wijksim --help`, `wijksim help NAME`,
/// `NAME --help` and the "did you mean" suggestions pick it up.
package protocol Subcommand: Sendable {
    /// The word after `wijksim`, e.g. `run`.
    static var name: String { get }
    /// One line for the `wijksim --help` list.
    static var abstract: String { get }
    /// The usage line, starting with `Usage: wijksim NAME`.
    static var usage: String { get }
    /// The full help text (ends with a newline), printed by `--help` and `help NAME`.
    static var help: String { get }

    /// Runs the subcommand with the arguments after its name.
    /// - Returns: the process exit status (0 on success).
    /// - Throws: a ``UserFacingError`` (printed on one line, its exit code used),
    ///   or any other error (reported as an internal error, exit 70).
    static func execute(_ arguments: [String], context: CommandContext) throws -> Int32
}
