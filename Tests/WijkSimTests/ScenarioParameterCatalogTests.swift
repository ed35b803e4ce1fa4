import Foundation
import Testing
@testable import WijkSim

@Suite struct ScenarioParameterCatalogTests {
    @Test func coversExactlyTheLeavesOfTheDefaultScenario() throws {
        let data = try JSONEncoder().encode(Scenario())
        let leaves = leafPatterns(try JSONParser.parse(Array(data), file: "defaults"))
        let catalog = Set(ParameterCatalog.all.map(\.keyPath))
        #expect(catalog.count == ParameterCatalog.all.count, "duplicate key paths in the catalog")
        #expect(leaves.subtracting(catalog).sorted() == [], "parameters missing from ParameterCatalog")
        #expect(catalog.subtracting(leaves).sorted() == [], "catalog entries that Scenario does not have")
    }

    @Test func everySpecIsDocumented() {
        for spec in ParameterCatalog.all {
            #expect(!spec.unit.isEmpty, "\(spec.keyPath)")
            #expect(!spec.meaning.isEmpty && !spec.meaning.contains("\n"), "\(spec.keyPath)")
            #expect(spec.evidence.hasPrefix("[") && spec.evidence.hasSuffix("]"), "\(spec.keyPath)")
        }
    }

    @Test func defaultScenarioSatisfiesEverySpec() throws {
        try Scenario().validate(file: "defaults")
    }

    @Test func findsSpecsByConcreteKeyPath() {
        #expect(ParameterCatalog.spec(for: "connectors[12].skills.fixer")?.keyPath == "connectors[].skills.fixer")
        #expect(ParameterCatalog.spec(for: "barriers.siloPenalty")?.evidence == "[E:001 L433; E:003]")
        #expect(ParameterCatalog.spec(for: "barriers.nothing") == nil)
        #expect(ParameterCatalog.pattern(of: "a[1].b[23]") == "a[].b[]")
    }

    @Test func describesRanges() {
        let cases: [(String, String, String)] = [
            ("barriers.siloPenalty", "[0, 1]", "a number in [0, 1]"),
            ("council.initiativeBudgetPerYear", "[0, 1e9]", "a number in [0, 1e9]"),
            ("residents.patienceWeeks.signal", "(0, ∞)", "a number greater than 0"),
            ("run.weeks", "1...5200", "an integer in [1, 5200]"),
            ("run.seed", "0...2^63", "an integer in [0, 2^63]"),
            ("interventions.training.enabled", "true or false", "true or false"),
            ("name", "letters, digits, '.', '_', '-'", "a name of letters, digits, '.', '_' or '-'"),
            ("council.portfolio", "none | implicit | one | all", #"one of "none", "implicit", "one", "all""#),
        ]
        for (keyPath, range, expectation) in cases {
            let spec = ParameterCatalog.spec(for: keyPath)
            #expect(spec?.rangeDescription == range, "\(keyPath)")
            #expect(spec?.expectation == expectation, "\(keyPath)")
        }
    }

    /// Reads `/// … Unit: … Range: R. [tag]` above each `public var name` in the
    /// parameter structs and checks that a spec for `name` has range R and evidence tag.
    @Test func matchesTheDocCommentsOfTheParameterStructs() throws {
        var files: [URL] = []
        for folderName in ["Scenario", "Interventions"] {
            let folder = packageRoot.appendingPathComponent("Sources/WijkSim/" + folderName)
            files += try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".swift") && ($0.contains("Parameters") || $0 == "RunSettings.swift" || $0 == "Scenario.swift") }
                .sorted().map { folder.appendingPathComponent($0) }
        }
        var checked = 0
        for file in files {
            let name = file.lastPathComponent
            let lines = try String(contentsOf: file, encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            for (index, line) in lines.enumerated().dropFirst() where line.hasPrefix("public var ") {
                let doc = lines[index - 1]
                guard doc.hasPrefix("///"), doc.contains("Unit:"), !line.contains("Parameters") else { continue }
                let property = String(line.dropFirst("public var ".count).prefix { $0.isLetter || $0.isNumber })
                guard let tagStart = doc.range(of: ". [", options: .backwards) else {
                    Issue.record("\(name): \(property) has no evidence tag"); continue
                }
                let evidence = String(doc[doc.index(after: tagStart.lowerBound)...]).trimmingCharacters(in: .whitespaces)
                var range: String?
                if let rangeStart = doc.range(of: "Range: ") {
                    let text = String(doc[rangeStart.upperBound..<tagStart.lowerBound])
                    if text.hasPrefix("[") || text.first?.isNumber == true { range = text }
                }
                let specs = ParameterCatalog.all.filter { spec in
                    let parts = spec.keyPath.replacingOccurrences(of: "[]", with: "").split(separator: ".").map(String.init)
                    return parts.last == property || (parts.count >= 2 && parts[parts.count - 2] == property)
                }
                let matches = specs.contains { $0.evidence == evidence && (range == nil || $0.rangeDescription == range) }
                #expect(matches, "\(name): \(property) documents range \(range ?? "-") and \(evidence); no catalog entry agrees")
                checked += 1
            }
        }
        #expect(checked > 100)
    }
}

