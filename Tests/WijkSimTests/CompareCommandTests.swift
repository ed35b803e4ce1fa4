import Foundation
import Testing
@testable import WijkSim
@testable import WijkSimBench
@testable import WijkSimCLI

@Suite("wijksim compare")
struct CompareCommandTests {
    static let usage = CompareOptions.usage

    /// (label, arguments after `wijksim`, expected message line).
    static let usageErrors: [(String, [String], String)] = [
        ("no files", ["compare", "--quiet"],
         "missing argument BASE (the base scenario file, e.g. Scenarios/baseline.json)"),
        ("missing variant", ["compare", "base.json"],
         "missing argument VARIANT (at least one scenario file to compare with BASE)"),
        ("unknown option, near miss", ["compare", "a.json", "b.json", "--replicats", "3"],
         "unknown option '--replicats'; did you mean '--replicates'?"),
        ("unknown option, far", ["compare", "a.json", "b.json", "--colour"], "unknown option '--colour'"),
        ("weeks zero", ["compare", "a.json", "b.json", "--weeks", "0"],
         "--weeks: expected an integer from 1 to 5200, found '0'"),
        ("seed negative", ["compare", "a.json", "b.json", "--seed=-1"],
         "--seed: expected an integer from 0 to 9223372036854775808 (2^63), found '-1'"),
        ("jobs missing value", ["compare", "a.json", "b.json", "--jobs"],
         "--jobs: missing value; expected an integer from 1 to 1024"),
        ("replicates above the file's cap", ["compare", "a.json", "b.json", "--replicates=10000001"],
         "--replicates: expected an integer from 1 to 10000000, found '10000001'"),
        ("quiet given twice", ["compare", "a.json", "b.json", "--quiet", "--quiet"], "--quiet: given twice; give it once"),
    ]

    @Test("usage errors: verbatim message, usage line, exit 64", arguments: usageErrors)
    func usageError(label: String, arguments: [String], message: String) {
        let capture = CapturedConsole()
        let status = WijkSimCommand.run(arguments: ["wijksim"] + arguments, console: capture.console)
        #expect(status == 64, "\(label)")
        #expect(capture.standardError == "wijksim: error: \(message)\n\(Self.usage)\n", "\(label)")
        #expect(capture.standardOutput.isEmpty, "\(label)")
    }

