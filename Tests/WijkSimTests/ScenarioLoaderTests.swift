import Foundation
import Testing
@testable import WijkSim

/// A fresh temporary folder holding scenario files; removed when released.
final class ScenarioFiles {
    /// The folder, absolute.
    let directory: String

    /// Writes `files` (relative name → content; names may contain folders).
    init(_ files: [String: String]) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("wijksim-scenario-\(UUID().uuidString)").path
        for (name, content) in files {
            let url = URL(fileURLWithPath: path(name))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    /// The absolute path of `name`.
    func path(_ name: String) -> String { directory + "/" + name }

    /// A path to `name` relative to the current directory (`../../tmp/…`).
    func relativePath(_ name: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath.split(separator: "/")
        let target = path(name).split(separator: "/")
        let common = zip(cwd, target).prefix { $0 == $1 }.count
        return (Array(repeating: "..", count: cwd.count - common) + target.dropFirst(common).map(String.init)).joined(separator: "/")
    }
}

/// The package root, found from this file.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Every leaf key-path pattern of a tree (`[]` for array elements).
func leafPatterns(_ value: JSONValue, _ pattern: String = "") -> Set<String> {
    switch value {
    case .object(let members, _):
        members.reduce(into: Set<String>()) { $0.formUnion(leafPatterns($1.value, pattern.isEmpty ? $1.key : pattern + "." + $1.key)) }
    case .array(let elements, _):
        elements.isEmpty ? [pattern + "[]"] : elements.reduce(into: Set<String>()) { $0.formUnion(leafPatterns($1, pattern + "[]")) }
    default:
        [pattern]
    }
}

/// `path = value` for every leaf, with concrete indices, for readable differences.
private func leafValues(_ value: JSONValue, _ path: String = "") -> [String] {
    switch value {
    case .object(let members, _): members.flatMap { leafValues($0.value, path.isEmpty ? $0.key : path + "." + $0.key) }
    case .array(let elements, _): elements.enumerated().flatMap { leafValues($1, path + "[\($0)]") }
    default: [path + " = " + value.foundDescription]
    }
}

@Suite struct ScenarioLoaderTests {
    @Test func baselineFileIsTheDefaultScenarioInFull() throws {
        let url = packageRoot.appendingPathComponent("Scenarios/baseline.json")
        if ProcessInfo.processInfo.environment["WIJKSIM_WRITE_BASELINE"] == "1" {
            try Data(ScenarioLoader.resolvedJSON(Scenario(), sortedKeys: false).utf8).write(to: url)
        }
        let scenario = try ScenarioLoader.load(path: url.path)
        let written = Set(leafValues(try JSONParser.parse(ScenarioLoader.resolvedJSON(scenario), file: "baseline")))
        let differences = leafValues(try JSONParser.parse(ScenarioLoader.resolvedJSON(Scenario()), file: "defaults"))
            .filter { !written.contains($0) }.map { "Scenario() has \($0)" }
        #expect(differences == [], "regenerate with WIJKSIM_WRITE_BASELINE=1 swift test --filter baselineFile")
        if differences.isEmpty { #expect(scenario == Scenario()) }
        #expect(scenario.name == "baseline")
        let tree = try JSONParser.parse(Array(Data(contentsOf: url)), file: "baseline.json")
        let defaults = try JSONParser.parse(ScenarioLoader.resolvedJSON(Scenario()), file: "defaults")
        #expect(leafPatterns(tree) == leafPatterns(defaults), "baseline.json must write out every key; regenerate with WIJKSIM_WRITE_BASELINE=1 swift test --filter baselineFile")
    }

    @Test func emptyObjectGivesTheDefaults() throws {
        let files = try ScenarioFiles(["empty.json": "{}"])
        #expect(try ScenarioLoader.load(path: files.path("empty.json")) == Scenario())
    }

    @Test func fileChangesOnlyWhatItWrites() throws {
        let files = try ScenarioFiles(["a.json": #"{"name": "a", "barriers": {"siloPenalty": 0.4}, "run": {"seed": 9223372036854775807}}"#])
        var expected = Scenario()
        expected.name = "a"
        expected.barriers.siloPenalty = 0.4
        expected.run.seed = 9_223_372_036_854_775_807
        #expect(try ScenarioLoader.load(path: files.path("a.json")) == expected)
    }

    @Test func integralValuesInOtherNotationsAreIntegers() throws {
        let files = try ScenarioFiles(["a.json": #"{"run": {"weeks": 52.0, "replicates": 1e3}}"#])
        let scenario = try ScenarioLoader.load(path: files.path("a.json"))
        #expect(scenario.run.weeks == 52)
        #expect(scenario.run.replicates == 1000)
        let negativeZero = try ScenarioFiles(["z.json": #"{"run": {"seed": -0, "warmupWeeks": -0.0}}"#])
        let zero = try ScenarioLoader.load(path: negativeZero.path("z.json"))
        #expect(zero.run.seed == 0 && zero.run.warmupWeeks == 0)
    }

    @Test func extendsThreeLevelsFromSubfolders() throws {
        let files = try ScenarioFiles([
            "base.json": """
                {"name": "base", "barriers": {"siloPenalty": 0.3, "feedbackGap": 0.2},
                 "departments": [{"name": "Wijkzaken"}, {"name": "Groen", "cooperation": 0.9}],
                 "requests": {"departmentCountShares": [0.5, 0.5]}}
                """,
            "mid/mid.json": """
                {"extends": "../base.json", "name": "mid", "barriers": {"ruleRigidity": 0.1},
                 "council": {"escalationSuccess": {"one": 0.9}}}
                """,
            "mid/leaf/leaf.json": """
                {"extends": "../mid.json", "barriers": {"siloPenalty": 0.1},
                 "requests": {"departmentCountShares": [1]},
                 "connectors": [{"name": "X", "hoursPerWeek": 20}]}
                """,
        ])
        let loaded = try ScenarioLoader.resolve(path: files.path("mid/leaf/leaf.json"))
        var expected = Scenario()
        expected.name = "mid"
        expected.barriers.siloPenalty = 0.1
        expected.barriers.feedbackGap = 0.2
        expected.barriers.ruleRigidity = 0.1
        expected.council.escalationSuccess.one = 0.9
        var groen = DepartmentParameters()
        groen.name = "Groen"
        groen.cooperation = 0.9
        var wijkzaken = DepartmentParameters()
        wijkzaken.name = "Wijkzaken"
        expected.departments = [wijkzaken, groen]
        expected.requests.departmentCountShares = [1]
        var connector = ConnectorParameters()
        connector.name = "X"
        connector.hoursPerWeek = 20
        expected.connectors = [connector]
        #expect(loaded.scenario == expected)
        #expect(loaded.files == [files.path("mid/leaf/leaf.json"), files.path("mid/mid.json"), files.path("base.json")])
        #expect(!loaded.resolvedJSON.contains("extends"))
    }

    @Test func elementsAreFilledFromTheirTemplates() throws {
        let files = try ScenarioFiles(["a.json": """
            {"municipality": {"neighbourhoods": [{"name": "Centrum"}, {"name": "Haven", "population": 500}]},
             "connectors": [{"neighbourhoods": ["Haven"]}]}
            """])
        let scenario = try ScenarioLoader.load(path: files.path("a.json"))
        var centrum = NeighbourhoodParameters()
        centrum.name = "Centrum"
        var haven = NeighbourhoodParameters()
        haven.name = "Haven"
        haven.population = 500
        #expect(scenario.municipality.neighbourhoods == [centrum, haven])
        var connector = ConnectorParameters()
        connector.neighbourhoods = ["Haven"]
        #expect(scenario.connectors == [connector])
        #expect(scenario.departments == Scenario().departments)
    }

    @Test func relativePathsStayRelativeInMessages() throws {
        let files = try ScenarioFiles([
            "base.json": "{\n  \"barriers\": {\"siloPenalty\": 2}\n}",
            "sub/child.json": #"{"extends": "../base.json"}"#,
        ])
        let child = files.relativePath("sub/child.json")
        #expect(!child.hasPrefix("/"))
        let error = #expect(throws: ScenarioError.self) { try ScenarioLoader.load(path: child) }
        #expect(error?.description == "\(files.relativePath("base.json")):2:31: barriers.siloPenalty: expected a number in [0, 1], found 2 (extended by \(child))")
    }

    @Test func resolvedJSONIsSortedStableAndLoadsBack() throws {
        var scenario = Scenario()
        scenario.name = "round-trip"
        scenario.barriers.siloPenalty = 0.123456789
        scenario.run.seed = UInt64.max / 2
        let text = ScenarioLoader.resolvedJSON(scenario)
        #expect(text == ScenarioLoader.resolvedJSON(scenario))
        #expect(text.hasPrefix("{\n  \"barriers\": {\n    \"escalationStigma\": 0.7,"))
        #expect(text.hasSuffix("}\n"))
        let files = try ScenarioFiles(["r.json": text])
        #expect(try ScenarioLoader.load(path: files.path("r.json")) == scenario)
    }

    @Test func validateChecksRangesOfScenariosBuiltInCode() throws {
        try Scenario().validate(file: "code")
        var scenario = Scenario()
        scenario.barriers.siloPenalty = 2
        #expect(throws: ScenarioError(.outOfRange, file: "code", keyPath: "barriers.siloPenalty", message: "expected a number in [0, 1], found 2")) {
            try scenario.validate(file: "code")
        }
        scenario = Scenario()
        scenario.trust.gainOnSuccess = .nan
        let error = #expect(throws: ScenarioError.self) { try scenario.validate(file: "code") }
        #expect(error?.description == #"code: trust.gainOnSuccess: expected a number in [0, 1], found "NaN""#)
        scenario = Scenario()
        scenario.departments[3].name = "Wijkzaken"
        let duplicate = #expect(throws: ScenarioError.self) { try scenario.validate(file: "code") }
        #expect(duplicate?.description == #"code: departments[3].name: expected a unique department name, found "Wijkzaken", already used by departments[0]"#)
    }

    @Test func mergeIsDeepForObjectsOnly() throws {
        let base = try JSONParser.parse(#"{"a": {"x": 1, "y": [1, 2]}, "b": 1}"#, file: "base")
        let child = try JSONParser.parse(#"{"a": {"y": [3], "z": true}, "c": null}"#, file: "child")
        let merged = child.merged(over: base)
        #expect(JSONWriter.compact(merged) == #"{"a":{"x":1,"y":[3],"z":true},"b":1,"c":null}"#)
        #expect(merged["a"]?["x"]?.location.file == "base")
        #expect(merged["a"]?["y"]?.location.file == "child")
    }
}
