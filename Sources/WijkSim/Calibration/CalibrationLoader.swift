import Foundation

/// Loads calibration files (`docs/CALIBRATION.md`): scenarios, parameters with their priors,
/// patterns with their statistics, targets and scales, the acceptance rule, and the run size.
///
/// Every problem is a ``ScenarioError`` naming the file, the key path in it
/// (`patterns[2].statistic`), line and column, and what was expected: exit 66 for a missing
/// file, 65 for bad data. Each scenario is then swept like a sweep file with a
/// latin-hypercube design over the parameters' plausible ranges, and every sample's scenario
/// is built and checked before anything runs.
public enum CalibrationLoader {
    /// The keys of a calibration file.
    static let keys = ["description", "scenarios", "replicates", "samples", "seed", "weeks", "designSeed",
                       "parameters", "groups", "acceptance", "patterns"]
    /// The keys of one pattern.
    static let patternKeys = ["id", "observed", "source", "statistic", "target", "scale"]
    /// Version of the way a calibration turns into sweeps and results: bump it when that changes.
    static let version = "wijksim-calibration-1"

    /// Loads and checks `path`.
    /// - Throws: ``ScenarioError`` for the first problem.
    public static func load(path: String) throws(ScenarioError) -> CalibrationPlan {
        let bytes = try ScenarioFileReader.contents(of: path, note: "", what: "calibration file")
        let tree: JSONValue
        do throws(JSONSyntaxError) {
            tree = try JSONParser.parse(bytes, file: path)
        } catch {
            throw ScenarioError(.invalidJSON, file: path, line: error.line, column: error.column, message: "invalid JSON: \(error.message)")
        }
        guard case .object = tree else {
            throw ScenarioError(.wrongType, at: tree.location, orIn: path, keyPath: "", message: "expected a JSON object, found \(tree.messageDescription)")
        }
        let source = SweepSource(path: path, tree: tree)
        try source.checkKeys(tree, allowed: keys, prefix: "")
        if let description = tree["description"] {
            _ = try source.string(description, "description", expected: "a text for people")
        }
        let scenarios = try scenarioEntries(source)
        let settings = try runSettings(source, firstScenario: scenarios[0])
        var notes: [String] = []
        let parameters = try CalibrationParameterList.resolve(source, notes: &notes)
        let patterns = try CalibrationPatternList.resolve(source, scenarioNames: scenarios.map(\.name))
        let acceptance = try self.acceptance(source)

        var sweeps: [SweepPlan] = []
        for scenario in scenarios {
            let sweepTree = self.sweepTree(scenario: scenario, parameters: parameters, settings: settings)
            do throws(ScenarioError) {
                sweeps.append(try SweepLoader.load(source: SweepSource(path: path, tree: sweepTree), name: scenario.name,
                                                   checksEveryPoint: true))
            } catch {
                var located = error
                if located.keyPath.hasPrefix("vary.") { located.keyPath = "parameters: " + located.keyPath.dropFirst(5) }
                located.message += " (scenario \(scenario.name))"
                throw located
            }
        }
        for sweep in sweeps.dropFirst() where sweep.factors != sweeps[0].factors || sweep.pointValues != sweeps[0].pointValues {
            throw ScenarioError(.internalError, file: path, message: "the sweeps of \(sweeps[0].name) and \(sweep.name) do not have the same samples (a bug)")
        }
        var plan = CalibrationPlan(
            name: ((path as NSString).lastPathComponent as NSString).deletingPathExtension, file: path,
            scenarioNames: scenarios.map(\.name), scenarioFiles: scenarios.map(\.file), sweeps: sweeps,
            parameters: parameters.map(\.parameter), patterns: patterns, acceptance: acceptance,
            samples: settings.samples, replicates: settings.replicates, seed: settings.seed, notes: notes,
            resolvedJSON: "", hash: "")
        plan.resolvedJSON = CalibrationResolvedJSON.text(of: plan, settings: settings)
        plan.hash = SHA256.hex(plan.resolvedJSON)
        return plan
    }

    /// One member of `scenarios`.
    struct ScenarioEntry {
        var name: String
        var file: String
        var location: SourceLocation
    }

    /// The size and seeds of the run.
    struct Settings {
        var samples: Int
        var replicates: Int
        var seed: UInt64
        var weeks: Int?
        var designSeed: UInt64?
        var location: SourceLocation
    }

    /// `scenarios`: an object of name → scenario file, at least one.
    static func scenarioEntries(_ source: SweepSource) throws(ScenarioError) -> [ScenarioEntry] {
        let expected = "an object of scenario name → scenario file, such as {\"katwijk\": \"../katwijk.json\"}"
        let value = try source.required("scenarios", in: source.tree, expected: expected)
        guard case .object(let members, _) = value else {
            throw source.error(.wrongType, at: value.location, "scenarios", "expected \(expected), found \(value.messageDescription)")
        }
        guard !members.isEmpty else { throw source.error(.outOfRange, at: value.location, "scenarios", "expected at least one scenario, found none") }
        var entries: [ScenarioEntry] = []
        for member in members {
            let keyPath = "scenarios." + MessageText.excerpt(member.key)
            if let problem = ParameterSpec.nameProblem(member.key) {
                throw source.error(.invalidValue, at: member.keyLocation, keyPath, problem.replacingOccurrences(of: "Results/<name>/", with: "the scenario's results folder") + " (the name is a folder and follows '@' in statistics)")
            }
            if member.key.hasPrefix("shard-") || FolderOwnership.ownedFileNames.contains(member.key) {
                throw source.error(.invalidValue, at: member.keyLocation, keyPath, "expected a name that is not 'shard-…' nor a results file's name (it names a folder beside them), found \(MessageText.quoted(member.key))")
            }
            let file = try source.string(member.value, keyPath, expected: "the name of a scenario file, relative to the calibration file")
            entries.append(ScenarioEntry(name: member.key, file: file, location: member.value.location))
        }
        return entries
    }

