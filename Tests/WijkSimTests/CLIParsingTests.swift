import Testing
@testable import WijkSim
@testable import WijkSimBench
@testable import WijkSimCLI

@Suite("CLI parsing")
struct CLIParsingTests {
    static let runUsage = RunOptions.usage
    static let topUsage = WijkSimCommand.usage

    /// (arguments after `wijksim`, expected stderr message line, expected usage line).
    static let usageErrors: [(String, [String], String, String)] = [
        ("no subcommand", [], "missing subcommand", topUsage),
        ("unknown subcommand, near miss", ["rn", "x.json"], "unknown subcommand 'rn'; did you mean 'run'?", topUsage),
        ("unknown subcommand, far", ["simulate"], "unknown subcommand 'simulate'", topUsage),
        ("help for unknown subcommand", ["help", "rum"], "unknown subcommand 'rum'; did you mean 'run'?", topUsage),
        ("unknown top-level option", ["--verison"], "unknown option '--verison'; did you mean '--version'?", topUsage),
        ("unknown run option, near miss", ["run", "x.json", "--replicats", "3"],
         "unknown option '--replicats'; did you mean '--replicates'?", runUsage),
        ("unknown run option, far", ["run", "x.json", "--colour"], "unknown option '--colour'", runUsage),
        ("missing scenario", ["run", "--quiet"],
         "missing argument SCENARIO (a scenario file, e.g. Scenarios/baseline.json)", runUsage),
        ("two scenarios", ["run", "a.json", "b.json"], "unexpected argument 'b.json'", runUsage),
        ("replicates not a number", ["run", "x.json", "--replicates", "ten"],
         "--replicates: expected an integer from 1 to 10000000, found 'ten'", runUsage),
        ("replicates zero", ["run", "x.json", "--replicates=0"],
         "--replicates: expected an integer from 1 to 10000000, found '0'", runUsage),
        ("replicates above the file's cap", ["run", "x.json", "--replicates", "10000001"],
         "--replicates: expected an integer from 1 to 10000000, found '10000001'", runUsage),
        ("jobs negative", ["run", "x.json", "--jobs", "-2"], "--jobs: expected an integer from 1 to 1024, found '-2'", runUsage),
        ("jobs fraction", ["run", "x.json", "--jobs=1.5"], "--jobs: expected an integer from 1 to 1024, found '1.5'", runUsage),
        ("jobs too many", ["run", "x.json", "--jobs", "1025"], "--jobs: expected an integer from 1 to 1024, found '1025'", runUsage),
        ("weeks zero", ["run", "x.json", "--weeks", "0"], "--weeks: expected an integer from 1 to 5200, found '0'", runUsage),
        ("weeks too many", ["run", "x.json", "--weeks=5201"],
         "--weeks: expected an integer from 1 to 5200, found '5201'", runUsage),
        ("seed negative", ["run", "x.json", "--seed", "-1"],
         "--seed: expected an integer from 0 to 9223372036854775808 (2^63), found '-1'", runUsage),
        ("seed one above 2^63", ["run", "x.json", "--seed", "9223372036854775809"],
         "--seed: expected an integer from 0 to 9223372036854775808 (2^63), found '9223372036854775809'", runUsage),
        ("seed above UInt64", ["run", "x.json", "--seed", "18446744073709551616"],
         "--seed: expected an integer from 0 to 9223372036854775808 (2^63), found '18446744073709551616'", runUsage),
        ("missing value", ["run", "x.json", "--jobs"], "--jobs: missing value; expected an integer from 1 to 1024", runUsage),
        ("empty out", ["run", "x.json", "--out="], "--out: expected a folder path, found ''", runUsage),
        ("flag with value", ["run", "x.json", "--force=yes"], "--force: takes no value, found 'yes'", runUsage),
        ("seed given twice", ["run", "x.json", "--seed", "1", "--seed", "2"],
         "--seed: given twice ('1' and '2'); give it once", runUsage),
        ("value given twice, both forms, same value", ["run", "x.json", "--weeks=3", "--weeks", "3"],
         "--weeks: given twice ('3' and '3'); give it once", runUsage),
        ("flag given twice", ["run", "x.json", "--force", "--force"], "--force: given twice; give it once", runUsage),
        ("params flag given twice", ["params", "--wide", "--wide"], "--wide: given twice; give it once", ParamsOptions.usage),
    ]

