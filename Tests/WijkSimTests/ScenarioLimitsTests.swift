import Foundation
import Testing
@testable import WijkSim
@testable import WijkSimBench
@testable import WijkSimCLI

/// A JSON object with one member: `{\n  "key": value\n}`.
private func one(_ key: String, _ value: String) -> String { "{\n  \"\(key)\": \(value)\n}" }

/// `count` copies of `element`, comma-separated, in brackets.
private func list(_ count: Int, _ element: (Int) -> String) -> String {
    "[" + (0..<count).map(element).joined(separator: ", ") + "]"
}

/// Limits instead of traps, bounded messages and bounded work: each case names
/// the wrong implementation it catches.
let scenarioLimitCases: [ScenarioErrorCase] = [
    // Catches: no department limit (65 departments run with 64-bit masks and loop for ever).
    ScenarioErrorCase(id: "65 departments", files: ["bad.json": one("departments", list(65) { #"{"name": "d\#($0)"}"# })], load: "bad.json",
                      message: "{dir}/bad.json:2:18: departments: expected at most 64 departments (a request's departments are a 64-bit set), found 65"),
    // Catches: an Int16 neighbourhood index that traps.
    ScenarioErrorCase(id: "32768 neighbourhoods", files: ["bad.json": one("municipality", "{\"neighbourhoods\": " + list(32768) { #"{"name": "h\#($0)"}"# } + "}")],
                      load: "bad.json",
                      message: "{dir}/bad.json:2:38: municipality.neighbourhoods: expected at most 32767 neighbourhoods (a request stores its neighbourhood in 16 bits), found 32768"),
    // Catches: an Int16 connector index that traps.
    ScenarioErrorCase(id: "32768 connectors", files: ["bad.json": one("connectors", list(32768) { _ in "{}" })], load: "bad.json",
                      message: "{dir}/bad.json:2:17: connectors: expected at most 32767 connectors (a request stores its connector in 16 bits), found 32768"),
    // Catches: Int32 resident numbering that overflows.
    ScenarioErrorCase(id: "residents over 2^31", files: ["bad.json": one("municipality", "{\"neighbourhoods\": " + list(215) { #"{"name": "h\#($0)", "population": 10000000}"# } + "}")],
                      load: "bad.json",
                      message: "{dir}/bad.json:2:38: municipality.neighbourhoods: expected at most 2147483647 residents in total (residents are numbered with 32 bits), found 2150000000"),
    // Catches: Int32 request numbering that overflows (and a 7 TB reservation).
    ScenarioErrorCase(id: "requests over 2^31", files: ["bad.json": """
        {
          "run": {"weeks": 5200},
          "municipality": {"neighbourhoods": [{"name": "A", "population": 10000000}]},
          "residents": {"requestsPerYear": 52},
          "connectors": []
        }
        """], load: "bad.json",
                      message: "{dir}/bad.json:4:36: residents.requestsPerYear: expected at most 2147483647 requests in a replicate (requests are numbered with 32 bits), found about 93600002880 (10000000 residents over 0 + 5200 weeks); fewer residents, fewer requestsPerYear or fewer weeks (--weeks) bring it down"),
    // Catches: "." accepted as a scenario name (Results/./).
    ScenarioErrorCase(id: "name .", files: ["bad.json": one("name", "\".\"")], load: "bad.json",
                      message: "{dir}/bad.json:2:11: name: expected a name other than \".\" and \"..\" (it names the folder Results/<name>/), found \".\""),
    ScenarioErrorCase(id: "name ..", files: ["bad.json": one("name", "\"..\"")], load: "bad.json",
                      message: "{dir}/bad.json:2:11: name: expected a name other than \".\" and \"..\" (it names the folder Results/<name>/), found \"..\""),
    // Catches: a name too long for one path component, accepted until output time.
    ScenarioErrorCase(id: "name of 256 bytes", files: ["bad.json": one("name", "\"\(String(repeating: "n", count: 256))\"")], load: "bad.json",
                      message: "{dir}/bad.json:2:11: name: expected a name of at most 255 bytes (it names the folder Results/<name>/), found one of 256 bytes"),
    // Catches: a whole 40,000-character string in the message.
    ScenarioErrorCase(id: "long bad name is cut", files: ["bad.json": one("name", "\"a b\(String(repeating: "c", count: 40_000))\"")], load: "bad.json",
                      message: "{dir}/bad.json:2:11: name: expected a name of letters, digits, '.', '_' or '-', found \"a b\(String(repeating: "c", count: 61))…\""),
    // Catches: a suggestion computed for (and a message holding) a 40,000-character reference.
    ScenarioErrorCase(id: "long bad reference is cut, no suggestion", files: ["bad.json": one("connectors", "[{\"homeDepartment\": \"Wijkzaken\(String(repeating: "n", count: 40_000))\"}]")],
                      load: "bad.json",
                      message: "{dir}/bad.json:2:37: connectors[0].homeDepartment: expected the name of a department (Wijkzaken, Openbare Ruimte, …), found \"Wijkzaken\(String(repeating: "n", count: 55))…\""),
    // Catches: a 40,000-character unknown key repeated whole in the key path.
    ScenarioErrorCase(id: "long unknown key is cut", files: ["bad.json": one("run", "{\"\(String(repeating: "k", count: 40_000))\": 1}")], load: "bad.json",
                      message: "{dir}/bad.json:2:11: run.\(String(repeating: "k", count: 64))…: unknown key; expected one of weeks, warmupWeeks, replicates, seed"),
    // Catches: no extends depth limit (memory grows with the square of the depth).
    ScenarioErrorCase(id: "extends chain of 65 files", files: Dictionary(uniqueKeysWithValues: (0..<65).map { index in
        ("c\(index).json", index < 64 ? #"{"extends": "c\#(index + 1).json"}"# : "{}")
    }), load: "c0.json",
                      message: "{dir}/c0.json: extends: expected a chain of at most 64 files, found a longer one: c0.json → c1.json → c2.json → … → c63.json → c64.json"),
    // Catches: an error two files down that does not say which files extended it.
    ScenarioErrorCase(id: "error in a grandparent names the chain", files: [
        "a.json": #"{"extends": "b.json"}"#, "b.json": #"{"extends": "c.json"}"#, "c.json": one("barriers", "{\"siloPenalty\": 2}"),
    ], load: "a.json",
                      message: "{dir}/c.json:2:31: barriers.siloPenalty: expected a number in [0, 1], found 2 (extended by {dir}/b.json, extended by {dir}/a.json)"),
    // Catches: an extends name that cannot be a file name, read (and repeated whole) anyway.
    ScenarioErrorCase(id: "extends name too long", files: ["a.json": one("extends", "\"\(String(repeating: "e", count: 300)).json\"")], load: "a.json",
                      message: "{dir}/a.json:2:14: extends: expected the name of a scenario file (at most 255 bytes between slashes, 4096 in all once resolved), found \"\(String(repeating: "e", count: 64))…\""),
]

@Suite("Scenario limits")
struct ScenarioLimitsTests {
    @Test(arguments: scenarioLimitCases)
    func refusesWithOneMessage(_ example: ScenarioErrorCase) throws {
        let files = try ScenarioFiles(example.files)
        let error = #expect(throws: ScenarioError.self) { try ScenarioLoader.load(path: files.path(example.load)) }
        #expect(error?.description == example.message.replacingOccurrences(of: "{dir}", with: files.directory))
        #expect(error?.exitCode == example.exitCode)
    }

    /// Catches: a footprint check that ignores the memory limit, the jobs or the weeks.
    @Test func memoryEstimateRefusesWhatDoesNotFit() throws {
        var scenario = Scenario()
        scenario.municipality.neighbourhoods = [NeighbourhoodParameters(name: "A", population: 10_000_000, cohesion: 0.5)]
        scenario.connectors = []
        let fits = RunFootprint(scenario, jobs: 1)
        try scenario.checkRunFits(file: "big.json", jobs: 1, memoryLimit: fits.peakBytes)
        let error = #expect(throws: ScenarioError.self) { try scenario.checkRunFits(file: "big.json", jobs: 1, memoryLimit: 100 * 1_048_576) }
        #expect(error?.description == "big.json: run.weeks: expected a run that fits in the 100.0 MiB of memory of this machine, found one that needs about 415.7 MiB (10000000 residents, about 2736058 requests over 0 + 104 weeks, 1 replicate); fewer residents, fewer weeks (--weeks) bring it down")
        #expect(error?.exitCode == .dataError)
        let parallel = #expect(throws: ScenarioError.self) { try scenario.checkRunFits(file: "big.json", jobs: 8, memoryLimit: fits.peakBytes * 2) }
        #expect(parallel?.message.contains("8 replicates at once); fewer residents, fewer weeks (--weeks), fewer jobs (--jobs) bring it down") == true)
        scenario.run.weeks = 5200
        scenario.residents.requestsPerYear = 0.5
        let long = #expect(throws: ScenarioError.self) { try scenario.checkRunFits(file: "big.json", jobs: 1, memoryLimit: fits.peakBytes * 4) }
        #expect(long?.keyPath == "run.weeks")
        scenario.run.weeks = 1
        scenario.residents.requestsPerYear = 0
        // Nobody asks: 4.25 bytes per resident, so 30 million residents are needed to pass 100 MiB.
        scenario.municipality.neighbourhoods[0].population = 30_000_000
        let residents = #expect(throws: ScenarioError.self) { try scenario.checkRunFits(file: "big.json", jobs: 1, memoryLimit: 100 * 1_048_576) }
        #expect(residents?.keyPath == "municipality.neighbourhoods")
    }

    /// Catches: a memory estimate that no longer counts the engine's stores (residents, request reservation).
    @Test func footprintCountsTheEngineStores() {
        var scenario = Scenario()
        scenario.municipality.neighbourhoods = [NeighbourhoodParameters(name: "A", population: 1_000_000, cohesion: 0.5)]
        let footprint = RunFootprint(scenario, jobs: 1)
        // 4.25 bytes per resident plus 48 per record for the ~13% who ask within 104 weeks.
        #expect(footprint.residentBytes >= 10_000_000)
        let reserved = Int(Double(1_000_000) * scenario.residents.requestsPerYear * 104 / 52 * 1.2) + 64
        #expect(footprint.reservedRequests == Double(reserved))
        #expect(footprint.requestBytes >= Double(reserved * MemoryLayout<Request>.stride))
        #expect(RunFootprint(scenario, jobs: 4).peakBytes > 3.9 * footprint.peakBytes)
    }

    /// Catches: a CLI that checks only the file's weeks and not `--weeks` (a 5,200-week
    /// run of 200 million residents overflows the request numbering).
    @Test func runChecksTheWeeksFlagBeforeWritingAnything() throws {
        let hoods = list(20) { #"{"name": "h\#($0)", "population": 10000000}"# }
        let files = try ScenarioFiles(["big.json": #"{"name": "big", "run": {"weeks": 1}, "municipality": {"neighbourhoods": \#(hoods)}, "residents": {"requestsPerYear": 1}, "connectors": []}"#])
        let out = files.path("results")
        let capture = CapturedConsole()
        let status = WijkSimCommand.run(arguments: ["wijksim", "run", files.path("big.json"), "--weeks", "5200", "--quiet", "--out", out],
                                        console: capture.console)
        #expect(status == 65)
        #expect(capture.standardError.contains("big.json: residents.requestsPerYear: expected at most 2147483647 requests in a replicate"))
        #expect(capture.standardError.contains("200000000 residents over 0 + 5200 weeks"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    /// Catches: a key, name or file name with a newline or another control character
    /// printed raw, which splits the message over lines (found by the fuzzer: a key
    /// `"co\nnectors"`).
    @Test func controlCharactersAreEscapedInMessages() throws {
        let files = try ScenarioFiles(["ctl.json": #"{"co\nnectors": []}"#, "esc\u{1B}.json": #"{"name": 1}"#])
        let key = #expect(throws: ScenarioError.self) { try ScenarioLoader.load(path: files.path("ctl.json")) }
        #expect(key?.description == "\(files.path("ctl.json")):1:2: co\\nnectors: unknown key; did you mean 'connectors'?")
        let capture = CapturedConsole()
        let status = WijkSimCommand.run(arguments: ["wijksim", "run", files.path("esc\u{1B}.json"), "--quiet"],
                                        console: capture.console)
        #expect(status == 65)
        #expect(capture.standardError.hasPrefix("wijksim: error: \(files.path("esc"))\\u001B.json:1:"))
        #expect(capture.standardError.filter { $0 == "\n" }.count == 1)
    }

    /// Catches: a CLI that checks warm-up + weeks only as the file gives them, so that
    /// `--weeks 5200` on a file with a warm-up runs past the 5,200-week limit.
    @Test func runChecksWarmUpPlusTheWeeksFlag() throws {
        let files = try ScenarioFiles(["warm.json": #"{"name": "warm", "run": {"warmupWeeks": 100, "weeks": 10}}"#])
        let out = files.path("results")
        let capture = CapturedConsole()
        let status = WijkSimCommand.run(arguments: ["wijksim", "run", files.path("warm.json"), "--weeks", "5200",
                                                    "--replicates", "1", "--quiet", "--out", out],
                                        console: capture.console)
        #expect(status == 65)
        #expect(capture.standardError == "wijksim: error: \(files.path("warm.json")): run.weeks: expected "
            + "run.warmupWeeks + run.weeks to be at most 5200, found 100 + 5200 = 5300\n")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    /// Catches: call-ins that push a resident's 7-bit open-request count past 127
    /// (found by the fuzzer: an arithmetic-overflow trap in `raiseRequest`).
    @Test func callInsStopAt127OpenRequests() throws {
        let files = try ScenarioFiles(["one.json": """
            {"run": {"weeks": 40, "replicates": 1}, "municipality": {"neighbourhoods": [{"name": "A", "population": 1}]},
             "connectors": [{"hoursPerWeek": 0, "homeDepartment": "D"}], "departments": [{"name": "D", "hoursPerWeek": 0, "plansPerYear": 520}],
             "requests": {"departmentCountShares": [1]},
             "departmentBehaviour": {"resistanceWithoutConsult": 1},
             "residents": {"patienceWeeks": {"question": 1e300, "signal": 1e300, "initiative": 1e300, "conflict": 1e300}}}
            """])
        let scenario = try ScenarioLoader.load(path: files.path("one.json"))
        let result = Simulation.runReplicate(scenario: scenario, seed: 7, checkingInvariants: true)
        #expect(result.weeks == 40)
    }

    /// Catches: long number literals passed to `JSONDecoder`, which refuses them
    /// (found by the fuzzer: an internal error, exit 70, for valid JSON).
    @Test func longNumberLiteralsLoad() throws {
        let tiny = "0." + String(repeating: "0", count: 400) + "1"
        let big = String(repeating: "9", count: 300)
        let files = try ScenarioFiles(["long.json": #"{"connectorTeam": {"tieLossPerEscalation": \#(tiny)}, "residents": {"patienceWeeks": {"signal": \#(big)}}}"#])
        let scenario = try ScenarioLoader.load(path: files.path("long.json"))
        #expect(scenario.connectorTeam.tieLossPerEscalation == Double(tiny))
        #expect(scenario.residents.patienceWeeks.signal == Double(big))
    }

    /// Catches: reading a device without a bound (`/dev/zero` never ends).
    @Test func devicesAreReadBounded() throws {
        let zero = #expect(throws: ScenarioError.self) { try ScenarioLoader.load(path: "/dev/zero") }
        #expect(zero?.description == "/dev/zero: expected a scenario file of at most 67108864 bytes, found a larger one")
        let null = #expect(throws: ScenarioError.self) { try ScenarioLoader.load(path: "/dev/null") }
        #expect(null?.description == "/dev/null:1:1: invalid JSON: expected a value, found end of input")
    }

    /// Catches: a reference check that reports anything but the first bad reference
    /// among many neighbourhoods and connectors.
    @Test func manyBadReferencesReportTheFirst() throws {
        let hoods = list(20_000) { #"{"name": "h\#($0)", "population": 1}"# }
        let connectors = list(20_000) { #"{"neighbourhoods": ["h\#($0)", "x\#($0)"]}"# }
        let files = try ScenarioFiles(["bad.json": "{\"municipality\": {\"neighbourhoods\": \(hoods)},\n\"connectors\": \(connectors)}"])
        let error = #expect(throws: ScenarioError.self) { try ScenarioLoader.load(path: files.path("bad.json")) }
        #expect(error?.keyPath == "connectors[0].neighbourhoods[1]")
        #expect(error?.message == "expected the name of a neighbourhood (h0, h1, …), found \"x0\"; did you mean 'h0'?")
    }
}