    /// `samples`, `replicates`, `seed` (default: the first scenario's `run.seed`), `weeks`, `designSeed`.
    static func runSettings(_ source: SweepSource, firstScenario: ScenarioEntry) throws(ScenarioError) -> Settings {
        let tree = source.tree
        let count = UInt64(1)...UInt64(SweepLoader.maximumPoints)
        let samplesValue = try source.required("samples", in: tree, expected: "the number of prior samples, an integer in [1, \(SweepLoader.maximumPoints)]")
        let samples = Int(try source.integer(samplesValue, "samples", in: count, meaning: "prior samples: design points of every scenario"))
        let replicatesRange = UInt64(SweepLoader.replicatesRange.lowerBound)...UInt64(SweepLoader.replicatesRange.upperBound)
        let replicatesValue = try source.required("replicates", in: tree, expected: "an integer in [1, \(SweepLoader.replicatesRange.upperBound)] (replicates per sample and scenario)")
        let replicates = Int(try source.integer(replicatesValue, "replicates", in: replicatesRange, meaning: "replicates per sample and scenario"))
        var seed: UInt64
        if let value = tree["seed"] {
            seed = try source.integer(value, "seed", in: RunSettings.seedRange)
        } else {
            let path = ScenarioFileReader.resolve(firstScenario.file, relativeTo: source.path)
            do throws(ScenarioError) {
                seed = try ScenarioLoader.load(path: path).run.seed
            } catch {
                var noted = error
                noted.message += " (scenario \(firstScenario.name) of \(MessageText.pathExcerpt(source.path)))"
                throw noted
            }
        }
        let weeksRange = UInt64(RunSettings.weeksRange.lowerBound)...UInt64(RunSettings.weeksRange.upperBound)
        let weeks = try tree["weeks"].map { value throws(ScenarioError) in Int(try source.integer(value, "weeks", in: weeksRange)) }
        let designSeed = try tree["designSeed"].map { value throws(ScenarioError) in try source.integer(value, "designSeed", in: RunSettings.seedRange) }
        return Settings(samples: samples, replicates: replicates, seed: seed, weeks: weeks, designSeed: designSeed, location: tree.location)
    }

    /// `acceptance`: `{"quantile": q}` with 0 < q ≤ 1, or `{"distance": ε}` with ε ≥ 0.
    static func acceptance(_ source: SweepSource) throws(ScenarioError) -> CalibrationAcceptance {
        let expected = "{\"quantile\": q} (keep the best fraction q of the samples, 0 < q ≤ 1) or {\"distance\": ε} (keep distance ≤ ε)"
        let value = try source.required("acceptance", in: source.tree, expected: expected)
        guard case .object(let members, _) = value, members.count == 1 else {
            throw source.error(.wrongType, at: value.location, "acceptance", "expected \(expected), found \(value.messageDescription)")
        }
        try source.checkKeys(value, allowed: ["quantile", "distance"], prefix: "acceptance")
        let member = members[0]
        let keyPath = "acceptance." + member.key
        guard case .number(let number, _) = member.value else {
            throw source.error(.wrongType, at: member.value.location, keyPath, "expected a number, found \(member.value.messageDescription)")
        }
        if member.key == "quantile" {
            guard number.value > 0, number.value <= 1 else {
                throw source.error(.outOfRange, at: member.value.location, keyPath, "expected a number in (0, 1], found \(number.literal)")
            }
            return .quantile(number.value)
        }
        guard number.value >= 0, number.value.isFinite else {
            throw source.error(.outOfRange, at: member.value.location, keyPath, "expected a number of at least 0, found \(number.literal)")
        }
        return .distance(number.value)
    }

    /// The sweep of one scenario: the scenario as base, the run settings, the parameters as
    /// ranges, and a latin hypercube of `samples` points with the calibration's seed.
    static func sweepTree(scenario: ScenarioEntry, parameters: [CalibrationParameterList.Entry], settings: Settings) -> JSONValue {
        let here = settings.location
        func member(_ key: String, _ value: JSONValue, at location: SourceLocation = here) -> JSONMember {
            JSONMember(key: key, keyLocation: location, value: value)
        }
        func integer(_ value: UInt64) -> JSONValue { .number(JSONNumber(value: Double(value), isIntegerLiteral: true, literal: String(value)), here) }
        func number(_ value: Double, at location: SourceLocation) -> JSONValue {
            let text = CSVWriter.format(value)
            return .number(JSONNumber(value: value, isIntegerLiteral: !text.contains(".") && !text.contains("e"), literal: text), location)
        }
        let vary = parameters.map { entry in
            member(entry.parameter.keyPath, .object([
                member("min", number(entry.parameter.low, at: entry.location), at: entry.location),
                member("max", number(entry.parameter.high, at: entry.location), at: entry.location),
            ], entry.location), at: entry.location)
        }
        var design = [member("type", .string("latin-hypercube", here)), member("points", integer(UInt64(settings.samples)))]
        if let designSeed = settings.designSeed { design.append(member("seed", integer(designSeed))) }
        var top = [
            member("base", .string(scenario.file, scenario.location), at: scenario.location),
            member("replicates", integer(UInt64(settings.replicates))),
            member("seed", integer(settings.seed)),
            member("vary", .object(vary, here)),
            member("design", .object(design, here)),
        ]
        if let weeks = settings.weeks { top.append(member("weeks", integer(UInt64(weeks)))) }
        return .object(top, here)
    }
}
