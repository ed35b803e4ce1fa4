import Foundation
import Testing
@testable import WijkSim

/// One bad `Scenario.set(keyPath:to:)` call and its exact message.
struct KeyPathErrorCase: Sendable, CustomTestStringConvertible {
    var id: String
    var keyPath: String
    var value: Double
    var message: String
    var problem: ScenarioError.Problem
    var testDescription: String { id }
}

let keyPathErrorCases: [KeyPathErrorCase] = [
    KeyPathErrorCase(id: "misspelt parameter", keyPath: "barriers.siloPenaly", value: 0.2,
                     message: "<scenario>: barriers.siloPenaly: unknown parameter; did you mean 'barriers.siloPenalty'?", problem: .unknownKey),
    KeyPathErrorCase(id: "misspelt, index kept", keyPath: "departments[2].hoursPerWeak", value: 10,
                     message: "<scenario>: departments[2].hoursPerWeak: unknown parameter; did you mean 'departments[2].hoursPerWeek'?", problem: .unknownKey),
    KeyPathErrorCase(id: "index left out", keyPath: "connectors.hoursPerWeek", value: 10,
                     message: "<scenario>: connectors.hoursPerWeek: unknown parameter; did you mean 'connectors[*].hoursPerWeek'?", problem: .unknownKey),
    KeyPathErrorCase(id: "no near miss", keyPath: "weather.rain", value: 1,
                     message: "<scenario>: weather.rain: unknown parameter; wijksim params lists them all", problem: .unknownKey),
    KeyPathErrorCase(id: "index out of range", keyPath: "departments[6].hoursPerWeek", value: 10,
                     message: "<scenario>: departments[6].hoursPerWeek: expected an index in 0...5 (departments has 6 elements), found 6", problem: .outOfRange),
    KeyPathErrorCase(id: "index into a short list", keyPath: "requests.departmentCountShares[3]", value: 0.1,
                     message: "<scenario>: requests.departmentCountShares[3]: expected an index in 0...2 (requests.departmentCountShares has 3 elements), found 3", problem: .outOfRange),
    KeyPathErrorCase(id: "value out of range", keyPath: "barriers.siloPenalty", value: 1.5,
                     message: "<scenario>: barriers.siloPenalty: expected a number in [0, 1], found 1.5", problem: .outOfRange),
    KeyPathErrorCase(id: "fraction for an integer", keyPath: "residents.maxOpenRequests", value: 2.5,
                     message: "<scenario>: residents.maxOpenRequests: expected an integer in [1, 100], found 2.5", problem: .wrongType),
    KeyPathErrorCase(id: "exclusive minimum", keyPath: "residents.patienceWeeks.signal", value: 0,
                     message: "<scenario>: residents.patienceWeeks.signal: expected a number greater than 0, found 0", problem: .outOfRange),
    KeyPathErrorCase(id: "infinity where the maximum is infinite", keyPath: "residents.patienceWeeks.signal", value: .infinity,
                     message: "<scenario>: residents.patienceWeeks.signal: expected a number greater than 0, found Inf", problem: .outOfRange),
    KeyPathErrorCase(id: "not a number", keyPath: "barriers.siloPenalty", value: .nan,
                     message: "<scenario>: barriers.siloPenalty: expected a number in [0, 1], found NA", problem: .outOfRange),
    KeyPathErrorCase(id: "switch not 0 or 1", keyPath: "interventions.publicity.enabled", value: 0.5,
                     message: "<scenario>: interventions.publicity.enabled: expected true or false (1 or 0), found 0.5", problem: .wrongType),
    KeyPathErrorCase(id: "a choice", keyPath: "council.portfolio", value: 1,
                     message: "<scenario>: council.portfolio: expected a number, an integer or a switch, found a parameter that takes one of \"none\", \"implicit\", \"one\", \"all\"", problem: .wrongType),
    KeyPathErrorCase(id: "text", keyPath: "departments[0].name", value: 1,
                     message: "<scenario>: departments[0].name: expected a number, an integer or a switch, found a parameter that takes text", problem: .wrongType),
    KeyPathErrorCase(id: "a group", keyPath: "requests.mix", value: 0.25,
                     message: "<scenario>: requests.mix: expected one parameter, found a group of 4: requests.mix.question, requests.mix.signal, requests.mix.initiative, …", problem: .wrongType),
    KeyPathErrorCase(id: "a list of numbers", keyPath: "requests.departmentCountShares", value: 0.5,
                     message: "<scenario>: requests.departmentCountShares: expected one parameter, found a list; name an element (requests.departmentCountShares[0]) or all of them (requests.departmentCountShares[*])", problem: .wrongType),
    KeyPathErrorCase(id: "not a key path", keyPath: "barriers..siloPenalty", value: 0.2,
                     message: "<scenario>: barriers..siloPenalty: not a key path; expected keys joined by '.', each list followed by [index] or [*], such as barriers.siloPenalty, departments[2].hoursPerWeek or connectors[*].hoursPerWeek", problem: .invalidValue),
    KeyPathErrorCase(id: "leading zero index", keyPath: "departments[01].hoursPerWeek", value: 10,
                     message: "<scenario>: departments[01].hoursPerWeek: not a key path; expected keys joined by '.', each list followed by [index] or [*], such as barriers.siloPenalty, departments[2].hoursPerWeek or connectors[*].hoursPerWeek", problem: .invalidValue),
    KeyPathErrorCase(id: "cross-field rule", keyPath: "requests.mix.question", value: 0.5,
                     message: "<scenario>: requests.mix: expected shares that sum to 1, found a sum of 1.1", problem: .invalidValue),
    KeyPathErrorCase(id: "cross-field rule on a list element", keyPath: "requests.departmentCountShares[0]", value: 0.5,
                     message: "<scenario>: requests.departmentCountShares: expected shares that sum to 1, found a sum of 0.9", problem: .invalidValue),
    KeyPathErrorCase(id: "trust spread rule", keyPath: "residents.trustMean", value: 0.02,
                     message: "<scenario>: residents.trustSpread: expected less than sqrt(trustMean · (1 − trustMean)) = 0.14 for trustMean 0.02, found 0.15", problem: .outOfRange),
]

