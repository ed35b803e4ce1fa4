import Foundation
import Testing
@testable import WijkSim
@testable import WijkSimBench
@testable import WijkSimCLI

/// The scenario files shipped in `Scenarios/`, found on disk, so a new file is covered
/// without touching this file: each runs end to end, intervention variants change only
/// their intervention, names are unique, and the town presets keep their public figures.
@Suite("Scenario files")
struct ScenarioFilesTests {
    /// The package's `Scenarios/` folder, found from this file's path.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scenarios").path

    /// Every `.json` file under `Scenarios/`, recursively, as a path relative to it, sorted;
    /// `sweeps/` holds sweep files and `calibration/` calibration files, not scenarios
    /// (`SweepFilesTests` and `CalibrationCommandTests` load them).
    static let files: [String] = {
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var found: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            let hidden = relative.split(separator: "/").contains { $0.hasPrefix(".") }
            if relative.hasSuffix(".json") && !hidden && !relative.hasPrefix("sweeps/") && !relative.hasPrefix("calibration/") { found.append(relative) }
        }
        return found.sorted()
    }()

    /// Most residents simulated for 8 weeks in the end-to-end run; larger files run fewer weeks.
    static let residentWeekBudget = 8 * 200_000

    /// Key paths (dotted, array indices as numbers) an intervention may change in the resolved
    /// scenario, relative to the file it extends, apart from `name`, `description` and `sources`.
    /// A file `interventions/X.json` or `P-X.json` extending `P.json` is the intervention X.
    /// Each intervention of ``InterventionParameters/types`` names its own files
    /// (``Intervention/scenarioNames``); the rest are variants that are not one intervention.
    static let allowedChanges: [String: [String]] = {
        var allowed: [String: [String]] = [
            "extra-connector": ["connectors.3"],
            // The method of Veerkrachtig BoTu 2028 [E:000 L225-247], read as the training intervention.
            "veerkrachtige-professionals": ["interventions.training"],
            "four-recommendations": ["interventions.transitionManager", "interventions.publicity",
                                     "interventions.documentedRole", "interventions.portfolio",
                                     "interventions.ownDepartment"],
        ]
        for type in InterventionParameters.types {
            for name in type.scenarioNames { allowed[name] = [type.section] }
        }
        return allowed
    }()

    /// Keys that describe a file rather than model it.
    static let descriptiveKeys: Set<String> = ["name", "description", "sources"]

    /// The files that are intervention variants: all of `interventions/`, and elsewhere
    /// `P-X.json` extending `P.json` where X is in ``allowedChanges``.
    static let interventionFiles: [String] = files.filter { interventionName(of: $0) != nil }

    /// The intervention a file models, or `nil` when it is not an intervention variant.
    static func interventionName(of file: String) -> String? {
        let stem = stem(of: file)
        if file.hasPrefix("interventions/") { return stem }
        guard let parent = extendsName(of: file).map(stem(of:)), stem.hasPrefix(parent + "-") else { return nil }
        let name = String(stem.dropFirst(parent.count + 1))
        return allowedChanges[name] == nil ? nil : name
    }

    static func stem(of file: String) -> String {
        ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    /// The `extends` value written in the file itself, if any.
    static func extendsName(of file: String) -> String? {
        guard let data = FileManager.default.contents(atPath: folder + "/" + file),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return object["extends"] as? String
    }

    /// The resolved scenario of `path` as leaves: dotted key path → value as written.
    static func leaves(ofResolved path: String) throws -> [String: String] {
        let text = try ScenarioLoader.resolve(path: path).resolvedJSON
        var result: [String: String] = [:]
        collect(try JSONParser.parse(text, file: path), path: "", into: &result)
        return result.filter { !descriptiveKeys.contains(String($0.key.prefix { $0 != "." })) }
    }

    private static func collect(_ value: JSONValue, path: String, into result: inout [String: String]) {
        let prefix = path.isEmpty ? "" : path + "."
        switch value {
        case .object(let members, _) where !members.isEmpty:
            for member in members { collect(member.value, path: prefix + member.key, into: &result) }
        case .array(let elements, _) where !elements.isEmpty:
            for (index, element) in elements.enumerated() { collect(element, path: prefix + "\(index)", into: &result) }
        case .object: result[path] = "{}"
        case .array: result[path] = "[]"
        default: result[path] = value.foundDescription
        }
    }

    /// Whether `key` is one of `prefixes` or lies under one of them.
    static func isUnder(_ key: String, _ prefixes: [String]) -> Bool {
        prefixes.contains { key == $0 || key.hasPrefix($0 + ".") }
    }

    /// Key paths whose value differs between two leaf maps (or that only one has), sorted.
    static func differences(_ a: [String: String], _ b: [String: String]) -> [String] {
        Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
    }

    @Test("the Scenarios folder holds the baseline, the towns and the intervention files")
    func folderIsFound() {
        #expect(Self.files.contains("baseline.json"), "no Scenarios/baseline.json under \(Self.folder)")
        #expect(Self.files.contains("interventions/transition-manager.json"))
        #expect(Set(Self.allowedChanges.keys).isSubset(of: Self.interventionFiles.map { Self.interventionName(of: $0)! }),
                "every intervention in the table has a file in Scenarios/interventions/")
    }

    @Test("loads and runs 2 replicates end to end through the CLI", arguments: files)
    func runsEndToEnd(file: String) throws {
        let path = Self.folder + "/" + file
        let scenario = try ScenarioLoader.load(path: path)
        let residents = scenario.municipality.neighbourhoods.reduce(0) { $0 + $1.population }
        let weeks = max(1, min(8, Self.residentWeekBudget / max(1, residents)))
        let temporary = TestSupport.makeTemporaryFolder("scenario-" + file)
        defer { TestSupport.remove(temporary) }
        let out = temporary + "/results"
        let capture = CapturedConsole()
        // --jobs 1: these cases run in parallel with each other and with timing-sensitive
        // BatchRunner tests; the parallel path is covered by the CLI end-to-end tests.
        let status = WijkSimCommand.run(arguments: ["wijksim", "run", path, "--replicates", "2", "--weeks", "\(weeks)",
                                                    "--jobs", "1", "--quiet", "--out", out], console: capture.console)
        #expect(status == 0, "\(file): stderr: \(capture.standardError)")
        for output in ["runs.csv", "summary.csv", "timeseries.csv", "manifest.json"] {
            #expect(FileManager.default.fileExists(atPath: out + "/" + output), "\(file): no \(output)")
        }
        #expect(TestSupport.read(out + "/runs.csv").split(separator: "\n").count == 3, "\(file): header + 2 replicates")
    }

    @Test("an intervention file changes exactly its intervention, and switches it on", arguments: interventionFiles)
    func changesOnlyItsIntervention(file: String) throws {
        let name = try #require(Self.interventionName(of: file))
        let allowed = try #require(Self.allowedChanges[name], "\(file): add '\(name)' to ScenarioFilesTests.allowedChanges")
        let path = Self.folder + "/" + file
        let loaded = try ScenarioLoader.resolve(path: path)
        let parent = try #require(loaded.files.dropFirst().first, "\(file) extends no file")
        if file.hasPrefix("interventions/") {
            #expect((parent as NSString).lastPathComponent == "baseline.json", "\(file) extends \(parent)")
        }
        let changed = Self.differences(try Self.leaves(ofResolved: path), try Self.leaves(ofResolved: parent))
        let stray = changed.filter { !Self.isUnder($0, allowed) }
        #expect(stray.isEmpty, "\(file) changes \(stray) beyond \(allowed)")
        #expect(!changed.isEmpty, "\(file) changes nothing relative to \(parent)")
    }

    @Test("a town's intervention variant has the settings of the baseline's intervention file",
          arguments: interventionFiles.filter { !$0.hasPrefix("interventions/") })
    func townVariantMatchesInterventionFile(file: String) throws {
        let name = try #require(Self.interventionName(of: file))
        let allowed = try #require(Self.allowedChanges[name])
        let genericLeaves = try Self.leaves(ofResolved: Self.folder + "/interventions/" + name + ".json")
        let variantLeaves = try Self.leaves(ofResolved: Self.folder + "/" + file)
        for key in Self.differences(genericLeaves, variantLeaves) where Self.isUnder(key, allowed) {
            #expect(variantLeaves[key] == genericLeaves[key],
                    "\(file): \(key) is \(variantLeaves[key] ?? "absent"), interventions/\(name).json has \(genericLeaves[key] ?? "absent")")
        }
    }

    @Test("every name equals its file name", arguments: files)
    func nameMatchesFile(file: String) throws {
        let name = try ScenarioLoader.load(path: Self.folder + "/" + file).name
        let stem = Self.stem(of: file)
        let folderName = (file as NSString).deletingLastPathComponent.replacingOccurrences(of: "/", with: "-")
        let accepted = folderName.isEmpty || file.hasPrefix("interventions/") ? [stem] : [stem, folderName + "-" + stem]
        #expect(accepted.contains(name), "\(file) is named '\(name)'; expected \(accepted.map { "'\($0)'" }.joined(separator: " or "))")
    }

    @Test("names are unique across Scenarios/")
    func namesAreUnique() throws {
        var owners: [String: [String]] = [:]
        for file in Self.files { owners[try ScenarioLoader.load(path: Self.folder + "/" + file).name, default: []].append(file) }
        let clashes = owners.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }
        #expect(clashes.isEmpty, "shared names: \(clashes.map { "\($0.key): \($0.value)" })")
    }
}

