import Foundation

/// The `manifest.json` of a sweep shard or of a merge: a ``Manifest`` whose fields
/// are the resolved sweep (every parameter of the base scenario, the factors, the
/// design and its seed), its SHA-256 hash, the shard, whether it is complete and whether it
/// writes the unit files (`units`: `--units on`).
enum SweepManifest {
    /// The manifest of `shard` (points `points`) of `plan`.
    /// - Parameter units: whether the shard (or merge) writes `units.csv` and `units-summary.csv`.
    static func manifest(plan: SweepPlan, shard: SweepShard, points: Range<Int>, units: Bool, complete: Bool, jobs: Int,
                         commandLine: [String], startTime: Date, wallTime: Double,
                         mergedFrom: [String]? = nil) throws(OutputError) -> Manifest {
        var fields: [String: Manifest.Value] = [
            "command": .string(mergedFrom == nil ? "sweep" : "merge"),
            "sweep": try Manifest.object(plan.resolvedJSON, describing: "resolved sweep"),
            "sweep_file": .string(plan.file),
            "sweep_name": .string(plan.name),
            "sweep_hash": .string(plan.hash),
            "design": .string(plan.design.typeName),
            "points": .integer(Int64(plan.pointCount)),
            "shard": .object([
                "index": .integer(Int64(shard.index)), "count": .integer(Int64(shard.count)),
                "first_point": .integer(Int64(points.lowerBound)), "end_point": .integer(Int64(points.upperBound)),
            ]),
            "complete": .bool(complete),
            "units": .bool(units),
            "notes": .array(plan.notes.map(Manifest.Value.string)),
            "pairing": .string("common random numbers: replicate i of every point uses the seed derived from (seed, i)"),
        ]
        if let mergedFrom { fields["merged_from"] = .array(mergedFrom.map(Manifest.Value.string)) }
        let settings = Manifest.Settings(seed: plan.seed, replicates: plan.replicates, weeks: plan.base.run.weeks,
                                         jobs: jobs, commandLine: commandLine, startTime: startTime,
                                         wallTimeSeconds: wallTime)
        return Manifest(settings: settings, fields: fields)
    }

    /// Writes `manifest` to `path` through a temporary file renamed into place, so the
    /// folder always holds a whole manifest.
    static func replace(_ manifest: Manifest, at path: String) throws(OutputError) {
        let temporary = path + ".tmp-\(getpid())"
        _ = unlink(temporary)
        try manifest.write(to: temporary)
        try POSIXFiles.rename(temporary, to: path)
    }
}