@Suite("Scenario key paths")
struct ScenarioKeyPathTests {
    // Catches: messages that drift from the loader's wording, a missing suggestion, an index
    // check that names no count, a cross-field rule not run after setting.
    @Test(arguments: keyPathErrorCases)
    func badSetsReportVerbatim(_ example: KeyPathErrorCase) {
        var scenario = Scenario()
        let error = #expect(throws: ScenarioError.self) { try scenario.set(keyPath: example.keyPath, to: example.value) }
        #expect(error?.description == example.message)
        #expect(error?.problem == example.problem)
        #expect(scenario == Scenario(), "a failed set leaves the scenario unchanged")
    }

    // Catches: a setter that writes the wrong field, or also touches its neighbours.
    @Test func scalarPathChangesOnlyThatParameter() throws {
        var scenario = Scenario()
        try scenario.set(keyPath: "barriers.siloPenalty", to: 0.35)
        var expected = Scenario()
        expected.barriers.siloPenalty = 0.35
        #expect(scenario == expected)
    }

    // Catches: an index taken as 1-based, or applied to every element.
    @Test func indexedPathChangesOnlyThatElement() throws {
        var scenario = Scenario()
        try scenario.set(keyPath: "departments[2].hoursPerWeek", to: 77.5)
        var expected = Scenario()
        expected.departments[2].hoursPerWeek = 77.5
        #expect(scenario == expected)
    }

    // Catches: `[*]` setting only the first element.
    @Test func allIndicesChangesEveryElement() throws {
        var scenario = Scenario()
        try scenario.set(keyPath: "connectors[*].hoursPerWeek", to: 16)
        var expected = Scenario()
        for index in expected.connectors.indices { expected.connectors[index].hoursPerWeek = 16 }
        #expect(scenario == expected)
        #expect(scenario.value(at: "connectors[*].hoursPerWeek") == 16)
    }

