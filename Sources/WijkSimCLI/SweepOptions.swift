import WijkSim

/// The parsed command line of `wijksim sweep`.
package struct SweepOptions: Sendable, Equatable {
    /// The sweep file.
    package var sweepPath: String
    /// `--out DIR`; default `Results/<sweep name>/`, or `Results/<sweep name>/shard-K/` for a shard.
    package var outputFolder: String?
    /// `--shard K/N`; `nil` = from the environment, else the whole sweep.
    package var shard: SweepShard?
    /// `--shard-count N`: the shard count for a Kubernetes indexed job (`JOB_COMPLETION_INDEX`).
    package var shardCount: Int?
    /// `--jobs J`; `nil` = all cores.
    package var jobs: Int?
    /// `--resume`: finish an unfinished sweep in the folder.
    package var isResuming = false
    /// `--force`: replace results WijkSim wrote.
    package var isForced = false
    /// `--quiet`: no progress.
    package var isQuiet = false
    /// `--excel`: also write `*-excel.csv` copies (``ExcelCopy``) of a finished sweep's CSV files.
    package var writesExcel = false
    /// `--units on|off`: whether `units.csv` and `units-summary.csv` are written. Default: on,
    /// as for `run` and `compare`.
    package var writesUnits = true

    /// Options for `sweepPath`, nothing else given.
    package init(sweepPath: String) { self.sweepPath = sweepPath }

    /// The usage line.
    package static let usage =
        "Usage: wijksim sweep SWEEP [--out DIR] [--shard K/N] [--shard-count N] [--jobs J] [--resume] [--force] [--quiet] [--excel] [--units on|off]"

    static let scanner = ArgumentScanner(options: [
        .value("--out", expected: "a folder path"),
        ShardFlags.shard,
        ShardFlags.shardCount,
        .value("--jobs", expected: BatchFlags.expectation(BatchFlags.jobsRange)),
        ShardFlags.resume,
        .flag("--force"),
        .flag("--quiet"),
        .flag("--excel"),
        .value("--units", expected: BatchFlags.unitsValues),
    ], usage: usage)

    /// Parses the arguments after `sweep`.
    /// - Throws: ``CLIError`` (64) naming the option and what was expected.
    package static func parse(_ arguments: [String]) throws(CLIError) -> SweepOptions {
        let scanned = try scanner.scan(arguments)
        guard let path = scanned.positionals.first else {
            throw CLIError("missing argument SWEEP (a sweep file, e.g. Scenarios/sweeps/barriers-lhs.json)", usage: usage)
        }
        if scanned.positionals.count > 1 { throw CLIError("unexpected argument '\(scanned.positionals[1])'", usage: usage) }
        func invalid(_ name: String, _ found: String) -> CLIError {
            let expected = scanner.options.first { $0.name == name }?.expected ?? "a value"
            return CLIError("\(name): expected \(expected), found '\(found)'", usage: usage)
        }
        var options = SweepOptions(sweepPath: path)
        if let folder = scanned.values["--out"] {
            guard !folder.isEmpty else { throw invalid("--out", folder) }
            options.outputFolder = folder
        }
        (options.shard, options.shardCount, options.isResuming) = try ShardFlags.parse(scanned, invalid: invalid)
        if let text = scanned.values["--jobs"] {
            guard let jobs = Int(text), BatchFlags.jobsRange.contains(jobs) else { throw invalid("--jobs", text) }
            options.jobs = jobs
        }
        options.isForced = scanned.flags.contains("--force")
        options.isQuiet = scanned.flags.contains("--quiet")
        options.writesExcel = scanned.flags.contains("--excel")
        if let text = scanned.values["--units"] {
            guard let value = BatchFlags.unitsSwitch(text) else { throw invalid("--units", text) }
            options.writesUnits = value
        }
        if options.isResuming && options.isForced {
            throw CLIError("--resume and --force contradict each other: --resume finishes the results in the folder, --force starts again", usage: usage)
        }
        return options
    }
}
