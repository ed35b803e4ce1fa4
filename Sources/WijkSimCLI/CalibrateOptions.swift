import WijkSim

/// The parsed command line of `wijksim calibrate`.
package struct CalibrateOptions: Sendable, Equatable {
    /// The calibration file.
    package var calibrationPath: String
    /// `--out DIR`; default `Results/<name>/`, or `Results/<name>/shard-K/` for a shard.
    package var outputFolder: String?
    /// `--shard K/N`; `nil` = from the environment, else the whole calibration.
    package var shard: SweepShard?
    /// `--shard-count N` for `JOB_COMPLETION_INDEX`.
    package var shardCount: Int?
    /// `--jobs J`; `nil` = all cores.
    package var jobs: Int?
    package var isResuming = false
    package var isForced = false
    package var isQuiet = false
    /// `--merge`: merge shard folders and analyse instead of running.
    package var isMerging = false
    /// The shard folders after the calibration file (with `--merge`); empty = `DIR/shard-*`.
    package var shardFolders: [String] = []

    package init(calibrationPath: String) { self.calibrationPath = calibrationPath }

    package static let usage =
        "Usage: wijksim calibrate CALIBRATION [--out DIR] [--shard K/N] [--shard-count N] [--jobs J] [--resume] [--force] [--quiet] [--merge [SHARD...]]"

    static let scanner = ArgumentScanner(options: [
        .value("--out", expected: "a folder path"),
        ShardFlags.shard,
        ShardFlags.shardCount,
        .value("--jobs", expected: BatchFlags.expectation(BatchFlags.jobsRange)),
        ShardFlags.resume,
        .flag("--force"),
        .flag("--quiet"),
        .flag("--merge"),
    ], usage: usage)

    /// Parses the arguments after `calibrate`.
    /// - Throws: ``CLIError`` (64) naming the option and what was expected.
    package static func parse(_ arguments: [String]) throws(CLIError) -> CalibrateOptions {
        let scanned = try scanner.scan(arguments)
        guard let path = scanned.positionals.first else {
            throw CLIError("missing argument CALIBRATION (a calibration file, e.g. Scenarios/calibration/towns.json)", usage: usage)
        }
        var options = CalibrateOptions(calibrationPath: path)
        options.isMerging = scanned.flags.contains("--merge")
        if scanned.positionals.count > 1 {
            guard options.isMerging else { throw CLIError("unexpected argument '\(scanned.positionals[1])' (shard folders follow only with --merge)", usage: usage) }
            options.shardFolders = Array(scanned.positionals.dropFirst())
        }
        func invalid(_ name: String, _ found: String) -> CLIError {
            let expected = scanner.options.first { $0.name == name }?.expected ?? "a value"
            return CLIError("\(name): expected \(expected), found '\(found)'", usage: usage)
        }
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
        if options.isResuming && options.isForced {
            throw CLIError("--resume and --force contradict each other: --resume finishes the results in the folder, --force starts again", usage: usage)
        }
        if options.isMerging && (options.shard != nil || options.shardCount != nil || options.isResuming) {
            throw CLIError("--merge combines finished shards; it takes neither --shard, --shard-count nor --resume", usage: usage)
        }
        return options
    }
}
