import Foundation
import Testing
@testable import WijkSim
@testable import WijkSimBench
@testable import WijkSimCLI

@Suite("CLI end to end")
struct CLIEndToEndTests {
    /// `Scenarios/baseline.json` of this package, or a minimal scenario in `folder` if it is absent.
    private func scenarioFile(in folder: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let baseline = root.appendingPathComponent("Scenarios/baseline.json").path
        if FileManager.default.fileExists(atPath: baseline) { return baseline }
        let path = folder + "/e2e.json"
        try #"{ "name": "e2e" }"#.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    private func lines(_ path: String) -> [Substring] {
        TestSupport.read(path).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    }

    @Test("wijksim run writes the four files with the right headers and row counts")
    func runWritesResults() throws {
        let temporary = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(temporary) }
        let scenario = try scenarioFile(in: temporary)
        let out = temporary + "/results"
        let arguments = ["wijksim", "run", scenario, "--replicates", "3", "--weeks", "5", "--jobs", "2",
                         "--quiet", "--out", out]
        let capture = CapturedConsole()
        let status = WijkSimCommand.run(arguments: arguments, console: capture.console)
        #expect(status == 0, "stderr: \(capture.standardError)")
        #expect(capture.standardError.isEmpty)

        let runs = lines(out + "/runs.csv")
        #expect(runs.count == 4)
        #expect(runs.first == Substring((["scenario", "replicate", "seed"] + MetricCatalog.scalarNames).joined(separator: ",")))
        #expect(runs.dropFirst().map { $0.split(separator: ",")[1] } == ["0", "1", "2"])
        let seeds = (0..<3).map { "s\(SeedDerivation.replicateSeed(master: 20241, replicate: $0))" }
        #expect(runs.dropFirst().map { String($0.split(separator: ",")[2]) } == seeds, "seed column: s and the digits")
        let summary = lines(out + "/summary.csv")
        #expect(summary.first == "scenario,metric,n,mean,sd,ci_low,ci_high,p5,p50,p95")
        #expect(summary.count == 1 + MetricCatalog.scalarNames.count)
        let series = lines(out + "/timeseries.csv")
        #expect(series.first == "scenario,week,metric,mean,ci_low,ci_high")
        #expect(series.count == 1 + 5 * MetricCatalog.weeklyNames.count)

        let data = try Data(contentsOf: URL(fileURLWithPath: out + "/manifest.json"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(manifest["tool_version"] as? String == WijkSimVersion.current)
        #expect(manifest["replicates"] as? Int == 3)
        #expect(manifest["weeks"] as? Int == 5)
        #expect(manifest["jobs"] as? Int == 2)
        #expect(manifest["scenario_file"] as? String == scenario)
        #expect(manifest["command_line"] as? [String] == arguments)
        let resolved = try #require(manifest["scenario"] as? [String: Any])
        #expect((resolved["run"] as? [String: Any])?["weeks"] as? Int == 5)
        #expect((resolved["run"] as? [String: Any])?["replicates"] as? Int == 3)

        let report = capture.standardOutput
        #expect(report.contains("3 replicates × 5 weeks"))
        #expect(report.contains("  question "))
        #expect(report.contains(out + "/runs.csv"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: temporary).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test("a second run without --force is refused with exit 73; with --force it replaces")
    func refusesThenForces() throws {
        let temporary = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(temporary) }
        let scenario = try scenarioFile(in: temporary)
        let out = temporary + "/results"
        let base = ["wijksim", "run", scenario, "--replicates", "2", "--weeks", "3", "--jobs", "1", "--quiet", "--out", out]
        #expect(WijkSimCommand.run(arguments: base, console: CapturedConsole().console) == 0)
        let capture = CapturedConsole()
        #expect(WijkSimCommand.run(arguments: base, console: capture.console) == 73)
        #expect(capture.standardError == "wijksim: error: output folder '\(out)' already exists; use --force to replace it\n")
        #expect(WijkSimCommand.run(arguments: base + ["--force", "--seed", "7"], console: CapturedConsole().console) == 0)
        let data = try Data(contentsOf: URL(fileURLWithPath: out + "/manifest.json"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(manifest["seed"] as? String == "7")
    }

    @Test("a missing scenario file is reported on one line with the loader's exit code")
    func missingScenario() {
        let capture = CapturedConsole()
        let status = WijkSimCommand.run(arguments: ["wijksim", "run", "/nonexistent/nothing.json", "--quiet"],
                                        console: capture.console)
        #expect(status == 66)
        #expect(capture.standardError.hasPrefix("wijksim: error: "))
        #expect(capture.standardError.filter { $0 == "\n" }.count == 1)
    }

    @Test("the real model with --jobs 1 and --jobs 4 writes byte-identical CSV files")
    func jobsDoNotChangeOutput() throws {
        let temporary = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(temporary) }
        let scenario = try scenarioFile(in: temporary)
        var files: [[String]] = []
        for jobs in ["1", "4"] {
            let out = temporary + "/jobs" + jobs
            let capture = CapturedConsole()
            let status = WijkSimCommand.run(
                arguments: ["wijksim", "run", scenario, "--replicates", "6", "--weeks", "8", "--jobs", jobs, "--quiet", "--out", out],
                console: capture.console)
            #expect(status == 0, "stderr: \(capture.standardError)")
            files.append(["runs.csv", "summary.csv", "timeseries.csv"].map { TestSupport.read(out + "/" + $0) })
        }
        #expect(files[0] == files[1])
        #expect(files[0][0].split(separator: "\n").count == 7)
    }
}
