import WijkSim
import WijkSimBench
/// The parsed command line of `wijksim compare`; `nil` means "use the base scenario's
/// value" (or, for `jobs`, all cores; for `outputFolder`, `Results/compare-<base name>/`).
///
/// The options and their messages are those of `wijksim run` (``RunOptions``).
@dynamicMemberLookup
package struct CompareOptions: Sendable, Equatable {
    /// The base scenario file.
    package var basePath: String
    /// The variant scenario files, at least one, in command-line order.
    package var variantPaths: [String]
    /// `--replicates`, `--seed`, `--weeks`, `--jobs`, `--out`, `--force`, `--quiet`,
    /// `--report`, `--excel` and `--lang`, shared with the other batch commands; read
    /// and written through `options.replicates` etc. (dynamic member lookup).
    package var flags = BatchFlags()
    /// `--worlds`, `--worlds-from`, `--shard`, `--shard-count`, `--resume`: a verdict over
    /// plausible worlds (``WorldsFlags``, ``CompareWorldsCommand``).
    package var worlds = WorldsFlags()

    /// `flags[keyPath: member]`, so `options.seed` reads and writes `options.flags.seed`.
    package subscript<Value>(dynamicMember member: WritableKeyPath<BatchFlags, Value>) -> Value {
        get { flags[keyPath: member] }
        set { flags[keyPath: member] = newValue }
    }

    /// Creates options comparing `basePath` with `variantPaths`, nothing overridden.
    package init(basePath: String, variantPaths: [String]) {
        self.basePath = basePath
        self.variantPaths = variantPaths
    }

    /// The usage line of `wijksim compare`.
    package static let usage =
        "Usage: wijksim compare BASE VARIANT... [--replicates N] [--seed S] [--weeks W] [--jobs J] [--out DIR] [--force] [--quiet] [--report] [--excel] [--lang en|nl] [--units on|off] [--worlds N] [--worlds-from FILE] [--shard K/N] [--shard-count N] [--resume]"

    static let scanner = ArgumentScanner(options: BatchFlags.options + WorldsFlags.options, usage: usage)

    /// Parses the arguments after `compare`.
    /// - Throws: ``CLIError`` (64) naming the option or argument and what was expected.
    package static func parse(_ arguments: [String]) throws(CLIError) -> CompareOptions {
        let scanned = try scanner.scan(arguments)
        guard let base = scanned.positionals.first else {
            throw CLIError("missing argument BASE (the base scenario file, e.g. Scenarios/baseline.json)", usage: usage)
        }
        guard scanned.positionals.count > 1 else {
            throw CLIError("missing argument VARIANT (at least one scenario file to compare with BASE)", usage: usage)
        }
        var options = CompareOptions(basePath: base, variantPaths: Array(scanned.positionals.dropFirst()))
        options.flags = try BatchFlags(scanned, scanner: scanner, usage: usage)
        options.worlds = try WorldsFlags(scanned, scanner: scanner, usage: usage)
        try options.worlds.check(options.flags, usage: usage)
        return options
    }

    /// Refuses a scenario file given twice, as BASE and a VARIANT or as two VARIANTs, by
    /// the file it names (`identity`, by default ``ScenarioFileIdentity/of(_:)``), not by
    /// its spelling: `a.json` and `./a.json` are the same file.
    /// - Throws: ``CLIError`` (64) naming both spellings, e.g.
    ///   `VARIANT './a.json' is the same file as BASE 'a.json'`.
    func checkDistinctFiles(identity: (String) -> String = ScenarioFileIdentity.of) throws(CLIError) {
        var seen: [String: String] = [identity(basePath): "BASE '\(basePath)'"]
        for path in variantPaths {
            let key = identity(path)
            if let earlier = seen[key] {
                throw CLIError("VARIANT '\(path)' is the same file as \(earlier)", usage: Self.usage)
            }
            seen[key] = "VARIANT '\(path)'"
        }
    }
}
