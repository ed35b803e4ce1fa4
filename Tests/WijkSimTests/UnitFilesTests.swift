import Foundation
import Testing
@testable import WijkSim
@testable import WijkSimBench
@testable import WijkSimCLI

/// `units.csv`, `units-summary.csv` and `units-comparison.csv` as `wijksim run` and
/// `wijksim compare` write them, read back from disk.
@Suite("Unit files written by run and compare")
struct UnitFilesTests {
    /// The rows of a CSV file as dictionaries by header name (simple CSV: no quoted commas
    /// in these files' fields, scenario and unit names here have none).
    static func table(_ path: String) -> [[String: String]] {
        let lines = TestSupport.read(path).split(separator: "\n").map(String.init)
        guard let header = lines.first?.split(separator: ",", omittingEmptySubsequences: false).map(String.init) else { return [] }
        return lines.dropFirst().map { line in
            Dictionary(uniqueKeysWithValues: zip(header, line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)))
        }
    }

    static func run(_ fixture: CompareFixture, _ options: [String], out: String) -> (status: Int32, folder: String, error: String) {
        let scenario = UnitMetricsTests.scenario()
        let path = fixture.write(scenario)
        let destination = fixture.folder + "/" + out
        let capture = CapturedConsole()
        let status = WijkSimCommand.run(arguments: ["wijksim", "run", path, "--replicates", "4", "--quiet", "--out", destination] + options,
                                        console: capture.console, coreCount: 2)
        return (status, destination, capture.standardError)
    }

    /// Catches: a request counted in no neighbourhood or in two, hours of a connector or
    /// department lost between the engine and the file, rows of one replicate written under
    /// another's number, or a metric written under another metric's name.
    @Test("units.csv sums back to runs.csv, replicate by replicate")
    func sumsBackToRuns() throws {
        let fixture = CompareFixture()
        defer { fixture.remove() }
        let result = Self.run(fixture, ["--jobs", "2"], out: "run")
        #expect(result.status == 0, "\(result.error)")
        let runs = Self.table(result.folder + "/runs.csv")
        let units = Self.table(result.folder + "/units.csv")
        #expect(runs.count == 4)
        for run in runs {
            let replicate = try #require(run["replicate"])
            let rows = units.filter { $0["replicate"] == replicate }
            func total(_ type: String, _ metric: String) -> Double {
                rows.filter { $0["unit_type"] == type && $0["metric"] == metric }.reduce(0) { $0 + Double($1["value"]!)! }
            }
            func scalar(_ name: String) -> Double { Double(run[name]!)! }
            for metric in ["raised", "connected", "declined", "stranded", "abandoned", "untouched"] {
                #expect(total("neighbourhood", metric) == scalar(metric + "_all"), "replicate \(replicate): \(metric)")
            }
            let connectors = total("connector", "hours_used") / total("connector", "hours_available")
            #expect(abs(connectors - scalar("connector_utilisation")) < 1e-12, "replicate \(replicate): connector hours")
            let departments = total("department", "hours_used") / total("department", "hours_available")
            #expect(abs(departments - scalar("department_utilisation")) < 1e-12, "replicate \(replicate): department hours")
            #expect(total("connector", "backlog_end") == scalar("connector_backlog_end"))
        }
        // Catches: a summary that is not the mean over the replicates' rows.
        let summary = Self.table(result.folder + "/units-summary.csv")
        let first = try #require(summary.first { $0["metric"] == "raised" })
        let values = units.filter { $0["unit"] == first["unit"] && $0["metric"] == "raised" }.map { Double($0["value"]!)! }
        #expect(first["n"] == "4")
        #expect(abs(Double(first["mean"]!)! - values.reduce(0, +) / 4) < 1e-9)
        let scenario = UnitMetricsTests.scenario()
        let layout = UnitLayout(scenario: scenario)
        #expect(summary.count == layout.count, "one summary row per unit and metric")
        #expect(units.count == 4 * layout.count)
    }

    /// Catches: unit rows that depend on which thread finished first.
    @Test("units.csv and units-summary.csv are byte-identical with --jobs 1 and --jobs 2 (run and compare)")
    func jobsDeterminism() {
        let fixture = CompareFixture()
        defer { fixture.remove() }
        let one = Self.run(fixture, ["--jobs", "1"], out: "one"), two = Self.run(fixture, ["--jobs", "2"], out: "two")
        for file in UnitRecorder.fileNames.prefix(2) {
            #expect(TestSupport.read(one.folder + "/" + file) == TestSupport.read(two.folder + "/" + file), "run \(file)")
        }
        let base = fixture.write(UnitMetricsTests.scenario())
        var variant = UnitMetricsTests.scenario()
        variant.name = "variant"
        variant.interventions.publicity.enabled = true
        let other = fixture.write(variant)
        let a = fixture.compare([base, other], ["--replicates", "3", "--jobs", "1"], out: "c1")
        let b = fixture.compare([base, other], ["--replicates", "3", "--jobs", "2"], out: "c2")
        #expect(a.status == 0 && b.status == 0, "\(a.standardError)\(b.standardError)")
        for file in UnitRecorder.fileNames {
            let left = TestSupport.read(a.folder + "/" + file)
            #expect(!left.isEmpty, "compare writes \(file)")
            #expect(left == TestSupport.read(b.folder + "/" + file), "compare \(file)")
        }
        // Catches: a paired difference that is not variant − base of the same unit and metric.
        for row in Self.table(a.folder + "/units-comparison.csv").prefix(40) {
            let base = Double(row["base_mean"]!) ?? .nan, variant = Double(row["variant_mean"]!) ?? .nan
            let difference = Double(row["difference"]!) ?? .nan
            if base.isFinite && variant.isFinite { #expect(abs(variant - base - difference) < 1e-9 * max(1, abs(base)), "\(row)") }
        }
    }

    /// Catches: `--units off` ignored by one of the commands, or leaving an empty file behind.
    @Test("--units off writes no unit files (run and compare)")
    func unitsOff() {
        let fixture = CompareFixture()
        defer { fixture.remove() }
        let result = Self.run(fixture, ["--units", "off", "--jobs", "2"], out: "off")
        #expect(result.status == 0, "\(result.error)")
        let entries = TestSupport.entries(result.folder)
        #expect(entries.contains("runs.csv"))
        for file in UnitRecorder.fileNames { #expect(!entries.contains(file), "run wrote \(file)") }
        let base = fixture.write(UnitMetricsTests.scenario())
        var variant = UnitMetricsTests.scenario()
        variant.name = "variant"
        let compare = fixture.compare([base, fixture.write(variant)], ["--replicates", "2", "--units", "off", "--excel"], out: "c")
        #expect(compare.status == 0, "\(compare.standardError)")
        let written = TestSupport.entries(compare.folder)
        #expect(written.contains("comparison.csv"))
        for file in UnitRecorder.fileNames + UnitRecorder.fileNames.map(ExcelCopy.name(for:)) {
            #expect(!written.contains(file), "compare wrote \(file)")
        }
    }

    /// Catches: a bad --units value accepted silently (e.g. as on).
    @Test("--units takes on or off, verbatim message")
    func unitsValue() {
        let capture = CapturedConsole()
        let status = WijkSimCommand.run(arguments: ["wijksim", "run", "x.json", "--units", "yes"], console: capture.console)
        #expect(status == 64)
        #expect(capture.standardError.contains("--units: expected on or off, found 'yes'"), "\(capture.standardError)")
    }
}
