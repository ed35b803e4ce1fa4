import WijkSim
import WijkSimBench
/// Parsing of `wijksim bench`'s command line into ``BenchOptions``.
extension BenchOptions {
    /// The usage line of `wijksim bench`.
    static let usage = "Usage: wijksim bench [--quick] [--cores N] [--scenarios DIR] [--out FILE] [--quiet]"

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
    static func parse(_ arguments: [String]) throws(CLIError) -> BenchOptions {
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
