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
        options.replicates = try integer(scanned, "--replicates", in: 1...Int.max)
        options.weeks = try integer(scanned, "--weeks", in: RunOptions.weeksRange)
        options.jobs = try integer(scanned, "--jobs", in: 1...Int.max)
        if let text = scanned.values["--seed"] {
            guard let seed = UInt64(text) else { throw invalid("--seed", text) }
            options.seed = seed
        }
        if let folder = scanned.values["--out"] {
            guard !folder.isEmpty else { throw invalid("--out", folder) }
            options.outputFolder = folder
        }
        options.isForced = scanned.flags.contains("--force")
        options.isQuiet = scanned.flags.contains("--quiet")
        return options
    }

    private static func integer(_ scanned: ArgumentScanner.Scanned, _ name: String,
                                in range: ClosedRange<Int>) throws(CLIError) -> Int? {
        guard let text = scanned.values[name] else { return nil }
        guard let value = Int(text), range.contains(value) else { throw invalid(name, text) }
        return value
    }

    private static func invalid(_ name: String, _ found: String) -> CLIError {
        let expected = scanner.options.first { $0.name == name }?.expected ?? "a value"
        return CLIError("\(name): expected \(expected), found '\(found)'", usage: usage)
    }
}
