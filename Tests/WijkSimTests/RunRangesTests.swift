import Foundation
import Testing
@testable import WijkSim
@testable import WijkSimBench
@testable import WijkSimCLI

/// The scenario file's `run` section and the `run`/`compare` flags take the same values:
/// both read the ranges declared once in ``RunSettings``.
@Suite("Run ranges: file and flags agree")
struct RunRangesTests {
    /// (file key, flag, values both accept, values both refuse). The bounds and one past them,
    /// so a flag or file check with its own (drifted) range fails here.
    static let cases: [(String, String, [String], [String])] = [
        ("replicates", "--replicates", ["1", "10000000"], ["0", "10000001"]),
        ("weeks", "--weeks", ["1", "5200"], ["0", "5201"]),
        ("seed", "--seed", ["0", "9007199254740993", "9223372036854775807", "9223372036854775808"],
         ["-1", "9223372036854775809", "9223372036854776832", "18446744073709551615"]),
    ]

    private func fileAccepts(_ key: String, _ value: String) throws -> Bool {
        let files = try ScenarioFiles(["r.json": #"{"run": {"\#(key)": \#(value)}}"#])
        do {
            _ = try ScenarioLoader.load(path: files.path("r.json"))
            return true
        } catch {
            #expect(error.exitCode == .dataError, "\(key) \(value): \(error)")
            return false
        }
    }

    private func flagAccepts(_ flag: String, _ value: String) -> Bool {
        do {
            _ = try RunOptions.parse(["x.json", flag, value])
            _ = try CompareOptions.parse(["x.json", "y.json", flag, value])
            return true
        } catch {
            #expect(error.exitCode == .usage)
            return false
        }
    }

    @Test("the same values are accepted and refused in a file and on the command line", arguments: cases)
    func agree(key: String, flag: String, accepted: [String], refused: [String]) throws {
        for value in accepted {
            #expect(try fileAccepts(key, value), "run.\(key) \(value) in a file")
            #expect(flagAccepts(flag, value), "\(flag) \(value)")
        }
        for value in refused {
            #expect(try !fileAccepts(key, value), "run.\(key) \(value) in a file")
            #expect(!flagAccepts(flag, value), "\(flag) \(value)")
        }
    }

    @Test("a seed in a file is kept digit for digit, and one past 2^63 is refused by its digits")
    func seedDigits() throws {
        let files = try ScenarioFiles(["top.json": #"{"run": {"seed": 9223372036854775808}}"#,
                                       "over.json": #"{"run": {"seed": 9223372036854775809}}"#])
        #expect(try ScenarioLoader.load(path: files.path("top.json")).run.seed == 1 << 63)
        #expect(try RunOptions.parse(["x.json", "--seed", "9223372036854775808"]).seed == 1 << 63)
        #expect {
            try ScenarioLoader.load(path: files.path("over.json"))
        } throws: { error in
            "\(error)" == "\(files.path("over.json")):1:18: run.seed: expected an integer in [0, 2^63], found 9223372036854775809"
        }
    }

    @Test("the catalog's run ranges are RunSettings' declarations")
    func catalogReadsTheDeclarations() {
        let declared: [(String, ClosedRange<Int>)] = [
            ("run.weeks", RunSettings.weeksRange), ("run.warmupWeeks", RunSettings.warmupWeeksRange),
            ("run.replicates", RunSettings.replicatesRange),
        ]
        for (key, range) in declared {
            #expect(ParameterCatalog.spec(for: key)?.kind == .integer(min: Double(range.lowerBound), max: Double(range.upperBound)), "\(key)")
        }
        #expect(ParameterCatalog.spec(for: "run.seed")?.kind == .integer(min: 0, max: 0x1p63))
        #expect(RunSettings.seedRange == 0...(1 << 63))
    }
}
