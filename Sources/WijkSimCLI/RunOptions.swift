import WijkSim
import WijkSimBench
/// The parsed command line of `wijksim run`; `nil` means "use the scenario's value"
/// (or, for `jobs`, all cores; for `outputFolder`, `Results/<scenario name>/`).
package struct RunOptions: Sendable, Equatable {
    /// The scenario file.
    package var scenarioPath: String
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

    /// Creates options for `scenarioPath` with nothing overridden.
    package init(scenarioPath: String) {
        self.scenarioPath = scenarioPath
    }

    /// The usage line of `wijksim run`.
    package static let usage =
        "Usage: wijksim run SCENARIO [--replicates N] [--seed S] [--weeks W] [--jobs J] [--out DIR] [--force] [--quiet] [--report] [--excel] [--lang en|nl]"

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
}