/// A town preset's public figures [E:001 §2: Table 1 L280-287, Tables 3-5, L362, L490, L520].
struct TownFigures: Sendable, CustomTestStringConvertible {
    var town: String
    var population: Int
    var neighbourhoods: Int
    var connectors: Int
    var connectorHours: Double
    var homeDepartment: String
    var portfolio: Portfolio
    /// Coded role intensities, leefwereld + systeemwereld: fixer, bridge builder, entrepreneur, mediator.
    var intensities: [Double]
    var hasAppTriageFromStart: Bool
    var testDescription: String { town }
}

extension ScenarioFilesTests {
    static let towns = [
        TownFigures(town: "katwijk", population: 66_607, neighbourhoods: 5, connectors: 3, connectorHours: 24,
                    homeDepartment: "Communicatie en Wijkregie", portfolio: .one,
                    intensities: [4 + 3, 2 + 2, 2 + 2.5, 2 + 2.5], hasAppTriageFromStart: false),
        TownFigures(town: "leidschendam-voorburg", population: 77_753, neighbourhoods: 3, connectors: 4, connectorHours: 24,
                    homeDepartment: "Maatschappelijke en Ruimtelijke Ontwikkeling", portfolio: .implicit,
                    intensities: [2 + 2.5, 4.5 + 4.5, 3 + 2, 2.5 + 2], hasAppTriageFromStart: false),
        TownFigures(town: "maassluis", population: 35_303, neighbourhoods: 2, connectors: 3, connectorHours: 24 * 2.5 / 3,
                    homeDepartment: "Veiligheid, Vergunningen en Handhaving", portfolio: .implicit,
                    intensities: [2 + 2, 1 + 2, 5 + 5.5, 2 + 0.5], hasAppTriageFromStart: true),
    ]