    // Catches: nested group keys (`skills.fixer`) and list elements not reachable.
    @Test func nestedAndListElementPaths() throws {
        var scenario = Scenario()
        try scenario.set(keyPath: "connectors[1].skills.mediator", to: 0.9)
        try scenario.set(keyPath: "requests.departmentCountShares[*]", to: 1.0 / 3)
        var expected = Scenario()
        expected.connectors[1].skills.mediator = 0.9
        expected.requests.departmentCountShares = [1.0 / 3, 1.0 / 3, 1.0 / 3]
        #expect(scenario == expected)
    }

    // Catches: integers written as `3.0` (the decoder refuses them) and switches not taking 0/1.
    @Test func integersAndSwitches() throws {
        var scenario = Scenario()
        try scenario.set(keyPath: "residents.maxOpenRequests", to: 3)
        try scenario.set(keyPath: "interventions.publicity.enabled", to: 1)
        try scenario.set(keyPath: "run.seed", to: 0x1p63)
        var expected = Scenario()
        expected.residents.maxOpenRequests = 3
        expected.interventions.publicity.enabled = true
        expected.run.seed = 1 << 63
        #expect(scenario == expected)
        #expect(scenario.value(at: "interventions.publicity.enabled") == 1)
    }

    // Catches: number text that does not round-trip (printing with fewer digits), on every
    // numeric leaf of the catalog: setting a value and reading it back gives the same bits.
    @Test func everyNumericParameterRoundTrips() throws {
        let base = Scenario()
        for spec in ParameterCatalog.all {
            let keyPath = spec.keyPath.replacingOccurrences(of: "[]", with: "[0]")
            guard case .number = spec.kind, let plausible = spec.plausible,
                  spec.keyPath.hasPrefix("requests.mix") == false, spec.keyPath.hasPrefix("requests.departmentCountShares") == false,
                  spec.keyPath != "residents.trustMean", spec.keyPath != "residents.trustSpread" else { continue }
            var scenario = base
            let value = plausible.low + (plausible.high - plausible.low) / 3
            try scenario.set(keyPath: keyPath, to: value)
            #expect(scenario.value(at: keyPath) == value, "\(keyPath)")
            var back = scenario
            try back.set(keyPath: keyPath, to: try #require(base.value(at: keyPath)))
            #expect(back == base, "\(keyPath): setting the base value back gives the base")
        }
    }

    // Catches: value(at:) inventing a value for `[*]` over different elements.
    @Test func valueAtReadsBaseValues() {
        let base = Scenario()
        #expect(base.value(at: "barriers.siloPenalty") == base.barriers.siloPenalty)
        #expect(base.value(at: "departments[1].cooperation") == base.departments[1].cooperation)
        #expect(base.values(at: "departments[*].hoursPerWeek") == base.departments.map(\.hoursPerWeek))
        #expect(base.value(at: "departments[*].hoursPerWeek") == nil, "baseline departments differ in hours")
        #expect(base.value(at: "barriers.siloPenaly") == nil)
        #expect(base.value(at: "council.portfolio") == nil)
        #expect(base.value(at: "departments[99].cooperation") == nil)
    }

    // Catches: a parser that accepts what the grammar refuses, or renders differently.
    @Test(arguments: [
        ("barriers.siloPenalty", "barriers.siloPenalty"), ("departments[2].hoursPerWeek", "departments[].hoursPerWeek"),
        ("connectors[*].skills.fixer", "connectors[].skills.fixer"), ("a[0][*].b", "a[][].b"),
    ])
    func parsesKeyPaths(text: String, pattern: String) throws {
        let keyPath = try #require(ParameterKeyPath(parsing: text))
        #expect(keyPath.description == text)
        #expect(keyPath.pattern == pattern)
    }

    // Catches: a lenient parser that lets `a..b` or `a[01]` through to a confusing "unknown parameter".
    @Test(arguments: ["", ".a", "a.", "a..b", "a[", "a[]", "a[x]", "a[-1]", "a[01]", "a[1234567890]", "1a", "a b", "a[0]b", "é"])
    func refusesNonKeyPaths(text: String) {
        #expect(ParameterKeyPath(parsing: text) == nil)
    }

    // Catches: a template whose slots sit at the wrong leaves or in the wrong order.
    @Test func templateMatchesTheEditor() throws {
        let editor = ScenarioEditor(Scenario())
        let parameters = try ["connectors[*].hoursPerWeek", "barriers.siloPenalty", "departments[4].cooperation",
                              "residents.maxOpenRequests", "interventions.training.enabled", "requests.departmentCountShares[*]"]
            .map { try editor.resolve($0, file: "x") }
        let template = ScenarioTemplate(base: Scenario(), tree: editor.tree, parameters: parameters)
        #expect(template.slotCount == 3 + 1 + 1 + 1 + 1 + 3)
        #expect(template.sections.map(\.key) == ["requests", "connectors", "departments", "barriers", "residents", "interventions"].sorted(by: { a, b in
            Self.topLevelKeys.firstIndex(of: a)! < Self.topLevelKeys.firstIndex(of: b)! }))
        let samples: [[Double]] = [[16, 0.3, 0.7, 3, 1, 1.0 / 3], [36, 0.1, 0.9, 1, 0, 1.0 / 3]]
        for values in samples {
            let fromTemplate = try template.scenario(values: values, file: "x")
            #expect(fromTemplate == (try editor.scenario(setting: Array(zip(parameters, values)), file: "x")))
            #expect(fromTemplate.connectors.allSatisfy { $0.hoursPerWeek == values[0] })
            #expect(fromTemplate.departments[4].cooperation == values[2] && fromTemplate.departments[3].cooperation == Scenario().departments[3].cooperation)
        }
        let error = #expect(throws: ScenarioError.self) { try template.scenario(values: [16, 1.5, 0.7, 3, 1, 1.0 / 3], file: "x") }
        #expect(error?.description == "x: barriers.siloPenalty: expected a number in [0, 1], found 1.5")
    }

    static let topLevelKeys = ScenarioEditor(Scenario()).tree.members!.map(\.key)

    // Catches: a section decoder missing for a top-level key, or one that decodes into the wrong
    // member: every numeric parameter set through a one-parameter template equals the editor's result.
    @Test func everySectionDecodes() throws {
        #expect(Self.topLevelKeys.filter { !["name", "description", "sources"].contains($0) } == Scenario.decodableSections)
        let editor = ScenarioEditor(Scenario())
        for spec in ParameterCatalog.all {
            guard case .number(let min, let max, _) = spec.kind, let plausible = spec.plausible,
                  !spec.keyPath.hasPrefix("requests.mix"), !spec.keyPath.hasPrefix("requests.departmentCountShares"),
                  spec.keyPath != "residents.trustMean", min < max else { continue }
            let parameter = try editor.resolve(spec.keyPath.replacingOccurrences(of: "[]", with: "[0]"), file: "x")
            let template = ScenarioTemplate(base: Scenario(), tree: editor.tree, parameters: [parameter])
            let value = plausible.low + (plausible.high - plausible.low) / 3
            #expect(try template.scenario(values: [value], file: "x") == (try editor.scenario(setting: [(parameter, value)], file: "x")), "\(spec.keyPath)")
            #expect(template.sections.map(\.key) == [String(spec.keyPath.prefix { $0 != "." && $0 != "[" })])
        }
        let name = try editor.resolve("run.weeks", file: "x")
        #expect(ScenarioTemplate(base: Scenario(), tree: editor.tree, parameters: [name]).sections.map(\.key) == ["run"])
    }
}
