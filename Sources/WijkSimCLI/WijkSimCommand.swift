import WijkSim
import WijkSimBench
import Foundation

/// The `wijksim` command: dispatches to a subcommand, handles `--help`, `--version`
/// and `help NAME`, and turns errors into a message on stderr and an exit status.
///
/// `Sources/wijksim/main.swift` only calls ``main(arguments:)``; tests call
/// ``run(arguments:console:coreCount:)`` with a capturing ``Console``.
package enum WijkSimCommand {
    /// The subcommands, in the order `--help` lists them.
    package static let subcommands: [any Subcommand.Type] = [RunCommand.self, CompareCommand.self, ReportCommand.self, ParamsCommand.self, BenchCommand.self, DocsCommand.self, SweepCommand.self, MergeCommand.self, CalibrateCommand.self]

    /// The top-level usage line.
    package static let usage = "Usage: wijksim <subcommand> [options]  (see 'wijksim --help')"

    /// Runs with the process's standard output and error.
    /// - Parameter arguments: `CommandLine.arguments` (program name first).
    /// - Returns: the exit status for `exit(_:)`.
    package static func main(arguments: [String]) -> Int32 {
        run(arguments: arguments, console: .standard)
    }

    /// Runs the command line `arguments` (program name first), writing to `console`.
    /// An error is printed on one line (control characters in it escaped, see
    /// ``MessageText/oneLine(_:)``), followed by the usage line for a usage error.
    /// - Returns: 0 on success, else the error's ``ExitCode``.
    package static func run(arguments: [String], console: Console,
                           coreCount: Int = ProcessInfo.processInfo.activeProcessorCount,
                           environment: [String: String] = ProcessInfo.processInfo.environment) -> Int32 {
        let context = CommandContext(console: console, commandLine: arguments, coreCount: coreCount,
                                     environment: environment)
        do {
            return try dispatch(Array(arguments.dropFirst()), context: context)
        } catch let error as CLIError {
            console.writeError("wijksim: error: \(MessageText.oneLine(error.message))\n")
            if let usage = error.usage { console.writeError("\(usage)\n") }
            return error.exitCode.rawValue
        } catch let error as any UserFacingError {
            console.writeError("wijksim: error: \(MessageText.oneLine(error.description))\n")
            return error.exitCode.rawValue
        } catch {
            console.writeError("wijksim: error: internal error: \(MessageText.oneLine(String(describing: error)))\n")
            return ExitCode.software.rawValue
        }
    }

    /// The `wijksim --help` text.
    package static var help: String {
        let width = subcommands.map { $0.name.count }.max() ?? 0
        let list = subcommands.map { command in
            "  \(command.name.padding(toLength: width, withPad: " ", startingAt: 0))   \(command.abstract)"
        }
        return """
            wijksim \(WijkSimVersion.current): agent-based simulation of Dutch neighbourhood connectors (wijkverbinders).

            Usage: wijksim <subcommand> [options]

            Subcommands:
            \(list.joined(separator: "\n"))

            Options:
              -h, --help      Show this help.
              --version       Show the version.

            Run 'wijksim help <subcommand>' or 'wijksim <subcommand> --help' for its options.

            """
    }

    private static func dispatch(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let console = context.console
        guard let first = arguments.first else {
            throw CLIError("missing subcommand", usage: usage)
        }
        switch first {
        case "-h", "--help":
            console.writeOutput(help)
            return 0
        case "--version":
            console.writeOutput("wijksim \(WijkSimVersion.current)\n")
            return 0
        case "help":
            guard arguments.count > 1 else { console.writeOutput(help); return 0 }
            let command = try subcommand(named: arguments[1])
            console.writeOutput(command.help)
            return 0
        default:
            if first.hasPrefix("-") {
                let hint = EditDistance.didYouMean(first, among: ["--help", "--version"])
                throw CLIError("unknown option '\(first)'\(hint)", usage: usage)
            }
            let command = try subcommand(named: first)
            let rest = Array(arguments.dropFirst())
            if rest.prefix(while: { $0 != "--" }).contains(where: { $0 == "-h" || $0 == "--help" }) {
                console.writeOutput(command.help)
                return 0
            }
            return try command.execute(rest, context: context)
        }
    }

    private static func subcommand(named name: String) throws(CLIError) -> any Subcommand.Type {
        if let command = subcommands.first(where: { $0.name == name }) { return command }
        let hint = EditDistance.didYouMean(name, among: subcommands.map { $0.name })
        throw CLIError("unknown subcommand '\(name)'\(hint)", usage: usage)
    }
}
