import WijkSim
import WijkSimBench
/// The batch options `run` and `compare` share (`--replicates`, `--seed`, `--weeks`,
/// `--jobs`, `--out`, `--force`, `--quiet`, `--report`, `--excel`, `--lang`, `--units`), parsed once for both so their
/// messages stay identical.
///
/// Ranges: `--replicates`, `--seed` and `--weeks` take exactly what a scenario file's
/// `run.replicates`, `run.seed` and `run.weeks` take (``RunSettings/replicatesRange``,
/// ``RunSettings/seedRange``, ``RunSettings/weeksRange``: one declaration for both);
/// `--jobs` takes ``jobsRange``.
package struct BatchFlags: Sendable, Equatable {
    /// `--replicates N`, N in ``RunSettings/replicatesRange`` (1...10^7); `nil` = the scenario's.
    package var replicates: Int?
    /// `--seed S`, S in ``RunSettings/seedRange`` (0...2^63); `nil` = the scenario's.
    package var seed: UInt64?
    /// `--weeks W`, W in ``RunSettings/weeksRange`` (1...5200); `nil` = the scenario's.
    package var weeks: Int?
    /// `--jobs J`, J in ``jobsRange``; `nil` = all cores.
    package var jobs: Int?
    /// `--out DIR`; `nil` = the command's default folder under `Results/`.
    package var outputFolder: String?
    /// `--force`: replace an existing results folder that WijkSim wrote.
    package var isForced = false
    /// `--quiet`: no progress on stderr.
    package var isQuiet = false
    /// `--report`: also write `report.html` into the results folder.
    package var writesReport = false
    /// `--excel`: also write the `*-excel.csv` copies (``ExcelCopy``).
    package var writesExcel = false
    /// `--lang`: the language of the terminal summary and of `report.html`.
    package var language: Language = .english
    /// `--units on|off`: whether `units.csv` and `units-summary.csv` (and for `compare`
    /// `units-comparison.csv`) are written. Default: on.
    package var writesUnits = true

    /// No flag given.
    package init() {}

    /// Allowed `--jobs`: worker threads. Unit: threads. More threads than cores only add
    /// overhead, and the reorder window holds 8 results per thread, so the cap keeps
    /// memory bounded.
    static let jobsRange: ClosedRange<Int> = 1...1024

    /// The options, with what each expects as the messages say it
    /// (`an integer from 1 to 10000000`).
    static let options: [ArgumentScanner.Option] = [
        .value("--replicates", expected: expectation(RunSettings.replicatesRange)),
        .value("--seed", expected: expectation(RunSettings.seedRange) + " (2^63)"),
        .value("--weeks", expected: expectation(RunSettings.weeksRange)),
        .value("--jobs", expected: expectation(jobsRange)),
        .value("--out", expected: "a folder path"),
        .flag("--force"),
        .flag("--quiet"),
        .flag("--report"),
        .flag("--excel"),
        .value("--lang", expected: Language.flagValues),
        .value("--units", expected: unitsValues),
    ]

    /// What `--units` takes.
    static let unitsValues = "on or off"

    /// `on` → true, `off` → false, anything else nil.
    static func unitsSwitch(_ text: String) -> Bool? {
        switch text {
        case "on": true
        case "off": false
        default: nil
        }
    }

    /// `an integer from LOW to HIGH`, the bounds in full.
    static func expectation<Bound: BinaryInteger>(_ range: ClosedRange<Bound>) -> String {
        "an integer from \(range.lowerBound) to \(range.upperBound)"
    }

    /// Reads the flags from `scanned`; a bad value is a usage error naming the flag and
    /// what `scanner` says it expects.
    init(_ scanned: ArgumentScanner.Scanned, scanner: ArgumentScanner, usage: String) throws(CLIError) {
        func invalid(_ name: String, _ found: String) -> CLIError {
            let expected = scanner.options.first { $0.name == name }?.expected ?? "a value"
            return CLIError("\(name): expected \(expected), found '\(found)'", usage: usage)
        }
        func integer<Value: FixedWidthInteger>(_ name: String, in range: ClosedRange<Value>) throws(CLIError) -> Value? {
            guard let text = scanned.values[name] else { return nil }
            guard let value = Value(text), range.contains(value) else { throw invalid(name, text) }
            return value
        }
        replicates = try integer("--replicates", in: RunSettings.replicatesRange)
        seed = try integer("--seed", in: RunSettings.seedRange)
        weeks = try integer("--weeks", in: RunSettings.weeksRange)
        jobs = try integer("--jobs", in: Self.jobsRange)
        if let folder = scanned.values["--out"] {
            guard !folder.isEmpty else { throw invalid("--out", folder) }
            outputFolder = folder
        }
        isForced = scanned.flags.contains("--force")
        isQuiet = scanned.flags.contains("--quiet")
        writesReport = scanned.flags.contains("--report")
        writesExcel = scanned.flags.contains("--excel")
        if let text = scanned.values["--units"] {
            guard let value = Self.unitsSwitch(text) else { throw invalid("--units", text) }
            writesUnits = value
        }
        if let text = scanned.values["--lang"] {
            guard let language = Language(rawValue: text) else { throw invalid("--lang", text) }
            self.language = language
        }
    }
}
