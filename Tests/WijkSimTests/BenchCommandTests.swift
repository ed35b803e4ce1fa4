import Foundation
import Testing
@testable import WijkSim
@testable import WijkSimBench
@testable import WijkSimCLI

extension Slow {
    /// `wijksim bench` end to end through the library entry point. Scaled down with the
    /// internal `--scale` so that it stays fast in a debug build; no timing is asserted.
    @Suite("Bench: command")
    struct BenchCommandTests {
        static let scenarios = BenchScenarioTests.scenarios
        static let usage = BenchOptions.usage

        private func lines(_ path: String) -> [Substring] {
            TestSupport.read(path).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        }

        private func checkCSV(_ path: String) {
            let csv = lines(path)
            #expect(csv.first == Substring(BenchRow.csvHeader.joined(separator: ",")))
            #expect(csv.dropFirst().map { String($0.split(separator: ",")[0]) } == BenchPlan.workloadNames)
            for row in csv.dropFirst() {
                #expect(row.split(separator: ",", omittingEmptySubsequences: false).count == BenchRow.csvHeader.count,
                        "\(row)")
                #expect(row.hasSuffix(",NA"), "quick runs do not judge targets: \(row)")
            }
        }

        @Test("bench --quick --in-process completes with exit 0 and writes bench.csv with one row per workload")
        func quickInProcess() {
            let folder = TestSupport.makeTemporaryFolder()
            defer { TestSupport.remove(folder) }
            let capture = CapturedConsole()
            let status = WijkSimCommand.run(
                arguments: ["wijksim", "bench", "--quick", "--in-process", "--scale", "0.01", "--quiet",
                            "--scenarios", Self.scenarios, "--out", folder + "/bench.csv"],
                console: capture.console, coreCount: 2)
            #expect(status == 0, "stderr: \(capture.standardError)")
            checkCSV(folder + "/bench.csv")
            let report = capture.standardOutput
            #expect(report.contains("bench --quick"))
            #expect(report.contains("town scenario: \(Self.scenarios)/katwijk.json")
                    || report.contains("town scenario: \(Self.scenarios)/baseline.json"))
            #expect(report.split(separator: "\n").contains { $0.hasPrefix("workload ") && $0.contains(" jobs  reps  median s") })
            #expect(report.contains("--in-process, so each figure is the process's peak so far"))
            #expect(report.hasSuffix("Wrote \(folder)/bench.csv\n"))
            #if DEBUG
            #expect(capture.standardError == BenchEnvironment.debugWarning)
            #expect(report.hasPrefix(BenchEnvironment.debugWarning))
            #endif
            let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())) ?? []
            #expect(!leftovers.contains { $0.hasPrefix("wijksim-bench-\(getpid())-") })
        }

        @Test("bench --quick in child processes of the built wijksim", .enabled(if: BuiltExecutable.path != nil))
        func quickChildProcesses() throws {
            let executable = try #require(BuiltExecutable.path)
            let folder = TestSupport.makeTemporaryFolder()
            defer { TestSupport.remove(folder) }
            let capture = CapturedConsole()
            let status = WijkSimCommand.run(
                arguments: ["wijksim", "bench", "--quick", "--scale", "0.01", "--executable", executable,
                            "--scenarios", Self.scenarios, "--out", folder + "/bench.csv"],
                console: capture.console, coreCount: 2)
            #expect(status == 0, "stderr: \(capture.standardError)")
            checkCSV(folder + "/bench.csv")
            #expect(capture.standardOutput.contains("getrusage max RSS of each workload's own process"))
            #expect(capture.standardError.contains("bench: city: 1 repetition of 1 replicate × 52 weeks, jobs 1\n"))
            #expect(capture.standardError.contains("bench: many: 1 repetition of 20 replicates × 52 weeks, jobs 2\n"))
        }

        @Test("--workload runs one workload and prints its measurement line")
        func oneWorkload() throws {
            let capture = CapturedConsole()
            let status = WijkSimCommand.run(
                arguments: ["wijksim", "bench", "--workload", "fixed", "--quick", "--repeat", "2",
                            "--scenarios", Self.scenarios],
                console: capture.console, coreCount: 2)
            #expect(status == 0, "stderr: \(capture.standardError)")
            let line = capture.standardOutput.trimmingCharacters(in: .newlines)
            let measurement = try #require(BenchMeasurement(line: line), "\(line)")
            #expect(measurement.workload == "fixed")
            #expect(measurement.wallSeconds.count == 2)
            #expect(measurement.peakResidentBytes > 0)
            #expect(measurement.requestsHandled > 0)
            #expect(measurement.isIsolated)
        }

        @Test("without --in-process or --executable, a non-wijksim program refuses to re-run itself (exit 64)")
        func notReexecutable() {
            let capture = CapturedConsole()
            let status = WijkSimCommand.run(arguments: ["wijksim", "bench", "--quick", "--scenarios", Self.scenarios],
                                            console: capture.console, coreCount: 2)
            let me = WorkloadLauncher.currentExecutable
            #expect(status == 64)
            let expected = "wijksim: error: bench: cannot run the workloads in child processes: "
                + "this program ('\(me)') is not wijksim; use --executable PATH or --in-process\n"
            #expect(capture.standardError == expected)
        }

        /// A program that exits with status 1, if the system has one where expected.
        static let falseProgram = ["/bin/false", "/usr/bin/false"].first { FileManager.default.isExecutableFile(atPath: $0) }

        @Test("a failing child is reported with its status (exit 70)", .enabled(if: falseProgram != nil))
        func failingChild() throws {
            let program = try #require(Self.falseProgram)
            let folder = TestSupport.makeTemporaryFolder()
            defer { TestSupport.remove(folder) }
            let capture = CapturedConsole()
            let status = WijkSimCommand.run(
                arguments: ["wijksim", "bench", "--quick", "--executable", program, "--scenarios", Self.scenarios,
                            "--quiet", "--out", folder + "/bench.csv"],
                console: capture.console, coreCount: 2)
            #expect(status == 70)
            #expect(capture.standardError.hasSuffix("wijksim: error: bench: workload 'fixed' failed with exit status 1\n"))
            #expect(!FileManager.default.fileExists(atPath: folder + "/bench.csv"))
        }

        @Test("a missing scenario folder is a missing input (exit 66)")
        func missingScenarios() {
            let capture = CapturedConsole()
            let status = WijkSimCommand.run(
                arguments: ["wijksim", "bench", "--quick", "--in-process", "--scenarios", "/nonexistent/Scenarios"],
                console: capture.console, coreCount: 2)
            #expect(status == 66)
            #expect(capture.standardError.contains("/nonexistent/Scenarios/baseline.json"))
        }

        @Test("an --out file in a missing folder fails at once (exit 73)")
        func missingOutputFolder() {
            let capture = CapturedConsole()
            let status = WijkSimCommand.run(
                arguments: ["wijksim", "bench", "--quick", "--in-process", "--out", "/nonexistent/folder/bench.csv"],
                console: capture.console, coreCount: 2)
            #expect(status == 73)
            let expected = "wijksim: error: cannot create file '/nonexistent/folder/bench.csv': "
                + "folder '/nonexistent/folder' does not exist\n"
            #expect(capture.standardError == expected)
        }

        /// (label, arguments after `bench`, expected message).
        static let usageErrors: [(String, [String], String)] = [
            ("unknown option", ["--quik"], "unknown option '--quik'; did you mean '--quick'?"),
            ("positional", ["city"], "unexpected argument 'city'"),
            ("cores zero", ["--cores", "0"], "--cores: expected a positive integer, found '0'"),
            ("repeat fraction", ["--repeat=1.5"], "--repeat: expected a positive integer, found '1.5'"),
            ("scale zero", ["--scale", "0"], "--scale: expected a number greater than 0 and at most 1, found '0'"),
            ("scale above one", ["--scale", "2"], "--scale: expected a number greater than 0 and at most 1, found '2'"),
            ("unknown workload", ["--workload", "village"],
             "--workload: expected one of fixed, town-jobs1, town-parallel, town-engine, town-1week, town-population-x10, city, many-1000, many, sweep, sweep-points-100, sweep-points-10000, found 'village'"),
            ("empty out", ["--out="], "--out: expected a file path, found ''"),
        ]

        @Test("usage errors: verbatim message, usage line, exit 64", arguments: usageErrors)
        func usageError(label: String, arguments: [String], message: String) {
            let capture = CapturedConsole()
            let status = WijkSimCommand.run(arguments: ["wijksim", "bench"] + arguments, console: capture.console)
            #expect(status == 64, "\(label)")
            #expect(capture.standardError == "wijksim: error: \(message)\n\(Self.usage)\n", "\(label)")
            #expect(capture.standardOutput.isEmpty, "\(label)")
        }

        @Test("bench --help lists the workloads and options")
        func help() {
            let capture = CapturedConsole()
            #expect(WijkSimCommand.run(arguments: ["wijksim", "bench", "--help"], console: capture.console) == 0)
            #expect(capture.standardOutput == BenchCommand.help)
            #expect(BenchCommand.help.contains("swift run -c release wijksim bench"))
            for name in BenchPlan.workloadNames { #expect(BenchCommand.help.contains("  \(name) "), "\(name)") }
        }
    }
}