    @Test("a town preset and its variants keep the town's public figures", arguments: towns)
    func townKeepsPublicFigures(town: TownFigures) throws {
        let baseline = try ScenarioLoader.load(path: Self.folder + "/baseline.json")
        let baselineResidents = Double(baseline.municipality.neighbourhoods.reduce(0) { $0 + $1.population })
        let baselineHours = baseline.departments.reduce(0) { $0 + $1.hoursPerWeek }
        let townFiles = Self.files.filter { !$0.contains("/") && ($0 == town.town + ".json" || $0.hasPrefix(town.town + "-")) }
        #expect(townFiles.contains(town.town + ".json"))
        let share = town.intensities.map { $0 / town.intensities.reduce(0, +) }
        for file in townFiles {
            let scenario = try ScenarioLoader.load(path: Self.folder + "/" + file)
            #expect(scenario.municipality.neighbourhoods.reduce(0) { $0 + $1.population } == town.population, "\(file)")
            #expect(scenario.municipality.neighbourhoods.count == town.neighbourhoods, "\(file)")
            #expect(scenario.connectors.count == town.connectors, "\(file)")
            #expect(scenario.council.portfolio == town.portfolio, "\(file)")
            #expect(scenario.interventions.appTriage.enabled == town.hasAppTriageFromStart, "\(file)")
            if town.hasAppTriageFromStart { #expect(scenario.interventions.appTriage.startWeek == 0, "\(file)") }
            for connector in scenario.connectors {
                #expect(connector.homeDepartment == town.homeDepartment, "\(file): \(connector.name)")
                #expect(connector.hoursPerWeek == town.connectorHours, "\(file): \(connector.name)")
                let emphasis = connector.emphasis.array.map { $0 / connector.emphasis.array.reduce(0, +) }
                #expect(zip(emphasis, share).allSatisfy { abs($0 - $1) < 1e-3 },
                        "\(file): \(connector.name) emphasis \(emphasis), coded intensities give \(share)")
            }
            let hours = scenario.departments.reduce(0) { $0 + $1.hoursPerWeek }
            let scaled = baselineHours * Double(town.population) / baselineResidents
            #expect(abs(hours - scaled) < 0.5, "\(file): department hours \(hours), scaled baseline \(scaled)")
        }
    }
}
