/// The parsed command line of `wijksim bench`.
///
/// The options after "Internal" in the help are for the bench itself (the child
/// processes it starts), for profiling one workload and for tests.
public struct BenchOptions: Sendable, Equatable {
    /// `--quick`: the small smoke-test workloads.
    public var isQuick = false
    /// `--cores N`: threads of the parallel workloads; `nil` = all cores.
    public var cores: Int?
    /// `--scenarios DIR`: the folder holding `katwijk.json` and `bench/`.
    public var scenarioFolder = "Scenarios"
    /// `--out FILE`: where to write the CSV.
    public var outputFile = "bench.csv"
    /// `--quiet`: no progress on stderr.
    public var isQuiet = false
    /// `--workload NAME`: run only this workload, in this process, and print its measurement line.
    public var workload: String?
    /// `--repeat K`: override the repetitions of every workload run.
    public var repetitions: Int?
    /// `--scale F`: multiply the town and many replicate counts by F in (0, 1].
    public var scale = 1.0
    /// `--in-process`: run the workloads in this process (peak memory is then cumulative).
    public var isInProcess = false
    /// `--executable PATH`: the wijksim binary to start for each workload (default: this program).
    public var executable: String?

    /// Options with every default.
    public init() {}

    /// The usage line of `wijksim bench`.
    public static let usage = "Usage: wijksim bench [--quick] [--cores N] [--scenarios DIR] [--out FILE] [--quiet]"

    static let scanner = ArgumentScanner(options: [
        .flag("--quick"),
        .value("--cores", expected: "a positive integer"),
        .value("--scenarios", expected: "a folder path"),
        .value("--out", expected: "a file path"),
        .flag("--quiet"),
        .value("--workload", expected: "one of \(BenchPlan.workloadNames.joined(separator: ", "))"),
        .value("--repeat", expected: "a positive integer"),
        .value("--scale", expected: "a number greater than 0 and at most 1"),
        .flag("--in-process"),
        .value("--executable", expected: "a file path"),
    ], usage: usage)

    /// Parses the arguments after `bench`.
    /// - Throws: ``CLIError`` (64) naming the option and what was expected.
    public static func parse(_ arguments: [String]) throws(CLIError) -> BenchOptions {
        let scanned = try scanner.scan(arguments)
        if let extra = scanned.positionals.first {
            throw CLIError("unexpected argument '\(extra)'", usage: usage)
        }
        var options = BenchOptions()
        options.isQuick = scanned.flags.contains("--quick")
        options.isQuiet = scanned.flags.contains("--quiet")
        options.isInProcess = scanned.flags.contains("--in-process")
        options.cores = try positiveInteger(scanned, "--cores")
        options.repetitions = try positiveInteger(scanned, "--repeat")
        for name in ["--scenarios", "--out", "--executable"] {
            if let text = scanned.values[name], text.isEmpty { throw invalid(name, text) }
        }
        options.scenarioFolder = scanned.values["--scenarios"] ?? options.scenarioFolder
        options.outputFile = scanned.values["--out"] ?? options.outputFile
        options.executable = scanned.values["--executable"]
        if let name = scanned.values["--workload"] {
            guard BenchPlan.workloadNames.contains(name) else { throw invalid("--workload", name) }
            options.workload = name
        }
        if let text = scanned.values["--scale"] {
            guard let scale = Double(text), scale > 0, scale <= 1 else { throw invalid("--scale", text) }
            options.scale = scale
        }
        return options
    }

    private static func positiveInteger(_ scanned: ArgumentScanner.Scanned, _ name: String) throws(CLIError) -> Int? {
        guard let text = scanned.values[name] else { return nil }
        guard let value = Int(text), value >= 1 else { throw invalid(name, text) }
        return value
    }

    private static func invalid(_ name: String, _ found: String) -> CLIError {
        let expected = scanner.options.first { $0.name == name }?.expected ?? "a value"
        return CLIError("\(name): expected \(expected), found '\(found)'", usage: usage)
    }
}
