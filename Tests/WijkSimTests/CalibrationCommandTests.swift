import Foundation
import Testing
@testable import WijkSim
@testable import WijkSimCLI

/// `wijksim calibrate` on the command line: bad calibration files (one message naming file,
/// key path and expectation, exit 65/66, nothing written), usage errors, the example file.
@Suite("Calibration: command line and bad files")
struct CalibrationCommandTests {
    static let small = CalibrationRunTests.small
    static let valid: [String: String] = [
        "scenarios": #"{"one": "\#(small)"}"#, "samples": "4", "replicates": "1", "weeks": "4",
        "parameters": #"["barriers.siloPenalty"]"#, "acceptance": #"{"quantile": 0.5}"#,
        "patterns": #"[{"id": "P1", "statistic": "connection_rate_all", "target": 0.3, "scale": 0.1}]"#,
    ]

    /// A calibration file: `valid` with `changes` (a nil value removes the key), keys in a fixed order.
    static func text(_ changes: [String: String?]) -> String {
        var members = valid
        for (key, value) in changes { members[key] = value }
        let order = ["scenarios", "samples", "replicates", "weeks", "parameters", "groups", "acceptance", "patterns", "sead"]
        return "{" + order.compactMap { key in members[key].map { "\"\(key)\": \($0)" } }.joined(separator: ",\n ") + "}"
    }

    static func run(_ arguments: [String]) -> (status: Int32, error: String, output: String) {
        let capture = CapturedConsole()
        let status = WijkSimCommand.run(arguments: ["wijksim"] + arguments, console: capture.console, coreCount: 2, environment: [:])
        return (status, capture.standardError, capture.standardOutput)
    }

