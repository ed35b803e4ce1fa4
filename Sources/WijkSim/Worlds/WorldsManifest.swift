import Foundation

/// The `manifest.json` of a worlds shard or merge: the ``Manifest`` common keys plus
/// `command` (`compare-worlds`, or `merge-worlds`), `worlds_setup` (the inputs a merge needs
/// to make the same plan: files, `--worlds`, `--worlds-from`, replicates, seed, weeks),
/// `worlds` (the resolved worlds, ``WorldsResolvedJSON``), `worlds_hash`, `shard`,
/// `complete`, `pairing` and, for a merge, `merged_from`.
public enum WorldsManifest {
    static func manifest(plan: WorldsPlan, shard: SweepShard, worlds: Range<Int>, complete: Bool, jobs: Int,
                         commandLine: [String], startTime: Date, wallTime: Double,
                         mergedFrom: [String]? = nil) throws(OutputError) -> Manifest {
        let setup = plan.setup
        var setupFields: [String: Manifest.Value] = [
            "base_file": .string(setup.baseFile),
            "variant_files": .array(setup.variantFiles.map(Manifest.Value.string)),
            "replicates": .integer(Int64(setup.replicates)),
            "seed": .string(String(plan.seed)),
            "weeks": .integer(Int64(plan.scenarios[0].run.weeks)),
        ]
        if let worlds = setup.worlds { setupFields["worlds"] = .integer(Int64(worlds)) }
        if let file = setup.posteriorFile { setupFields["worlds_from"] = .string(file) }
        var fields: [String: Manifest.Value] = [
            "command": .string(mergedFrom == nil ? WorldsFiles.command : "merge-worlds"),
            "worlds_setup": .object(setupFields),
            "worlds": try Manifest.object(plan.resolvedJSON, describing: "resolved worlds"),
            "worlds_hash": .string(plan.hash),
            "world_count": .integer(Int64(plan.worldCount)),
            "shard": .object([
                "index": .integer(Int64(shard.index)), "count": .integer(Int64(shard.count)),
                "first_point": .integer(Int64(worlds.lowerBound)), "end_point": .integer(Int64(worlds.upperBound)),
            ]),
            "complete": .bool(complete),
            "scenario_files": .array(([setup.baseFile] + setup.variantFiles).map(Manifest.Value.string)),
            "pairing": .string("common random numbers: in every world, replicate i of every scenario uses the seed derived from (seed, i)"),
        ]
        if let mergedFrom { fields["merged_from"] = .array(mergedFrom.map(Manifest.Value.string)) }
        let settings = Manifest.Settings(seed: plan.seed, replicates: plan.replicates, weeks: plan.scenarios[0].run.weeks,
                                         jobs: jobs, commandLine: commandLine, startTime: startTime, wallTimeSeconds: wallTime)
        return Manifest(settings: settings, fields: fields)
    }

    /// The setup recorded in the manifest at `path`, or `nil` when it is not a worlds manifest.
    static func setup(at path: String) -> (setup: WorldsPlan.Setup, hash: String)? {
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let hash = object["worlds_hash"] as? String,
              let fields = object["worlds_setup"] as? [String: Any],
              let base = fields["base_file"] as? String, let variants = fields["variant_files"] as? [String],
              let replicates = fields["replicates"] as? Int, let seedText = fields["seed"] as? String,
              let seed = UInt64(seedText), let weeks = fields["weeks"] as? Int else { return nil }
        let setup = WorldsPlan.Setup(baseFile: base, variantFiles: variants, worlds: fields["worlds"] as? Int,
                                     posteriorFile: fields["worlds_from"] as? String, replicates: replicates,
                                     seed: seed, weeks: weeks)
        return (setup, hash)
    }

    /// Whether the manifest at `path` is a worlds run's (so `wijksim merge` merges worlds).
    public static func isWorlds(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return false }
        return object["worlds_hash"] != nil
    }
}
