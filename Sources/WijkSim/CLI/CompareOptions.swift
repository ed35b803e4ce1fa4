/// The parsed command line of `wijksim compare`; `nil` means "use the base scenario's
/// value" (or, for `jobs`, all cores; for `outputFolder`, `Results/compare-<base name>/`).
///
/// The options and their messages are those of `wijksim run` (``RunOptions``).
public struct CompareOptions: Sendable, Equatable {
    /// The base scenario file.
    public var basePath: String
    /// The variant scenario files, at least one, in command-line order.
    public var variantPaths: [String]
    /// `--replicates N`, N ≥ 1.
    public var replicates: Int?
    /// `--seed S`, 0 ≤ S < 2^64.
    public var seed: UInt64?
    /// `--weeks W`, 1 ≤ W ≤ 5200.
    public var weeks: Int?
    /// `--jobs J`, J ≥ 1.
    public var jobs: Int?
    /// `--out DIR`.
    public var outputFolder: String?
    /// `--force`: replace an existing results folder.
    public var isForced = false
    /// `--quiet`: no progress on stderr.
    public var isQuiet = false

    /// Creates options comparing `basePath` with `variantPaths`, nothing overridden.
    public init(basePath: String, variantPaths: [String]) {
        self.basePath = basePath
        self.variantPaths = variantPaths
    }

    /// The usage line of `wijksim compare`.
    public static let usage =
        "Usage: wijksim compare BASE VARIANT... [--replicates N] [--seed S] [--weeks W] [--jobs J] [--out DIR] [--force] [--quiet]"

    static let scanner = ArgumentScanner(options: RunOptions.scanner.options, usage: usage)

    /// Parses the arguments after `compare`.
    /// - Throws: ``CLIError`` (64) naming the option or argument and what was expected.
    public static func parse(_ arguments: [String]) throws(CLIError) -> CompareOptions {
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
        return options
    }
}
