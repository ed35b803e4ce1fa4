import Foundation
import Testing
@testable import WijkSim
@testable import WijkSimCLI

/// The verdict over plausible worlds (`wijksim compare … --worlds N`): real small runs on
/// the 5,000-resident bench town, the aggregation on constructed worlds, shards and merge,
/// resume, and the posterior file's messages.
@Suite("Worlds: verdict over plausible worlds")
struct WorldsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    static let small = root + "/Scenarios/bench/small.json"

    /// A scenario file `name`.json in `folder` extending `extends` with `body` (JSON members).
    static func scenario(_ name: String, in folder: String, extends: String = small, _ body: String = "") throws -> String {
        let path = folder + "/\(name).json"
        try TestSupport.write("{\"extends\": \"\(extends)\", \"name\": \"\(name)\"\(body.isEmpty ? "" : ", " + body)}", to: path)
        return path
    }

    static func connector(fixer: Double) -> String {
        "\"connectors\": [{\"name\": \"Wijkverbinder\", \"neighbourhoods\": [\"Centrum\"], \"skills\": {\"fixer\": \(fixer)}}]"
    }

    static func setup(_ base: String, _ variants: [String], worlds: Int? = 6, posterior: String? = nil,
                      replicates: Int = 2, weeks: Int = 8) -> WorldsPlan.Setup {
        WorldsPlan.Setup(baseFile: base, variantFiles: variants, worlds: worlds, posteriorFile: posterior,
                         replicates: replicates, seed: 11, weeks: weeks)
    }

    static func run(_ plan: WorldsPlan, shard: SweepShard = .whole, into folder: String, jobs: Int = 2,
                    resume: Bool = false, stopAfter: Int? = nil) throws -> WorldsRunner.Outcome {
        var runner = WorldsRunner(plan: plan, shard: shard, jobs: jobs, folder: folder, resume: resume, force: false,
                                  commandLine: ["wijksim", "compare"])
        runner.stopAfterWorlds = stopAfter
        return try runner.execute()
    }

    static func rows(_ path: String) -> [[String: String]] {
        let lines = TestSupport.read(path).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(lines[0], $0)) }
    }

    // Catches worlds set differently in the base and the variant (a non-zero effect), and a
    // verdict rule that calls the zero-width interval [0, 0] of identical runs "positive".
    @Test("a variant that changes nothing is unclear in every world, with effect 0")
    func nothingChanges() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let same = try Self.scenario("same", in: folder)
        let plan = try WorldsPlan.load(Self.setup(Self.small, [same], worlds: 5))
        let outcome = try Self.run(plan, into: folder + "/out")
        let rows = Self.rows(folder + "/out/" + WorldsFiles.worlds)
        #expect(rows.count == 5)
        #expect(rows.allSatisfy { $0["verdict"] == "unclear" && $0["effect"] == "0" }, "\(rows.map { $0["effect"] ?? "" })")
        let verdict = try #require(outcome.summary?.verdicts.first)
        #expect(verdict.unclear == 5 && verdict.positive == 0 && verdict.negative == 0)
        let text = WorldsReport(plan: plan, summary: outcome.summary!, wallTimeSeconds: 1, jobs: 2, files: [], language: .english).text
        #expect(text.contains("same: in none of 5 plausible worlds is connection success clearly different (median 0.0 points"), "\(text)")
        // Side effects: none in any world (catches a class that calls a zero difference "worse").
        #expect(rows.allSatisfy { row in WorldsFiles.sideEffectMetrics.allSatisfy { row["\($0)_finding"] == "none" } })
        #expect(outcome.summary!.sideEffects.allSatisfy { $0.allSatisfy { $0.worse == 0 && $0.better == 0 } })
        #expect(text.contains("  no side effect is clearly and materially changed in any world."))
    }

    // Catches a variant whose own value is overwritten by the world (then base and variant are
    // the same scenario and nothing depends on the parameter), a driver ranking that does not
    // put the strongest first, and a sign convention turned round.
    @Test("a variant that helps below its own value and hurts above it names that parameter first")
    func signFlipNamesTheParameter() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        // The base's fixer skill (0.5) is an assumption drawn from [0.3, 0.95] in each world; the
        // variant holds its own 0.625, the middle of that range: it helps where the world's skill
        // is lower and hurts where it is higher.
        let base = try Self.scenario("flip-base", in: folder, Self.connector(fixer: 0.5))
        let variant = try Self.scenario("flip-variant", in: folder, extends: base, Self.connector(fixer: 0.625))
        let plan = try WorldsPlan.load(Self.setup(base, [variant], worlds: 16, replicates: 6, weeks: 52))
        let world = try plan.scenarios(forWorld: 0)
        #expect(world[1].connectors[0].skills.fixer == 0.625, "the variant keeps its own value")
        #expect(world[0].connectors[0].skills.fixer != 0.5, "the base takes the world's value")
        let summary = try #require(try Self.run(plan, into: folder + "/out").summary)
        let verdict = summary.verdicts[0]
        let top = try #require(verdict.drivers.first)
        #expect(top.parameter == "connectors[*].skills.fixer", "\(verdict.drivers.prefix(3).map(\.parameter))")
        #expect((top.headline.value ?? 0) < -0.7, "the effect falls as the world's skill rises past the variant's")
        for row in Self.rows(folder + "/out/" + WorldsFiles.worlds) {
            let skill = Double(row["connectors[*].skills.fixer"]!)!
            if row["verdict"] == "positive" { #expect(skill < 0.625) }
            if row["verdict"] == "negative" { #expect(skill > 0.625) }
        }
    }

    // Catches shares counted from the wrong column, quantiles of the wrong variant, and PRCC
    // ranking that is not by strength: the effect changes sign at the middle of factor b's range.
    @Test("constructed worlds: an effect that flips sign halfway along one parameter gives about 50% and names it")
    func aggregationOfConstructedWorlds() {
        var generator = SplitMix64(seed: 5)
        func uniform() -> Double { Double(generator.next() >> 11) / Double(1 << 53) }
        let n = 200
        let a = (0..<n).map { _ in uniform() }, b = (0..<n).map { _ in uniform() }, c = (0..<n).map { _ in uniform() }
        let effects = (0..<n).map { 0.02 * (b[$0] - 0.5) + 0.001 * (a[$0] - 0.5) }
        let verdicts = effects.map { WorldsFiles.Verdict(low: $0 - 0.0005, high: $0 + 0.0005) }   // unclear only near b = 0.5
        let verdict = WorldsVerdict.aggregate(variant: "v", effects: effects, verdicts: verdicts,
                                              parameters: ["a", "b", "c"], inputs: [a, b, c])
        #expect(verdict.method == .prcc)
        #expect(verdict.drivers.map(\.parameter).first == "b")
        #expect(abs(verdict.positiveShare - 0.5) < 0.1 && abs(verdict.negativeShare - 0.5) < 0.1, "\(verdict.positiveShare), \(verdict.negativeShare)")
        #expect(verdict.positive + verdict.negative + verdict.unclear == n)
        #expect(abs(verdict.median) < 0.002 && verdict.low < -0.007 && verdict.high > 0.007)
        let few = WorldsVerdict.aggregate(variant: "v", effects: Array(effects.prefix(5)), verdicts: Array(verdicts.prefix(5)),
                                          parameters: ["a", "b", "c"], inputs: [a, b, c].map { Array($0.prefix(5)) })
        #expect(few.method == .rankCorrelation, "fewer worlds than the parameters + 32")
    }

    // Catches a shard split that drops or repeats a world, seeds that depend on the shard or
    // the threads, and a merge that keeps every shard's header or ranks from other bytes.
    @Test("3 shards merged give the bytes of one process, whatever --jobs")
    func shardsMerge() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let variant = try Self.scenario("tm", in: folder, "\"interventions\": {\"transitionManager\": {\"enabled\": true, \"startWeek\": 1}}")
        let plan = try WorldsPlan.load(Self.setup(Self.small, [variant], worlds: 7))
        // The manager changes no factor's leaf, so every world sets all of them in the variant too.
        let world = try plan.scenarios(forWorld: 3)
        for factor in plan.factors { #expect(world[0].values(at: factor.keyPath) == world[1].values(at: factor.keyPath), "\(factor.keyPath)") }
        _ = try Self.run(plan, into: folder + "/single", jobs: 1)
        for k in 0..<3 { _ = try Self.run(plan, shard: SweepShard(index: k, count: 3), into: folder + "/shard-\(k)", jobs: 2) }
        #expect(!POSIXFiles.exists(folder + "/shard-0/" + WorldsFiles.summary), "a shard summarises nothing")
        let capture = CapturedConsole()
        let status = WijkSimCommand.run(arguments: ["wijksim", "merge", folder + "/shard-2", folder + "/shard-0", folder + "/shard-1",
                                                    "--out", folder + "/merged"], console: capture.console, coreCount: 2, environment: [:])
        #expect(status == 0, "\(capture.standardError)")
        for file in [WorldsFiles.worlds, WorldsFiles.summary] {
            #expect(SweepRunTests.bytes(folder + "/merged/" + file) == SweepRunTests.bytes(folder + "/single/" + file), "\(file)")
        }
        #expect(Self.rows(folder + "/single/" + WorldsFiles.worlds).count == 7)
        #expect(capture.standardOutput.contains("Merged 3 shards of the worlds of bench-small."))
        // The report of the merged folder: one effect bar per variant, then its tornado; Dutch labels.
        // Catches a worlds folder taken for another kind, and a tornado drawn from another column.
        let html = try ReportBuilder.html(LoadedResults.read(folder: folder + "/merged"), language: .dutch)
        #expect(html.contains("Van welke aannames het antwoord afhangt") && html.contains("tm: waar het effect het meest van afhangt"))
        #expect(html.components(separatedBy: "class=\"bar\"").count - 1 == 1 + min(10, plan.factors.count))
        #expect(throws: ResultsError.self) { try LoadedResults.read(folder: folder + "/shard-0") }   // merge first
    }

    // Catches a resume that re-runs finished worlds or keeps a half-written row.
    @Test("an interrupted run resumed gives the bytes of an uninterrupted one")
    func resume() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let variant = try Self.scenario("tm", in: folder, "\"interventions\": {\"transitionManager\": {\"enabled\": true, \"startWeek\": 1}}")
        let plan = try WorldsPlan.load(Self.setup(Self.small, [variant], worlds: 4))
        _ = try Self.run(plan, into: folder + "/whole")
        #expect(try Self.run(plan, into: folder + "/cut", stopAfter: 2).worldsRun == 2)
        let half = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/cut/" + WorldsFiles.worlds))
        try half.seekToEnd(); try half.write(contentsOf: Data("2,tm,0.3".utf8)); try half.close()
        #expect(throws: SweepError.self) { try Self.run(plan, into: folder + "/cut") }
        #expect(try Self.run(plan, into: folder + "/cut", resume: true).worldsResumed == 2)
        for file in [WorldsFiles.worlds, WorldsFiles.summary] {
            #expect(SweepRunTests.bytes(folder + "/cut/" + file) == SweepRunTests.bytes(folder + "/whole/" + file), "\(file)")
        }
    }

    // Catches a posterior whose values are not the ones run, or whose bookkeeping columns are
    // taken for parameters.
    @Test("--worlds-from: each row is a world with exactly its values")
    func posteriorRows() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let posterior = folder + "/posterior.csv"
        try TestSupport.write("sample,distance,barriers.siloPenalty,connectors[*].hoursPerWeek\n0,0.1,0.2,20\n1,0.3,0.45,30\n2,0.2,0.3,12\n", to: posterior)
        let same = try Self.scenario("same", in: folder)
        let plan = try WorldsPlan.load(Self.setup(Self.small, [same], worlds: 2, posterior: posterior))
        #expect(plan.worldCount == 2 && plan.factors.map(\.keyPath) == ["barriers.siloPenalty", "connectors[*].hoursPerWeek"])
        let worlds = try plan.scenarios(forWorld: 1)
        #expect(worlds.allSatisfy { $0.barriers.siloPenalty == 0.45 && $0.connectors[0].hoursPerWeek == 30 })
        #expect(throws: SweepError.self) { try WorldsPlan.load(Self.setup(Self.small, [same], worlds: 4, posterior: posterior)) }
    }

    // Catches a message that does not say where the problem is or what was expected, and the
    // wrong exit code (65 bad data, 66 missing file).
    @Test("a bad --worlds-from file gets one message naming file, line, column and expectation", arguments: [
        ("sample,distance,barriers.siloPenaltyy\n0,0.1,0.2\n", 65,
         "/p.csv:1:17: barriers.siloPenaltyy: expected sample, distance or a parameter key path of the base scenario in the header; unknown parameter; did you mean 'barriers.siloPenalty'?"),
        ("sample,distance,barriers.siloPenalty\n0,0.1,0.2\n1,0.2,high\n", 65,
         "/p.csv:3:7: barriers.siloPenalty: expected a number in [0, 1], found \"high\""),
        ("sample,distance,barriers.siloPenalty\n0,0.1,1.5\n", 65,
         "/p.csv:2:7: barriers.siloPenalty: expected a number in [0, 1], found 1.5"),
        ("sample,weight,barriers.siloPenalty\n0,0.1,0.2\n", 65,
         "/p.csv:1:8: weight: expected equally likely rows (header sample,distance,<key paths>), found a weight column; resample the rows by weight first"),
        ("sample,distance\n0,0.1\n", 65,
         "/p.csv:1:1: expected a header of sample,distance and at least one parameter key path, found no parameter column"),
    ])
    func badPosterior(text: String, status: Int32, message: String) throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        try TestSupport.write(text, to: folder + "/p.csv")
        let same = try Self.scenario("same", in: folder)
        let capture = CapturedConsole()
        let result = WijkSimCommand.run(arguments: ["wijksim", "compare", Self.small, same, "--worlds-from", folder + "/p.csv",
                                                    "--out", folder + "/o", "--quiet"],
                                        console: capture.console, coreCount: 2, environment: [:])
        #expect(result == status)
        #expect(capture.standardError == "wijksim: error: \(folder)\(message)\n", "\(capture.standardError)")
        #expect(!POSIXFiles.exists(folder + "/o"), "nothing written")
    }

    // Catches a posterior row that breaks a cross-field rule being run, or reported without
    // saying which row and world.
    @Test("a posterior row that breaks a scenario rule names the world and the row, exit 65")
    func posteriorBreaksRule() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        try TestSupport.write("sample,distance,requests.mix.question\n0,0.1,0.4\n1,0.1,0.9\n", to: folder + "/p.csv")
        let same = try Self.scenario("same", in: folder)
        let error = #expect(throws: ScenarioError.self) { try WorldsPlan.load(Self.setup(Self.small, [same], worlds: nil, posterior: folder + "/p.csv")) }
        #expect(error?.exitCode == .dataError)
        #expect(error?.message.hasSuffix(" in world 1 (requests.mix.question = 0.9), row 2 of \(folder)/p.csv") == true, "\(String(describing: error))")
    }

    // Catches a missing posterior reported as bad data, or as something other than the file.
    @Test("a missing --worlds-from file exits 66 naming it")
    func missingPosterior() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let same = try Self.scenario("same", in: folder)
        let capture = CapturedConsole()
        let result = WijkSimCommand.run(arguments: ["wijksim", "compare", Self.small, same, "--worlds-from", folder + "/none.csv"],
                                        console: capture.console, coreCount: 2, environment: [:])
        #expect(result == 66)
        #expect(capture.standardError.hasPrefix("wijksim: error: \(folder)/none.csv: "), "\(capture.standardError)")
    }

    // Catches worlds options accepted where they mean nothing, or values out of range.
    @Test("worlds usage errors name the flag, exit 64", arguments: [
        (["--shard", "0/2"], "--shard needs --worlds N or --worlds-from FILE (it splits or resumes a verdict over plausible worlds)"),
        (["--worlds", "0"], "--worlds: expected an integer from 1 to 1000000, found '0'"),
        (["--worlds", "5", "--replicates", "1"], "--replicates: expected at least 2 with --worlds (a paired interval needs two replicates per world), found '1'"),
        (["--worlds", "5", "--report"], "--report is not available with --worlds yet; run 'wijksim compare' without --worlds for report.html"),
    ])
    func usageErrors(extra: [String], message: String) {
        let capture = CapturedConsole()
        let status = WijkSimCommand.run(arguments: ["wijksim", "compare", "a.json", "b.json"] + extra,
                                        console: capture.console, coreCount: 2, environment: [:])
        #expect(status == 64)
        #expect(capture.standardError.hasPrefix("wijksim: error: \(message)\n"), "\(capture.standardError)")
    }

    // Catches compositions drawn one by one (their sum would break the scenario's rule),
    // parameters of an intervention nobody enables, and a heterogeneous list flattened.
    @Test("factor choice: assumptions only, no compositions, no idle interventions, lists element by element where they differ")
    func factorChoice() throws {
        let base = try ScenarioLoader.load(path: Self.small)
        let keyPaths = try WorldFactorSelection.factors(base: base, variants: []).map(\.keyPath)
        #expect(keyPaths.contains("barriers.siloPenalty"))
        #expect(!keyPaths.contains("generalChannel.responseRate"), "outside data, not an assumption")
        #expect(!keyPaths.contains { $0.hasPrefix("requests.mix.") || $0.hasPrefix("requests.departmentCountShares") })
        #expect(!keyPaths.contains { $0.hasPrefix("interventions.") })
        #expect(keyPaths.contains("departments[0].awareness") && !keyPaths.contains("departments[*].awareness"))
        #expect(keyPaths.contains("departments[*].cooperation"))
        var enabled = base
        enabled.interventions.transitionManager.enabled = true
        let withManager = try WorldFactorSelection.factors(base: base, variants: [enabled]).map(\.keyPath)
        #expect(withManager.contains("interventions.transitionManager.awarenessGain"))
    }

    // Catches labels that keep formulas, or lose the member of a group (two kinds reading alike).
    @Test("labels: the catalog meaning without its formula, with the group member", arguments: [
        ("Requests seen as \"extra werk\": acceptance × (1 − b · (1 − awareness)).", "Requests seen as \"extra werk\""),
        ("Each extra department needed multiplies acceptance by (1 − b).", "Each extra department needed multiplies acceptance by (1 − b)"),
        ("Department hours per needed department to carry a request out — initiatives.", "Department hours per needed department to carry a request out (initiatives)"),
        ("Hours per week available (the rest goes to programme goals).", "Hours per week available"),
    ])
    func labels(meaning: String, label: String) {
        #expect(WorldFactorSelection.shortMeaning(meaning) == label)
    }

    // Catches a Dutch text that drops or adds a placeholder.
    @Test("every worlds text has the same placeholders in English and Dutch")
    func placeholders() {
        func holes(_ text: String) -> [String] {
            (1...9).map { "{\($0)}" }.filter(text.contains)
        }
        for key in WorldsText.allCases {
            #expect(holes(key.entry.en) == holes(key.entry.nl), "\(key)")
        }
    }
}
