import WijkSim
import WijkSimBench
/// The parsed command line of `wijksim compare`; `nil` means "use the base scenario's
/// value" (or, for `jobs`, all cores; for `outputFolder`, `Results/compare-<base name>/`).
///
/// The options and their messages are those of `wijksim run` (``RunOptions``).
package struct CompareOptions: Sendable, Equatable {
    /// The base scenario file.
    package var basePath: String
    /// The variant scenario files, at least one, in command-line order.
    package var variantPaths: [String]
    /// `--replicates N`, N in ``RunSettings/replicatesRange`` (1...10^7).
    package var replicates: Int?
    /// `--seed S`, S in ``RunSettings/seedRange`` (0...2^63).
    package var seed: UInt64?
    /// `--weeks W`, W in ``RunSettings/weeksRange`` (1...5200).
    package var weeks: Int?
    /// `--jobs J`, J in ``BatchFlags/jobsRange`` (1...1024).
    package var jobs: Int?
    /// `--out DIR`.
    package var outputFolder: String?
    /// `--force`: replace an existing results folder.
    package var isForced = false
    /// `--quiet`: no progress on stderr.
    package var isQuiet = false
    /// `--report`: also write `report.html`.
    package var writesReport = false
    /// `--excel`: also write the `*-excel.csv` copies.
    package var writesExcel = false
    /// `--lang en|nl`: the language of the summary and the report.
    package var language: Language = .english

    /// Creates options comparing `basePath` with `variantPaths`, nothing overridden.
    package init(basePath: String, variantPaths: [String]) {
        self.basePath = basePath
        self.variantPaths = variantPaths
    }

    /// The usage line of `wijksim compare`.
    package static let usage =
        "Usage: wijksim compare BASE VARIANT... [--replicates N] [--seed S] [--weeks W] [--jobs J] [--out DIR] [--force] [--quiet] [--report] [--excel] [--lang en|nl]"

    static let scanner = ArgumentScanner(options: BatchFlags.options, usage: usage)

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
        let flags = try BatchFlags(scanned, scanner: scanner, usage: usage)
        options.replicates = flags.replicates
        options.seed = flags.seed
        options.weeks = flags.weeks
        options.jobs = flags.jobs
        options.outputFolder = flags.outputFolder
        options.isForced = flags.isForced
        options.isQuiet = flags.isQuiet
        options.writesReport = flags.writesReport
        options.writesExcel = flags.writesExcel
        options.language = flags.language
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