    // Catches a check that is missing (the bad value reaching the run), a message that does not
    // name the key path or what was expected, and a wrong exit code; and anything written.
    @Test("bad calibration files: one message with file, key path and expectation; exit 65; nothing written", arguments: [
        ([:] as [String: String?], ""),
        (["sead": "1"], "sead: unknown key; did you mean 'seed'?"),
        (["scenarios": nil], "scenarios: expected an object of scenario name → scenario file, such as {\"katwijk\": \"../katwijk.json\"}, found none"),
        (["scenarios": #"{"shard-1": "x.json"}"#], "scenarios.shard-1: expected a name that is not 'shard-…' nor a results file's name (it names a folder beside them), found \"shard-1\""),
        (["samples": "0"], "samples: expected an integer in [1, 1000000] (prior samples: design points of every scenario), found 0"),
        (["parameters": #"["barriers.siloPenaly"]"#], "parameters[0]: unknown parameter \"barriers.siloPenaly\"; did you mean 'barriers.siloPenalty'?"),
        (["parameters": #"["run.weeks"]"#], "parameters[0]: expected a parameter with a plausible range to draw the prior from, found run.weeks, which has none (wijksim params lists the ranges)"),
        (["parameters": nil, "groups": #"["barrier"]"#], "groups[0]: expected a section or key-path prefix with [A] parameters that have a plausible range, found \"barrier\"; did you mean 'barriers'?"),
        (["parameters": "[]"], "parameters: expected at least one parameter to fit, in parameters (key paths) or groups (sections), found none"),
        (["acceptance": #"{"quantile": 1.5}"#], "acceptance.quantile: expected a number in (0, 1], found 1.5"),
        (["acceptance": #"{"quantile": 0.5, "distance": 1}"#], "acceptance: expected {\"quantile\": q} (keep the best fraction q of the samples, 0 < q ≤ 1) or {\"distance\": ε} (keep distance ≤ ε), found an object"),
        (["patterns": "[]"], "patterns: expected at least one pattern, found none"),
        (["patterns": #"[{"id": "P1", "statistic": "conection_rate_all", "target": 0.3, "scale": 0.1}]"#], "patterns[0].statistic: unknown metric 'conection_rate_all' at character 1; did you mean 'connection_rate_all'?"),
        (["patterns": #"[{"id": "P1", "statistic": "connection_rate_all", "target": {"min": 0.5, "max": 0.4}, "scale": 0.1}]"#], "patterns[0].target.max: expected a value greater than min (0.5), found 0.4; a single value is written as \"target\": 0.5"),
        (["patterns": #"[{"id": "P1", "statistic": "connection_rate_all", "target": 0.3, "scale": 0}]"#], "patterns[0].scale: expected the tolerance, a number greater than 0 in the statistic's unit, found 0"),
        (["patterns": #"[{"id": "P1", "statistic": "connection_rate_all", "target": 0.3, "scale": 0.1}, {"id": "P1", "statistic": "raised_all", "target": 1, "scale": 1}]"#], "patterns[1].id: expected an id no other pattern has, found \"P1\" again (first at patterns[0])"),
        (["patterns": #"[{"id": "P1", "statistic": "connection_rate_all", "target": 0.3, "scale": 0.1, "wieght": 2}]"#], "patterns[0].wieght: unknown key; expected one of id, observed, source, statistic, target, scale"),
    ])
    func badFiles(changes: [String: String?], message: String) throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let path = folder + "/cal.json"
        try TestSupport.write(Self.text(changes), to: path)
        let result = Self.run(["calibrate", path, "--out", folder + "/out", "--quiet"])
        if message.isEmpty {
            #expect(result.status == 0, "the valid file runs: \(result.error)")
            return
        }
        #expect(result.status == 65)
        #expect(result.error.hasPrefix("wijksim: error: \(path):"), "\(result.error)")
        #expect(result.error.hasSuffix(": \(message)\n"), "\(result.error)")
        #expect(result.error.split(separator: "\n").count == 1, "one line")
        #expect(!POSIXFiles.exists(folder + "/out"), "nothing written")
    }

    // Catches a missing file reported as bad data, or a usage error that is not 64.
    @Test("missing file exits 66; usage errors exit 64")
    func missingAndUsage() {
        let missing = Self.run(["calibrate", "/nonexistent/cal.json"])
        #expect(missing.status == 66 && missing.error.contains("/nonexistent/cal.json"))
        let usage = Self.run(["calibrate"])
        #expect(usage.status == 64)
        #expect(usage.error.hasPrefix("wijksim: error: missing argument CALIBRATION (a calibration file, e.g. Scenarios/calibration/towns.json)\n"))
        let extra = Self.run(["calibrate", "a.json", "b"])
        #expect(extra.status == 64 && extra.error.hasPrefix("wijksim: error: unexpected argument 'b' (shard folders follow only with --merge)\n"))
        let merge = Self.run(["calibrate", "a.json", "--merge", "--shard", "0/2"])
        #expect(merge.status == 64 && merge.error.hasPrefix("wijksim: error: --merge combines finished shards; it takes neither --shard, --shard-count nor --resume\n"))
    }

    // Catches an example file that no longer loads (a renamed metric or parameter) or whose
    // patterns lose their sources.
    @Test("Scenarios/calibration/towns.json loads: three towns, every pattern with a source")
    func exampleFile() throws {
        let plan = try CalibrationLoader.load(path: SweepRunTests.root + "/Scenarios/calibration/towns.json")
        #expect(plan.scenarioNames == ["katwijk", "leidschendam-voorburg", "maassluis"])
        #expect(plan.patterns.count >= 8)
        #expect(plan.patterns.allSatisfy { !$0.source.isEmpty && !$0.observed.isEmpty })
        #expect(plan.parameters.contains { $0.keyPath == "residents.patienceWeeks.signal" }, "groups expand")
        #expect(Set(plan.sweeps.map(\.hash)).count == 3)
    }

    // Catches a shard run that analyses, or a merge from the command line that does not find DIR/shard-*.
    @Test("shards and --merge on the command line; help names the files")
    func shardsOnTheCommandLine() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let path = folder + "/cal.json"
        try TestSupport.write(Self.text([:]), to: path)
        for k in 0..<2 {
            let shard = Self.run(["calibrate", path, "--shard", "\(k)/2", "--out", folder + "/r/shard-\(k)", "--quiet"])
            #expect(shard.status == 0, "\(shard.error)")
            #expect(shard.output.contains("Merge the shards with: wijksim calibrate \(path) --merge --out \(folder)/r\n"))
        }
        let merged = Self.run(["calibrate", path, "--merge", "--out", folder + "/r"])
        #expect(merged.status == 0, "\(merged.error)")
        #expect(merged.output.hasPrefix("Merged 2 shards of calibration cal.\nAccepted 2 of 4 samples"))
        #expect(POSIXFiles.exists(folder + "/r/posterior.csv"))
        let again = Self.run(["calibrate", path, "--merge", "--out", folder + "/r"])
        #expect(again.status == 73, "results are not replaced without --force: \(again.error)")
        let help = Self.run(["help", "calibrate"])
        #expect(help.status == 0 && help.output.contains("posterior.csv (sample,distance,<key paths>"))
    }
}
