import Foundation

/// Loads sweep files: a base scenario, the parameters to vary and a design (`docs/SWEEPS.md`).
///
/// A sweep file is a JSON object:
/// - `base` (required): the scenario file, relative to the sweep file's folder, loaded with
///   ``ScenarioLoader`` (its errors pass through, noted `(base of <sweep>)`);
/// - `replicates` (required): replicates per design point, 1...1,000,000 — not the base's
///   `run.replicates`, which is sized for one scenario;
/// - `seed`: master seed of every point's replicates, 0...2^63; default the base's `run.seed`;
/// - `weeks`: `run.weeks` for every point; default the base's;
/// - `description`: text, for people;
/// - `vary`: key path → a list of values (grid) or `{"min": …, "max": …}` (latin-hypercube,
///   Morris, points); file order is factor order; optional for a points design;
/// - `design`: `{"type": "grid"}`, `{"type": "latin-hypercube", "points": n, "seed": s}`,
///   `{"type": "morris", "trajectories": r, "levels": p, "seed": s}`,
///   `{"type": "points", "points": [{…}, …]}` or `{"type": "points", "file": "design.csv"}`.
///
/// Every problem is a ``ScenarioError`` with the file, the key path in the sweep file
/// (`vary.barriers.siloPenalty.max`), line and column, and what was expected; exit codes as
/// for scenario files (66 missing, 65 bad data).
public enum SweepLoader {
    /// Most design points a sweep may have.
    public static let maximumPoints = 1_000_000
    /// Allowed `replicates`.
    public static let replicatesRange: ClosedRange<Int> = 1...1_000_000
    /// Allowed Morris `levels` (even ones only).
    public static let levelsRange: ClosedRange<Int> = 2...100
    /// The keys of a sweep file.
    static let keys = ["base", "description", "replicates", "seed", "weeks", "vary", "design"]

    /// Loads a sweep file and checks every design point's scenario.
    /// - Parameter path: The sweep file, as the user gave it; messages name it so.
    /// - Returns: The plan, every point checked like a scenario file.
    /// - Throws: ``ScenarioError`` for the first problem (see the type's discussion).
    public static func load(path: String) throws(ScenarioError) -> SweepPlan {
        try load(path: path, checksEveryPoint: true)
    }

    /// Loads a sweep file.
    /// - Parameters:
    ///   - path: The sweep file.
    ///   - checksEveryPoint: Whether to build and check the scenario of every point now, so a
    ///     point that breaks a cross-field rule (`requests.mix` not summing to 1) fails before
    ///     anything runs. Each check costs about what ``SweepPlan/scenario(forPoint:)`` costs;
    ///     a shard that has been checked before may skip it.
    /// - Throws: ``ScenarioError`` for the first problem.
    public static func load(path: String, checksEveryPoint: Bool) throws(ScenarioError) -> SweepPlan {
        try load(source: SweepSource(path: path),
                 name: ((path as NSString).lastPathComponent as NSString).deletingPathExtension,
                 checksEveryPoint: checksEveryPoint)
    }