    @Test("usage errors: verbatim message, usage line, exit 64", arguments: usageErrors)
    func usageError(label: String, arguments: [String], message: String, usage: String) {
        let capture = CapturedConsole()
        let status = WijkSimCommand.run(arguments: ["wijksim"] + arguments, console: capture.console, coreCount: 4)
        #expect(status == 64, "\(label)")
        #expect(capture.standardError == "wijksim: error: \(message)\n\(usage)\n", "\(label)")
        #expect(capture.standardOutput.isEmpty, "\(label)")
    }

    @Test("both --flag value and --flag=value forms")
    func valueForms() throws {
        let options = try RunOptions.parse(["--replicates", "12", "s.json", "--seed=9223372036854775808",
                                            "--weeks", "52", "--jobs=3", "--out", "Results/x", "--force", "--quiet"])
        var expected = RunOptions(scenarioPath: "s.json")
        expected.replicates = 12
        expected.seed = 1 << 63
        expected.weeks = 52
        expected.jobs = 3
        expected.outputFolder = "Results/x"
        expected.isForced = true
        expected.isQuiet = true
        #expect(options == expected)
        #expect(try RunOptions.parse(["s.json"]) == RunOptions(scenarioPath: "s.json"))
        #expect(try RunOptions.parse(["--", "-odd.json"]).scenarioPath == "-odd.json")
    }

    @Test("--help lists the subcommands")
    func help() {
        for arguments in [["--help"], ["-h"], ["help"]] {
            let capture = CapturedConsole()
            #expect(WijkSimCommand.run(arguments: ["wijksim"] + arguments, console: capture.console) == 0)
            let lines = capture.standardOutput.split(separator: "\n").map(String.init)
            #expect(lines.contains("Usage: wijksim <subcommand> [options]"))
            #expect(lines.contains { $0.hasPrefix("  run") && $0.contains("Run the replicates of one scenario") })
            #expect(capture.standardError.isEmpty)
        }
    }

    @Test("run --help and help run show the run options")
    func runHelp() {
        for arguments in [["run", "--help"], ["help", "run"], ["run", "x.json", "-h"]] {
            let capture = CapturedConsole()
            #expect(WijkSimCommand.run(arguments: ["wijksim"] + arguments, console: capture.console) == 0)
            let text = capture.standardOutput
            #expect(text.contains(RunOptions.usage + "\n"))
            for option in ["--replicates N", "--seed S", "--weeks W", "--jobs J", "--out DIR", "--force", "--quiet"] {
                #expect(text.contains("  \(option)"), "\(arguments) lacks \(option)")
            }
            #expect(text.contains("Replicates to run, 1 to 10000000."), "help states the declared range")
            #expect(text.contains("Give each option at most once."))
        }
    }

    @Test("--version prints the version")
    func version() {
        let capture = CapturedConsole()
        #expect(WijkSimCommand.run(arguments: ["wijksim", "--version"], console: capture.console) == 0)
        #expect(capture.standardOutput == "wijksim \(WijkSimVersion.current)\n")
        #expect(WijkSimVersion.current == "0.1.0")
    }

    @Test("did-you-mean only for near misses", arguments: [
        ("rn", "run"), ("runn", "run"), ("--jbos", "--jobs"), ("--quite", "--quiet"), ("xyz", nil), ("--out-dir", nil),
    ] as [(String, String?)])
    func suggestions(word: String, expected: String?) {
        let candidates = ["run", "--replicates", "--seed", "--weeks", "--jobs", "--out", "--force", "--quiet"]
        #expect(EditDistance.suggestion(for: word, among: candidates) == expected)
    }
}
