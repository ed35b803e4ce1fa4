import WijkSim

/// The options of `wijksim compare` that ask for a verdict over plausible worlds:
/// `--worlds N`, `--worlds-from FILE`, `--shard K/N`, `--shard-count N` and `--resume`.
/// Without `--worlds` or `--worlds-from` none of them may be given.
package struct WorldsFlags: Sendable, Equatable {
    /// `--worlds N`: how many worlds (with `--worlds-from`: the first N rows).
    package var worlds: Int?
    /// `--worlds-from FILE`: a calibration posterior (``WorldsPlan/Source/posterior(file:rows:)``).
    package var posteriorFile: String?
    /// `--shard K/N`; `nil` = from the environment (Slurm, Kubernetes), else the whole run.
    package var shard: SweepShard?
    /// `--shard-count N` for a Kubernetes indexed job.
    package var shardCount: Int?
    /// `--resume`: finish an unfinished shard in the folder.
    package var isResuming = false

    /// No worlds asked for.
    package init() {}

    /// Whether a verdict over worlds was asked for.
    package var isRequested: Bool { worlds != nil || posteriorFile != nil }

    /// The options, as the scanner reads them.
    static let options: [ArgumentScanner.Option] = [
        .value("--worlds", expected: BatchFlags.expectation(WorldsPlan.worldsRange)),
        .value("--worlds-from", expected: "a posterior CSV file (header sample,distance,<key paths>)"),
        ShardFlags.shard,
        ShardFlags.shardCount,
        ShardFlags.resume,
    ]

    /// Reads the flags from `scanned`.
    /// - Throws: ``CLIError`` (64) naming the option and what it expects.
    init(_ scanned: ArgumentScanner.Scanned, scanner: ArgumentScanner, usage: String) throws(CLIError) {
        func invalid(_ name: String, _ found: String) -> CLIError {
            let expected = scanner.options.first { $0.name == name }?.expected ?? "a value"
            return CLIError("\(name): expected \(expected), found '\(found)'", usage: usage)
        }
        if let text = scanned.values["--worlds"] {
            guard let value = Int(text), WorldsPlan.worldsRange.contains(value) else { throw invalid("--worlds", text) }
            worlds = value
        }
        if let text = scanned.values["--worlds-from"] {
            guard !text.isEmpty else { throw invalid("--worlds-from", text) }
            posteriorFile = text
        }
        (shard, shardCount, isResuming) = try ShardFlags.parse(scanned, invalid: invalid)
        if !isRequested {
            let given = ["--shard", "--shard-count"].filter { scanned.values[$0] != nil } + (isResuming ? ["--resume"] : [])
            if let first = given.first {
                throw CLIError("\(first) needs --worlds N or --worlds-from FILE (it splits or resumes a verdict over plausible worlds)", usage: usage)
            }
        }
    }

    /// Refuses combinations that make no sense with worlds.
    func check(_ flags: BatchFlags, usage: String) throws(CLIError) {
        guard isRequested else { return }
        if let replicates = flags.replicates, replicates < 2 {
            throw CLIError("--replicates: expected at least 2 with --worlds (a paired interval needs two replicates per world), found '\(replicates)'", usage: usage)
        }
        if isResuming && flags.isForced {
            throw CLIError("--resume and --force contradict each other: --resume finishes the worlds in the folder, --force starts again", usage: usage)
        }
        if flags.writesReport {
            throw CLIError("--report is not available with --worlds yet; run 'wijksim compare' without --worlds for report.html", usage: usage)
        }
    }
}