    /// Loads a sweep from a tree already read (a sweep file, or one a calibration builds for
    /// each of its scenarios).
    /// - Parameters:
    ///   - source: The tree and the file its paths are relative to (and messages name).
    ///   - name: The plan's ``SweepPlan/name``.
    ///   - checksEveryPoint: As for ``load(path:checksEveryPoint:)``.
    static func load(source: SweepSource, name: String, checksEveryPoint: Bool) throws(ScenarioError) -> SweepPlan {
        let path = source.path
        try source.checkKeys(source.tree, allowed: keys, prefix: "")
        if let description = source.tree["description"] {
            guard case .string = description else {
                throw source.error(.wrongType, at: description.location, "description", "expected a string, found \(description.messageDescription)")
            }
        }
        let settings = try source.runSettings()
        let base = try source.base(settings)
        let editor = ScenarioEditor(base)
        let request = try source.designRequest()
        let entries = try source.varyEntries(editor: editor, design: request, settings: settings)
        let design = try source.points(request, entries: entries, editor: editor)

        var plan = SweepPlan(
            name: name, file: path, base: base,
            factors: design.factors, design: design.design, replicates: settings.replicates, seed: base.run.seed,
            pointCount: design.pointCount, notes: design.notes, resolvedJSON: "", hash: "", designSeed: request.resolvedSeed(settings: base.run.seed),
            pointValues: design.values, unitPoints: design.unit, morrisChanges: design.morrisChanges,
            template: ScenarioTemplate(base: base, tree: editor.tree, parameters: design.parameters))
        plan.resolvedJSON = SweepResolvedJSON.text(of: plan, baseFile: settings.baseName, weeks: settings.weeks)
        plan.hash = SHA256.hex(plan.resolvedJSON)
        if checksEveryPoint {
            for point in 0..<plan.pointCount {
                do throws(ScenarioError) {
                    _ = try plan.scenario(forPoint: point)
                } catch {
                    throw design.locate(error, point: point, in: source)
                }
            }
        }
        return plan
    }
}

/// The run settings a sweep file gives.
struct SweepRunSettings: Sendable {
    /// `base` as written.
    var baseName: String
    /// Where `base` was written.
    var baseLocation: SourceLocation
    var replicates: Int
    var seed: UInt64?
    var weeks: Int?
    var weeksLocation: SourceLocation?
}

extension SweepSource {
    /// `base`, `replicates`, `seed` and `weeks`.
    func runSettings() throws(ScenarioError) -> SweepRunSettings {
        let baseValue = try required("base", in: tree, expected: "the name of the base scenario file")
        let baseName = try string(baseValue, "base", expected: "the name of the base scenario file")
        let replicatesRange = UInt64(SweepLoader.replicatesRange.lowerBound)...UInt64(SweepLoader.replicatesRange.upperBound)
        let replicatesMeaning = "replicates per design point; a sweep does not take the base's run.replicates"
        let replicatesValue = try required("replicates", in: tree,
                                           expected: "an integer in [1, \(SweepLoader.replicatesRange.upperBound)] (\(replicatesMeaning))")
        let replicates = Int(try integer(replicatesValue, "replicates", in: replicatesRange, meaning: "replicates per design point"))
        let seed = try tree["seed"].map { value throws(ScenarioError) in try integer(value, "seed", in: RunSettings.seedRange) }
        let weeksRange = UInt64(RunSettings.weeksRange.lowerBound)...UInt64(RunSettings.weeksRange.upperBound)
        let weeks = try tree["weeks"].map { value throws(ScenarioError) in Int(try integer(value, "weeks", in: weeksRange)) }
        return SweepRunSettings(baseName: baseName, baseLocation: baseValue.location, replicates: replicates, seed: seed,
                                weeks: weeks, weeksLocation: tree["weeks"]?.location)
    }

    /// The base scenario, loaded relative to the sweep file, with the sweep's run settings.
    func base(_ settings: SweepRunSettings) throws(ScenarioError) -> Scenario {
        let basePath = ScenarioFileReader.resolve(settings.baseName, relativeTo: path)
        var base: Scenario
        do throws(ScenarioError) {
            base = try ScenarioLoader.load(path: basePath)
        } catch {
            var noted = error
            noted.message += " (base of \(MessageText.pathExcerpt(path)))"
            throw noted
        }
        base.run.replicates = settings.replicates
        if let seed = settings.seed { base.run.seed = seed }
        if let weeks = settings.weeks { base.run.weeks = weeks }
        do throws(ScenarioError) {
            try base.checkRunFits(file: path, jobs: 1)
        } catch {
            throw relocated(error, at: settings.weeksLocation ?? settings.baseLocation, settings.weeks == nil ? "base" : "weeks")
        }
        return base
    }
}