    @Test("the same file twice (as BASE and VARIANT, or two VARIANTs, however spelt) is a usage error; nothing is written")
    func sameFileTwice() throws {
        let fixture = CompareFixture()
        defer { fixture.remove() }
        let base = fixture.write(CompareFixture.small())
        let variant = fixture.write(CompareFixture.small(name: "small-v"))
        try FileManager.default.createDirectory(atPath: fixture.folder + "/sub", withIntermediateDirectories: true)
        let link = fixture.folder + "/link.json"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: variant)
        let dotted = fixture.folder + "/./small.json"
        let upAndBack = fixture.folder + "/sub/../small-v.json"
        let cases: [([String], String)] = [
            ([base, base], "VARIANT '\(base)' is the same file as BASE '\(base)'"),
            ([base, dotted], "VARIANT '\(dotted)' is the same file as BASE '\(base)'"),
            ([base, variant, upAndBack], "VARIANT '\(upAndBack)' is the same file as VARIANT '\(variant)'"),
            ([base, variant, link], "VARIANT '\(link)' is the same file as VARIANT '\(variant)'"),
        ]
        for (files, message) in cases {
            let run = fixture.compare(files, ["--replicates", "1", "--weeks", "1"])
            #expect(run.status == 64, "\(files)")
            #expect(run.standardError == "wijksim: error: \(message)\n\(Self.usage)\n")
            #expect(run.standardOutput.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: run.folder))
        }
    }

    @Test("files are told apart by what they name: missing files by their standardised path")
    func distinctFiles() throws {
        #expect(throws: Never.self) {
            try CompareOptions(basePath: "a.json", variantPaths: ["b.json", "c.json"]).checkDistinctFiles()
        }
        #expect(throws: CLIError("VARIANT 'gone/../x.json' is the same file as BASE 'x.json'", usage: Self.usage)) {
            try CompareOptions(basePath: "x.json", variantPaths: ["gone/../x.json"]).checkDistinctFiles()
        }
        let upper = CompareOptions(basePath: "A.json", variantPaths: ["a.json"])
        #expect(throws: CLIError("VARIANT 'a.json' is the same file as BASE 'A.json'", usage: Self.usage)) {
            try upper.checkDistinctFiles(identity: { $0.lowercased() })
        }
    }

    @Test("options parse like run's; variants keep their order")
    func parsing() throws {
        let options = try CompareOptions.parse(["b.json", "--replicates=12", "v1.json", "--seed", "7", "v2.json",
                                                "--weeks", "52", "--jobs", "3", "--out", "R/x", "--force", "--quiet"])
        var expected = CompareOptions(basePath: "b.json", variantPaths: ["v1.json", "v2.json"])
        expected.replicates = 12
        expected.seed = 7
        expected.weeks = 52
        expected.jobs = 3
        expected.outputFolder = "R/x"
        expected.isForced = true
        expected.isQuiet = true
        #expect(options == expected)
    }

    @Test("compare --help and help compare show the help; wijksim --help lists compare")
    func help() {
        for arguments in [["compare", "--help"], ["help", "compare"], ["compare", "a.json", "-h"]] {
            let capture = CapturedConsole()
            #expect(WijkSimCommand.run(arguments: ["wijksim"] + arguments, console: capture.console) == 0)
            #expect(capture.standardOutput == CompareCommand.help)
        }
        #expect(CompareCommand.help.contains(Self.usage))
        #expect(CompareCommand.help.contains("Visible from week W"))
        let capture = CapturedConsole()
        #expect(WijkSimCommand.run(arguments: ["wijksim", "--help"], console: capture.console) == 0)
        #expect(capture.standardOutput.contains("  compare     Compare variants with a base scenario"), "names padded to the longest, calibrate")
    }

    @Test("a missing variant file is reported with the loader's message and exit 66; nothing is written")
    func missingVariant() {
        let fixture = CompareFixture()
        defer { fixture.remove() }
        let base = fixture.write(CompareFixture.small())
        let missing = fixture.folder + "/nothing.json"
        let run = fixture.compare([base, missing])
        #expect(run.status == 66)
        #expect(run.standardError == "wijksim: error: \(missing): cannot read scenario file: no such file\n")
        #expect(!FileManager.default.fileExists(atPath: run.folder))
    }

    @Test("an existing output folder without --force: exit 73, old results kept; --force replaces them")
    func refusesThenForces() throws {
        let fixture = CompareFixture()
        defer { fixture.remove() }
        let base = fixture.write(CompareFixture.small())
        var variant = CompareFixture.small(name: "small-role")
        variant.interventions.documentedRole.enabled = true
        let files = [base, fixture.write(variant)]
        let options = ["--replicates", "2", "--weeks", "4", "--jobs", "1"]
        #expect(fixture.compare(files, options).status == 0)
        let before = TestSupport.read(fixture.folder + "/results/comparison.csv")
        let refused = fixture.compare(files, options + ["--seed", "9"])
        #expect(refused.status == 73)
        #expect(refused.standardError
                == "wijksim: error: output folder '\(refused.folder)' already exists; use --force to replace it\n")
        #expect(refused.standardOutput.isEmpty)
        #expect(TestSupport.read(refused.folder + "/comparison.csv") == before)
        let forced = fixture.compare(files, options + ["--seed", "9", "--force"])
        #expect(forced.status == 0, "\(forced.standardError)")
        #expect(TestSupport.read(forced.folder + "/comparison.csv") != before)
    }

    @Test("writes comparison.csv, comparison-timeseries.csv and manifest.json as documented")
    func files() throws {
        let fixture = CompareFixture()
        defer { fixture.remove() }
        let base = fixture.write(CompareFixture.small(weeks: 30, replicates: 50))
        var manager = CompareFixture.small(name: "small-transition-manager", weeks: 9, replicates: 1)
        manager.interventions.transitionManager.enabled = true
        var role = CompareFixture.small(name: "small_documented_role")
        role.interventions.documentedRole.enabled = true
        let files = [base, fixture.write(manager), fixture.write(role)]
        let run = fixture.compare(files, ["--replicates", "3", "--weeks", "6"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.isEmpty)

        let comparison = run.comparison
        #expect(comparison.header == ComparisonRow.csvHeader)
        #expect(comparison.header.joined(separator: ",") == "base,variant,metric,n,base_mean,variant_mean,difference,"
                + "ci_low,ci_high,relative_change,excludes_zero,unpaired_ci_low,unpaired_ci_high")
        #expect(comparison.rows.count == 2 * MetricCatalog.scalarNames.count)
        #expect(comparison.rows.map { $0["variant"]! }.first == "small-transition-manager")
        #expect(comparison.rows.allSatisfy { ["true", "false", "NA"].contains($0["excludes_zero"]!) })
        #expect(comparison.row("small_documented_role", "raised_all")["n"] == "3")
        let series = run.timeSeries
        #expect(series.header.joined(separator: ",") == "base,variant,week,metric,difference,ci_low,ci_high")
        #expect(series.rows.count == 2 * 6 * MetricCatalog.weeklyNames.count)
        #expect(Set(series.rows.map { $0["week"]! }) == Set((1...6).map(String.init)))

        let data = try Data(contentsOf: URL(fileURLWithPath: run.folder + "/manifest.json"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(manifest["command"] as? String == "compare")
        #expect(manifest["scenario_files"] as? [String] == files)
        #expect(manifest["replicates"] as? Int == 3)
        #expect(manifest["weeks"] as? Int == 6)
        #expect(manifest["seed"] as? String == "20241", "the seed is a JSON string so that no reader rounds it")
        let variants = try #require(manifest["variants"] as? [[String: Any]])
        #expect(variants.count == 2)
        // The base's run section, overridden on the command line, applies to every scenario.
        let resolved = try #require(variants[0]["scenario"] as? [String: Any])
        #expect((resolved["run"] as? [String: Any])?["weeks"] as? Int == 6)
        #expect((resolved["run"] as? [String: Any])?["replicates"] as? Int == 3)
        #expect(variants[0]["files_read"] as? [String] == [files[1]])

        let text = run.standardOutput
        #expect(text.hasPrefix("Compared with small: 3 paired replicates × 6 weeks, seed 20241\n\nvariant "))
        #expect(text.contains("connection rate, points (95% CI)"))
        #expect(text.contains("\ntransition manager "))
        #expect(text.contains("\ndocumented role: connection rate "))
        #expect(text.contains(run.folder + "/comparison.csv"))
    }

    @Test("a scenario compared with itself differs by exactly 0 with interval [0, 0] (common random numbers)")
    func selfComparison() {
        let fixture = CompareFixture()
        defer { fixture.remove() }
        let base = fixture.write(CompareFixture.small())
        let same = fixture.write(CompareFixture.small(name: "same-as-small"))
        let run = fixture.compare([base, same], ["--replicates", "6", "--weeks", "20"])
        #expect(run.status == 0, "\(run.standardError)")
        let rows = run.comparison.rows
        #expect(rows.count == MetricCatalog.scalarNames.count)
        for row in rows where row["n"] != "0" {
            let metric = row["metric"]!
            #expect(row["difference"] == "0", "\(metric)")
            #expect(row["base_mean"] == row["variant_mean"], "\(metric)")
            if Int(row["n"]!)! >= 2 {
                #expect(row["ci_low"] == "0" && row["ci_high"] == "0", "\(metric): \(row)")
                #expect(row["excludes_zero"] == "false", "\(metric)")
            }
        }
        #expect(rows.filter { $0["n"] == "6" }.count > MetricCatalog.scalarNames.count / 2)
        for row in run.timeSeries.rows where row["difference"] != "NA" {
            #expect(row["difference"] == "0" && row["ci_low"] == "0" && row["ci_high"] == "0", "\(row)")
        }
        #expect(run.standardOutput.contains("same as small: connection rate 0.0 points, no clear effect (95% CI 0.0 to 0.0)."))
        // Nothing changed, so no side effect is named and no route moved.
        #expect(run.standardOutput.contains("""
              connected requests: no clear change (95% CI 0.0 to 0.0); connector unchanged; general channel unchanged; \
            reverse flow unchanged; neighbourhoods unchanged.
            """))
    }

    @Test("--jobs 1 and --jobs 2 write byte-identical CSV files")
    func jobsDoNotChangeOutput() {
        let fixture = CompareFixture()
        defer { fixture.remove() }
        let base = fixture.write(CompareFixture.small())
        var manager = CompareFixture.small(name: "small-manager")
        manager.interventions.transitionManager.enabled = true
        manager.interventions.transitionManager.startWeek = 3
        let files = [base, fixture.write(manager)]
        var outputs: [[String]] = []
        for jobs in ["1", "2"] {
            let run = fixture.compare(files, ["--replicates", "7", "--weeks", "12", "--jobs", jobs], out: "jobs" + jobs)
            #expect(run.status == 0, "\(run.standardError)")
            outputs.append(["comparison.csv", "comparison-timeseries.csv", "comparison-decomposition.csv"].map {
                TestSupport.read(run.folder + "/" + $0)
            })
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0][0].split(separator: "\n").count == 1 + MetricCatalog.scalarNames.count)
        // Per variant: flows × (kinds + all), one row per neighbourhood of the base, the total.
        let hoods = CompareFixture.small().municipality.neighbourhoods.count
        #expect(outputs[0][2].split(separator: "\n").count == 1 + FlowRoute.count * (RequestKind.count + 1) + hoods + 1)
    }

    @Test("paired intervals are far narrower than unpaired ones for a small intervention")
    func pairingNarrowsIntervals() {
        // A transition manager from week 20 of 40: under common random numbers both scenarios
        // share the first 20 weeks exactly and the replicate's circumstances after that, so the
        // pairs differ only by the intervention's effect and the noise it sets off.
        let fixture = CompareFixture()
        defer { fixture.remove() }
        let base = fixture.write(CompareFixture.small(weeks: 40, replicates: 30))
        var manager = CompareFixture.small(name: "small-manager")
        manager.interventions.transitionManager.enabled = true
        manager.interventions.transitionManager.startWeek = 20
        let run = fixture.compare([base, fixture.write(manager)])
        #expect(run.status == 0, "\(run.standardError)")
        let table = run.comparison
        let metric = "connection_rate_all"
        let paired = table.value("small-manager", metric, "ci_high") - table.value("small-manager", metric, "ci_low")
        let unpaired = table.value("small-manager", metric, "unpaired_ci_high") - table.value("small-manager", metric, "unpaired_ci_low")
        #expect(table.row("small-manager", metric)["n"] == "30")
        #expect(paired > 0)
        #expect(paired <= 0.5 * unpaired, "paired width \(paired), unpaired width \(unpaired)")
    }
}
