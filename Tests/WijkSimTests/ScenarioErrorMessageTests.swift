import Testing
@testable import WijkSim

/// One bad scenario: the files to write, the file to load, and the exact message.
struct ScenarioErrorCase: Sendable, CustomTestStringConvertible {
    var id: String
    var files: [String: String]
    var load: String
    /// The expected message; `{dir}` stands for the temporary folder.
    var message: String
    var exitCode: ExitCode = .dataError

    var testDescription: String { id }
}

/// A JSON object with one member: `{\n  "key": value\n}`.
private func one(_ key: String, _ value: String) -> String { "{\n  \"\(key)\": \(value)\n}" }

let scenarioErrorCases: [ScenarioErrorCase] = [
    ScenarioErrorCase(id: "missing file", files: [:], load: "missing.json",
                      message: "{dir}/missing.json: cannot read scenario file: no such file", exitCode: .noInput),
    ScenarioErrorCase(id: "a directory", files: ["dir.json/x": ""], load: "dir.json",
                      message: "{dir}/dir.json: cannot read scenario file: it is a directory", exitCode: .noInput),
    ScenarioErrorCase(id: "invalid JSON", files: ["bad.json": "{\n  \"name\": \"x\"\n  \"run\": {}\n}"], load: "bad.json",
                      message: "{dir}/bad.json:3:3: invalid JSON: expected ',' or '}' after object member"),
    ScenarioErrorCase(id: "invalid JSON at the end", files: ["bad.json": "{\n  \"run\": {\"weeks\": 10,"], load: "bad.json",
                      message: "{dir}/bad.json:2:23: invalid JSON: expected a string key after ',', found end of input"),
    ScenarioErrorCase(id: "duplicate key", files: ["bad.json": "{\n  \"name\": \"a\",\n  \"name\": \"b\"\n}"], load: "bad.json",
                      message: "{dir}/bad.json:3:3: invalid JSON: duplicate key \"name\" in object (first at line 2, column 3)"),
    ScenarioErrorCase(id: "not an object", files: ["bad.json": "[1]"], load: "bad.json",
                      message: "{dir}/bad.json:1:1: expected a JSON object, found an array"),
    ScenarioErrorCase(id: "unknown top-level key", files: ["bad.json": one("barrers", "{}")], load: "bad.json",
                      message: "{dir}/bad.json:2:3: barrers: unknown key; did you mean 'barriers'?"),
    ScenarioErrorCase(id: "unknown key, other case", files: ["bad.json": one("Run", "{}")], load: "bad.json",
                      message: "{dir}/bad.json:2:3: Run: unknown key; did you mean 'run'?"),
    ScenarioErrorCase(id: "unknown nested key", files: ["bad.json": one("barriers", "{\"siloPenalti\": 0.2}")], load: "bad.json",
                      message: "{dir}/bad.json:2:16: barriers.siloPenalti: unknown key; did you mean 'siloPenalty'?"),
    ScenarioErrorCase(id: "unknown key in an array element", files: ["bad.json": """
        {
          "departments": [
            {"name": "A"},
            {"name": "B"},
            {"name": "C", "cooprration": 0.5}
          ]
        }
        """], load: "bad.json",
                      message: "{dir}/bad.json:5:19: departments[2].cooprration: unknown key; did you mean 'cooperation'?"),
    ScenarioErrorCase(id: "unknown key without a near miss", files: ["bad.json": one("run", "{\"length\": 3}")], load: "bad.json",
                      message: "{dir}/bad.json:2:11: run.length: unknown key; expected one of weeks, warmupWeeks, replicates, seed"),
    ScenarioErrorCase(id: "extends nested is unknown", files: ["bad.json": one("run", "{\"extends\": \"x.json\"}")], load: "bad.json",
                      message: "{dir}/bad.json:2:11: run.extends: unknown key; expected one of weeks, warmupWeeks, replicates, seed"),
    ScenarioErrorCase(id: "string for a number", files: ["bad.json": one("barriers", "{\"siloPenalty\": \"high\"}")], load: "bad.json",
                      message: "{dir}/bad.json:2:31: barriers.siloPenalty: expected a number in [0, 1], found \"high\""),
    ScenarioErrorCase(id: "number for a bool", files: ["bad.json": one("interventions", "{\"publicity\": {\"enabled\": 1}}")], load: "bad.json",
                      message: "{dir}/bad.json:2:46: interventions.publicity.enabled: expected true or false, found 1"),
    ScenarioErrorCase(id: "fraction for an integer", files: ["bad.json": one("run", "{\"weeks\": 10.5}")], load: "bad.json",
                      message: "{dir}/bad.json:2:20: run.weeks: expected an integer in [1, 5200], found 10.5"),
    ScenarioErrorCase(id: "null for a number", files: ["bad.json": one("run", "{\"seed\": null}")], load: "bad.json",
                      message: "{dir}/bad.json:2:19: run.seed: expected an integer in [0, 2^63], found null"),
    ScenarioErrorCase(id: "negative seed", files: ["bad.json": one("run", "{\"seed\": -1}")], load: "bad.json",
                      message: "{dir}/bad.json:2:19: run.seed: expected an integer in [0, 2^63], found -1"),
    ScenarioErrorCase(id: "number for an object", files: ["bad.json": one("barriers", "3")], load: "bad.json",
                      message: "{dir}/bad.json:2:15: barriers: expected an object, found 3"),
    ScenarioErrorCase(id: "object for a list", files: ["bad.json": one("connectors", "{}")], load: "bad.json",
                      message: "{dir}/bad.json:2:17: connectors: expected an array, found an object"),
    ScenarioErrorCase(id: "string for a list element object", files: ["bad.json": one("departments", "[\"Wijkzaken\"]")], load: "bad.json",
                      message: "{dir}/bad.json:2:19: departments[0]: expected an object, found \"Wijkzaken\""),
    ScenarioErrorCase(id: "unknown choice", files: ["bad.json": one("council", "{\"portfolio\": \"two\"}")], load: "bad.json",
                      message: "{dir}/bad.json:2:28: council.portfolio: expected one of \"none\", \"implicit\", \"one\", \"all\", found \"two\""),
    ScenarioErrorCase(id: "bad scenario name", files: ["bad.json": one("name", "\"my scenario\"")], load: "bad.json",
                      message: "{dir}/bad.json:2:11: name: expected a name of letters, digits, '.', '_' or '-', found \"my scenario\""),
    ScenarioErrorCase(id: "probability above 1", files: ["bad.json": """
        {
          "name": "bad",
          "barriers": {
            "siloPenalty": 1.5
          }
        }
        """], load: "bad.json",
                      message: "{dir}/bad.json:4:20: barriers.siloPenalty: expected a number in [0, 1], found 1.5"),
    ScenarioErrorCase(id: "negative hours", files: ["bad.json": """
        {
          "connectors": [
            {"name": "A", "hoursPerWeek": -5}
          ]
        }
        """], load: "bad.json",
                      message: "{dir}/bad.json:3:35: connectors[0].hoursPerWeek: expected a number in [0, 80], found -5"),
    ScenarioErrorCase(id: "zero patience", files: ["bad.json": one("residents", "{\"patienceWeeks\": {\"signal\": 0}}")], load: "bad.json",
                      message: "{dir}/bad.json:2:45: residents.patienceWeeks.signal: expected a number greater than 0, found 0"),
    ScenarioErrorCase(id: "zero neighbourhoods", files: ["bad.json": one("municipality", "{\"neighbourhoods\": []}")], load: "bad.json",
                      message: "{dir}/bad.json:2:38: municipality.neighbourhoods: expected at least one neighbourhood, found none"),
    ScenarioErrorCase(id: "zero population", files: ["bad.json": """
        {
          "municipality": {
            "neighbourhoods": [
              {"name": "Noord", "population": 0}
            ]
          }
        }
        """], load: "bad.json",
                      message: "{dir}/bad.json:4:39: municipality.neighbourhoods[0].population: expected an integer in [1, 10000000], found 0"),
    ScenarioErrorCase(id: "empty neighbourhood name", files: ["bad.json": one("municipality", "{\"neighbourhoods\": [{\"name\": \"\"}]}")], load: "bad.json",
                      message: "{dir}/bad.json:2:48: municipality.neighbourhoods[0].name: expected a non-empty string, found \"\""),
    ScenarioErrorCase(id: "duplicate neighbourhood", files: ["bad.json": """
        {
          "municipality": {"neighbourhoods": [{"name": "Noord"}, {"name": "Oost"}, {"name": "Noord"}]},
          "connectors": []
        }
        """], load: "bad.json",
                      message: "{dir}/bad.json:2:85: municipality.neighbourhoods[2].name: expected a unique neighbourhood name, found \"Noord\", already used by municipality.neighbourhoods[0]"),
    ScenarioErrorCase(id: "zero departments", files: ["bad.json": one("departments", "[]")], load: "bad.json",
                      message: "{dir}/bad.json:2:18: departments: expected at least one department, found none"),
    ScenarioErrorCase(id: "more departments per request than exist", files: ["bad.json": """
        {
          "name": "bad",
          "requests": {
            "departmentCountShares": [0.3, 0.2, 0.1, 0.1, 0.1, 0.1, 0.05, 0.05]
          }
        }
        """], load: "bad.json",
                      message: "{dir}/bad.json:4:30: requests.departmentCountShares: expected at most 6 entries (one per department), found 8"),
    ScenarioErrorCase(id: "default shares, fewer departments", files: ["bad.json": one("departments", "[{\"name\": \"Wijkzaken\"}]")], load: "bad.json",
                      message: "{dir}/bad.json: requests.departmentCountShares: expected at most 1 entry (one per department), found 3 (the default)"),
    ScenarioErrorCase(id: "shares not summing to 1", files: ["bad.json": one("requests", "{\"departmentCountShares\": [0.5, 0.4]}")], load: "bad.json",
                      message: "{dir}/bad.json:2:41: requests.departmentCountShares: expected shares that sum to 1, found a sum of 0.9"),
    ScenarioErrorCase(id: "mix not summing to 1", files: ["bad.json": """
        {
          "requests": {
            "mix": {"question": 0.5}
          }
        }
        """], load: "bad.json",
                      message: "{dir}/bad.json:3:12: requests.mix: expected shares that sum to 1, found a sum of 1.1"),
    ScenarioErrorCase(id: "nonexistent department", files: ["bad.json": """
        {
          "connectors": [
            {
              "name": "A",
              "homeDepartment": "Parks"
            }
          ]
        }
        """], load: "bad.json",
                      message: "{dir}/bad.json:5:25: connectors[0].homeDepartment: expected the name of a department (Wijkzaken, Openbare Ruimte, …), found \"Parks\""),
    ScenarioErrorCase(id: "misspelt department", files: ["bad.json": one("connectors", "[{\"homeDepartment\": \"Wijkzakken\"}]")], load: "bad.json",
                      message: "{dir}/bad.json:2:37: connectors[0].homeDepartment: expected the name of a department (Wijkzaken, Openbare Ruimte, …), found \"Wijkzakken\"; did you mean 'Wijkzaken'?"),
    ScenarioErrorCase(id: "default department left out", files: ["bad.json": """
        {
          "departments": [{"name": "A"}, {"name": "B"}, {"name": "C"}],
          "connectors": [
            {"name": "X"}
          ]
        }
        """], load: "bad.json",
                      message: "{dir}/bad.json:4:5: connectors[0].homeDepartment: expected the name of a department (A, B, C), found \"Wijkzaken\" (the default)"),
    ScenarioErrorCase(id: "unknown neighbourhood", files: ["bad.json": """
        {
          "connectors": [
            {"name": "A", "neighbourhoods": ["Noord", "Centrum"]}
          ]
        }
        """], load: "bad.json",
                      message: "{dir}/bad.json:3:47: connectors[0].neighbourhoods[1]: expected the name of a neighbourhood (Noord, Oost, Zuid, West), found \"Centrum\""),
    ScenarioErrorCase(id: "trust spread too wide", files: ["bad.json": one("residents", "{\"trustMean\": 0.05, \"trustSpread\": 0.3}")], load: "bad.json",
                      message: "{dir}/bad.json:2:51: residents.trustSpread: expected less than sqrt(trustMean · (1 − trustMean)) = 0.2179 for trustMean 0.05, found 0.3"),
    ScenarioErrorCase(id: "too many weeks", files: ["bad.json": one("run", "{\"warmupWeeks\": 200, \"weeks\": 5100}")], load: "bad.json",
                      message: "{dir}/bad.json:2:40: run.weeks: expected run.warmupWeeks + run.weeks to be at most 5200, found 200 + 5100 = 5300"),
    ScenarioErrorCase(id: "extends cycle", files: ["a.json": #"{"extends": "b.json"}"#, "b.json": #"{"extends": "a.json"}"#], load: "a.json",
                      message: "{dir}/a.json: extends: cycle a.json → b.json → a.json"),
    ScenarioErrorCase(id: "extends itself", files: ["a.json": #"{"extends": "./a.json"}"#], load: "a.json",
                      message: "{dir}/a.json: extends: cycle a.json → a.json"),
    ScenarioErrorCase(id: "extends a missing file", files: ["a.json": #"{"extends": "sub/../nope.json"}"#], load: "a.json",
                      message: "{dir}/nope.json: cannot read scenario file: no such file (extended by {dir}/a.json)", exitCode: .noInput),
    ScenarioErrorCase(id: "extends not a string", files: ["a.json": one("extends", "3")], load: "a.json",
                      message: "{dir}/a.json:2:14: extends: expected the name of a scenario file, found 3"),
    ScenarioErrorCase(id: "invalid JSON in a parent", files: ["a.json": #"{"extends": "b.json"}"#, "b.json": "{,}"], load: "a.json",
                      message: "{dir}/b.json:1:2: invalid JSON: expected a string key or '}' (extended by {dir}/a.json)"),
    ScenarioErrorCase(id: "inherited bad value names the parent", files: [
        "base.json": one("barriers", "{\"siloPenalty\": 2}"),
        "sub/child.json": "{\"extends\": \"../base.json\", \"barriers\": {\"feedbackGap\": 0.1}}",
    ], load: "sub/child.json",
                      message: "{dir}/base.json:2:31: barriers.siloPenalty: expected a number in [0, 1], found 2 (extended by {dir}/sub/child.json)"),
    ScenarioErrorCase(id: "inherited reference names the parent", files: [
        "base.json": one("connectors", "[{\"homeDepartment\": \"Parks\"}]"),
        "child.json": "{\"extends\": \"base.json\", \"name\": \"child\"}",
    ], load: "child.json",
                      message: "{dir}/base.json:2:37: connectors[0].homeDepartment: expected the name of a department (Wijkzaken, Openbare Ruimte, …), found \"Parks\" (extended by {dir}/child.json)"),
]

@Suite struct ScenarioErrorMessageTests {
    @Test(arguments: scenarioErrorCases)
    func reportsEveryProblemVerbatim(_ example: ScenarioErrorCase) throws {
        let files = try ScenarioFiles(example.files)
        let error = #expect(throws: ScenarioError.self) { try ScenarioLoader.load(path: files.path(example.load)) }
        #expect(error?.description == example.message.replacingOccurrences(of: "{dir}", with: files.directory))
        #expect(error?.exitCode == example.exitCode)
    }

    @Test func errorFieldsAreSeparate() throws {
        let files = try ScenarioFiles(["bad.json": one("barriers", "{\"siloPenalty\": 1.5}")])
        let error = #expect(throws: ScenarioError.self) { try ScenarioLoader.load(path: files.path("bad.json")) }
        #expect(error == ScenarioError(.outOfRange, file: files.path("bad.json"), keyPath: "barriers.siloPenalty",
                                       line: 2, column: 31, message: "expected a number in [0, 1], found 1.5"))
    }

    @Test func descriptionLeavesOutWhatDoesNotApply() {
        #expect(ScenarioError(.missingFile, file: "Scenarios/missing.json", message: "cannot read scenario file: no such file").description
                == "Scenarios/missing.json: cannot read scenario file: no such file")
        #expect(ScenarioError(.invalidJSON, file: "Scenarios/bad.json", line: 7, column: 1, message: "invalid JSON: expected ',' or '}' after object member").description
                == "Scenarios/bad.json:7:1: invalid JSON: expected ',' or '}' after object member")
        #expect(ScenarioError(.extendsCycle, file: "Scenarios/a.json", keyPath: "extends", message: "cycle a.json → b.json → a.json").description
                == "Scenarios/a.json: extends: cycle a.json → b.json → a.json")
        #expect(ScenarioError(.unknownKey, file: "Scenarios/bad.json", keyPath: "barrers", line: 3, column: 5, message: "unknown key; did you mean 'barriers'?").description
                == "Scenarios/bad.json:3:5: barrers: unknown key; did you mean 'barriers'?")
    }
}
