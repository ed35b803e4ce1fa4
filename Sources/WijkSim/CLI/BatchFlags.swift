/// The batch options `run` and `compare` share (`--replicates`, `--seed`, `--weeks`,
/// `--jobs`, `--out`, `--force`, `--quiet`), parsed once for both so their
/// messages stay identical.
struct BatchFlags: Sendable, Equatable {
    var replicates: Int?
    var seed: UInt64?
    var weeks: Int?
    var jobs: Int?
    var outputFolder: String?
    var isForced = false
    var isQuiet = false

    /// Reads the flags from `scanned`; a bad value is a usage error naming the flag and
    /// what `scanner` says it expects.
    init(_ scanned: ArgumentScanner.Scanned, scanner: ArgumentScanner, usage: String) throws(CLIError) {
        func invalid(_ name: String, _ found: String) -> CLIError {
            let expected = scanner.options.first { $0.name == name }?.expected ?? "a value"
            return CLIError("\(name): expected \(expected), found '\(found)'", usage: usage)
        }
        func integer(_ name: String, in range: ClosedRange<Int>) throws(CLIError) -> Int? {
            guard let text = scanned.values[name] else { return nil }
            guard let value = Int(text), range.contains(value) else { throw invalid(name, text) }
            return value
        }
        replicates = try integer("--replicates", in: 1...Int.max)
        weeks = try integer("--weeks", in: RunOptions.weeksRange)
        jobs = try integer("--jobs", in: 1...Int.max)
        if let text = scanned.values["--seed"] {
            guard let value = UInt64(text) else { throw invalid("--seed", text) }
            seed = value
        }
        if let folder = scanned.values["--out"] {
            guard !folder.isEmpty else { throw invalid("--out", folder) }
            outputFolder = folder
        }
        isForced = scanned.flags.contains("--force")
        isQuiet = scanned.flags.contains("--quiet")
    }
}
