import Foundation
import Testing
@testable import WijkSim
@testable import WijkSimBench
@testable import WijkSimCLI

/// Helpers shared by the `wijksim compare` tests (no tests in this file): a scaled-down
/// municipality built in code, scenario files written into a temporary folder, and the
/// CSV files read back as tables.
struct CompareFixture {
    /// The temporary folder holding the scenario files and the results.
    let folder: String

    /// A fresh temporary folder; call ``remove()`` when done.
    init(_ label: String = #function) {
        folder = TestSupport.makeTemporaryFolder("compare" + label)
    }

    /// Deletes the folder.
    func remove() { TestSupport.remove(folder) }

    /// The baseline municipality with its populations divided by `divisor` (by default a
    /// tenth: 6,000 residents), the 6 baseline departments and 3 connectors: a replicate of
    /// 40 weeks takes a few milliseconds in debug.
    static func small(name: String = "small", weeks: Int = 40, replicates: Int = 20, divisor: Int = 10) -> Scenario {
        var scenario = Scenario()
        scenario.name = name
        scenario.run.weeks = weeks
        scenario.run.replicates = replicates
        for index in scenario.municipality.neighbourhoods.indices {
            scenario.municipality.neighbourhoods[index].population /= divisor
        }
        return scenario
    }

    /// Writes `scenario` (fully resolved) as `<name>.json` and returns its path.
    func write(_ scenario: Scenario) -> String {
        let path = folder + "/\(scenario.name).json"
        try! ScenarioLoader.resolvedJSON(scenario).write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    /// Runs `wijksim compare FILES… OPTIONS… --quiet --out <folder>/<out>`.
    func compare(_ files: [String], _ options: [String] = [], out: String = "results") -> CompareRun {
        let destination = folder + "/" + out
        let arguments = ["wijksim", "compare"] + files + options + ["--quiet", "--out", destination]
        let capture = CapturedConsole()
        let status = WijkSimCommand.run(arguments: arguments, console: capture.console, coreCount: 2)
        return CompareRun(status: status, standardOutput: capture.standardOutput,
                          standardError: capture.standardError, folder: destination)
    }
}

/// The outcome of one `wijksim compare` call.
struct CompareRun {
    let status: Int32
    let standardOutput: String
    let standardError: String
    /// The results folder.
    let folder: String

    /// `comparison.csv` as a table.
    var comparison: CSVTable { CSVTable(TestSupport.read(folder + "/comparison.csv")) }
    /// `comparison-timeseries.csv` as a table.
    var timeSeries: CSVTable { CSVTable(TestSupport.read(folder + "/comparison-timeseries.csv")) }
}

/// A CSV file without quoted fields, as a header and rows of named fields.
struct CSVTable {
    let header: [String]
    let rows: [[String: String]]

    init(_ text: String) {
        let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        header = lines.first ?? []
        rows = lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(lines[0], $0)) }
    }

    /// The `comparison.csv` row of `variant` and `metric`.
    func row(_ variant: String, _ metric: String) -> [String: String] {
        rows.first { $0["variant"] == variant && $0["metric"] == metric } ?? [:]
    }

    /// A numeric field of the `comparison.csv` row of `variant` and `metric` (NaN if NA or absent).
    func value(_ variant: String, _ metric: String, _ column: String) -> Double {
        Double(row(variant, metric)[column] ?? "") ?? .nan
    }

    /// Mean of the weekly differences of `metric` for `variant` over `weeks` (1-based, inclusive;
    /// NA weeks left out), from `comparison-timeseries.csv`.
    func meanDifference(_ variant: String, _ metric: String, weeks: ClosedRange<Int>) -> Double {
        let values = rows.filter { $0["variant"] == variant && $0["metric"] == metric && weeks.contains(Int($0["week"]!)!) }
            .compactMap { Double($0["difference"]!) }
        return values.reduce(0, +) / Double(values.count)
    }
}
