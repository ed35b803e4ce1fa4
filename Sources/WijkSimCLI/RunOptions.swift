import WijkSim
import WijkSimBench
/// The parsed command line of `wijksim run`; `nil` means "use the scenario's value"
/// (or, for `jobs`, all cores; for `outputFolder`, `Results/<scenario name>/`).
@dynamicMemberLookup
package struct RunOptions: Sendable, Equatable {
    /// The scenario file.
    package var scenarioPath: String
    /// `--replicates`, `--seed`, `--weeks`, `--jobs`, `--out`, `--force`, `--quiet`,
    /// `--report`, `--excel` and `--lang`, shared with the other batch commands; read
    /// and written through `options.replicates` etc. (dynamic member lookup).
    package var flags = BatchFlags()

    /// `flags[keyPath: member]`, so `options.seed` reads and writes `options.flags.seed`.
    package subscript<Value>(dynamicMember member: WritableKeyPath<BatchFlags, Value>) -> Value {
        get { flags[keyPath: member] }
        set { flags[keyPath: member] = newValue }
    }

    /// Creates options for `scenarioPath` with nothing overridden.
    package init(scenarioPath: String) {
        self.scenarioPath = scenarioPath
    }

    /// The usage line of `wijksim run`.
    package static let usage =
        "Usage: wijksim run SCENARIO [--replicates N] [--seed S] [--weeks W] [--jobs J] [--out DIR] [--force] [--quiet] [--report] [--excel] [--lang en|nl] [--units on|off]"

    static let scanner = ArgumentScanner(options: BatchFlags.options, usage: usage)

    /// Parses the arguments after `run`.
    /// - Throws: ``CLIError`` (64) naming the option and what was expected.
    package static func parse(_ arguments: [String]) throws(CLIError) -> RunOptions {
        let scanned = try scanner.scan(arguments)
        guard let path = scanned.positionals.first else {
            throw CLIError("missing argument SCENARIO (a scenario file, e.g. Scenarios/baseline.json)", usage: usage)
        }
        if scanned.positionals.count > 1 {
            throw CLIError("unexpected argument '\(scanned.positionals[1])'", usage: usage)
        }
        var options = RunOptions(scenarioPath: path)
        options.flags = try BatchFlags(scanned, scanner: scanner, usage: usage)
        return options
    }
}
