import Foundation

/// The `manifest.json` of a calibration, of one of its shards, or of a merge: the resolved
/// calibration and its hash, each scenario's sweep (file and hash), the shard, whether it is
/// complete and, once analysed, the samples accepted and the acceptance distance.
enum CalibrationManifest {
    static func manifest(plan: CalibrationPlan, shard: SweepShard, complete: Bool, result: CalibrationResult?, jobs: Int,
                         commandLine: [String], startTime: Date, wallTime: Double,
                         mergedFrom: [String]? = nil) throws(OutputError) -> Manifest {
        var fields: [String: Manifest.Value] = [
            "command": .string("calibrate"),
            "calibration": try Manifest.object(plan.resolvedJSON, describing: "resolved calibration"),
            "calibration_file": .string(plan.file),
            "calibration_name": .string(plan.name),
            "calibration_hash": .string(plan.hash),
            "scenarios": .array(plan.scenarioNames.indices.map { index in
                .object(["name": .string(plan.scenarioNames[index]), "file": .string(plan.scenarioFiles[index]),
                         "sweep_hash": .string(plan.sweeps[index].hash)])
            }),
            "samples": .integer(Int64(plan.samples)),
            "shard": .object(["index": .integer(Int64(shard.index)), "count": .integer(Int64(shard.count))]),
            "complete": .bool(complete),
            "notes": .array(plan.notes.map(Manifest.Value.string)),
            "method": .string("rejection ABC: prior uniform over the plausible ranges (latin hypercube), distance = root mean square of the patterns' errors in units of their scales (0 inside an interval), acceptance: \(plan.acceptance.description)"),
        ]
        if let result {
            fields["accepted"] = .integer(Int64(result.accepted.count))
            fields["acceptance_distance"] = result.threshold.isFinite ? .number(result.threshold) : .string("NA")
            fields["undefined_samples"] = .integer(Int64(result.undefinedSamples))
        }
        if let mergedFrom { fields["merged_from"] = .array(mergedFrom.map(Manifest.Value.string)) }
        let settings = Manifest.Settings(seed: plan.seed, replicates: plan.replicates, weeks: plan.sweeps[0].base.run.weeks,
                                         jobs: jobs, commandLine: commandLine, startTime: startTime, wallTimeSeconds: wallTime)
        return Manifest(settings: settings, fields: fields)
    }

    /// Writes `manifest` through a temporary file renamed into place.
    static func replace(_ manifest: Manifest, at path: String) throws(OutputError) {
        try SweepManifest.replace(manifest, at: path)
    }

    /// What a calibration manifest at `path` says: its hash, shard and whether it is complete;
    /// `nil` when there is none or it is not a calibration's.
    static func read(_ path: String) -> (hash: String, shard: SweepShard, complete: Bool)? {
        guard FolderOwnership.isOurManifest(path), let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              object["command"] as? String == "calibrate", let hash = object["calibration_hash"] as? String,
              let shard = object["shard"] as? [String: Any], let index = shard["index"] as? Int, let count = shard["count"] as? Int,
              count >= 1, index >= 0, index < count else { return nil }
        return (hash, SweepShard(index: index, count: count), object["complete"] as? Bool ?? false)
    }
}