/// Plausible ranges (issue 7, item 1): where calibration, uncertainty analysis and sweeps draw from.
@Suite struct ScenarioPlausibleRangeTests {
    /// Patterns that need no plausible range: run settings (not assumptions about the town) and
    /// the population (a fact of the town, from CBS figures), and when a connector starts (a choice
    /// of the scenario, like an intervention's start week). Everything else numeric needs one.
    static let exempt: Set<String> = ["run.weeks", "run.warmupWeeks", "run.replicates", "run.seed",
                                      "municipality.neighbourhoods[].population", "connectors[].startWeek"]

    /// Catches a new numeric parameter added without a plausible range, and a range given to a switch.
    @Test func everyNumericParameterHasOne() {
        for spec in ParameterCatalog.all {
            let isNumeric: Bool
            switch spec.kind {
            case .number, .integer: isNumeric = true
            default: isNumeric = false
            }
            let isInterventionTiming = spec.keyPath.hasPrefix("interventions.")
                && (spec.keyPath.hasSuffix(".startWeek") || spec.keyPath.hasSuffix(".endWeek"))
            let needsOne = isNumeric && !Self.exempt.contains(spec.keyPath) && !isInterventionTiming
            if needsOne { #expect(spec.plausible != nil, "\(spec.keyPath) has no plausible range") }
            if !isNumeric { #expect(spec.plausible == nil, "\(spec.keyPath) is not a number but has a plausible range") }
            if let plausible = spec.plausible { #expect(!plausible.source.isEmpty, "\(spec.keyPath): plausible range without a source") }
        }
    }

    /// Catches a plausible range outside what the loader accepts (a sweep over it would fail),
    /// a reversed one, and an integer parameter given a fractional bound.
    @Test func liesWithinTheAllowedRange() {
        for spec in ParameterCatalog.all {
            guard let plausible = spec.plausible else { continue }
            for bound in [plausible.low, plausible.high] {
                let isAllowed: Bool
                switch spec.kind {
                case .number(let min, let max, let minExclusive): isAllowed = (minExclusive ? bound > min : bound >= min) && bound <= max
                case .integer(let min, let max): isAllowed = bound >= min && bound <= max && bound == bound.rounded()
                default: isAllowed = false
                }
                #expect(isAllowed, "\(spec.keyPath): plausible bound \(bound) outside \(spec.rangeDescription)")
            }
        }
    }

    /// Catches a default that its own plausible range calls implausible: either the default or
    /// the range is wrong. Checked on every element of the baseline's lists.
    @Test func containsTheBaselineValue() {
        for row in ParameterTable.defaults.rows {
            guard let plausible = row.spec.plausible else { continue }
            let values = row.value.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
                .split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            #expect(!values.isEmpty, "\(row.keyPath): no number in \(row.value)")
            for value in values {
                #expect(plausible.contains(value), "\(row.keyPath) = \(value) lies outside its plausible range \(row.spec.plausibleDescription)")
            }
        }
    }
}
