import Foundation

/// Combines the shard folders of one calibration and analyses them: each scenario's sweep
/// shards are merged by ``SweepMerge`` into `destination/<scenario>/` (byte-identical to one
/// process), then the result files are written as a whole run writes them.
///
/// Every shard is checked before anything is written: it must be a finished shard of this
/// calibration (its `manifest.json` says so, with the plan's hash) whose scenario sweeps are
/// finished shards of the plan's sweeps with the sizes their logs record. Missing or
/// overlapping shards are refused by the sweep merge, naming the folders.
public struct CalibrationMerge: Sendable {
    public var plan: CalibrationPlan
    /// The shard folders (`…/shard-K`), in any order.
    public var shardFolders: [String]
    public var destination: String
    public var force: Bool
    public var jobs: Int
    public var commandLine: [String]

    public init(plan: CalibrationPlan, shardFolders: [String], destination: String, force: Bool, jobs: Int, commandLine: [String]) {
        self.plan = plan
        self.shardFolders = shardFolders.map { $0.count > 1 && $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.destination = destination.count > 1 && destination.hasSuffix("/") ? String(destination.dropLast()) : destination
        self.force = force
        self.jobs = jobs
        self.commandLine = commandLine
    }

    /// Checks, merges and analyses.
    /// - Returns: the result and the calibration's files written.
    public func execute() throws -> (result: CalibrationResult, files: [String]) {
        let clockStart = ProgressReporter.monotonicSeconds(), startTime = Date()
        guard !shardFolders.isEmpty else { throw SweepError(.usage, "no shard folders given (they are DIR/shard-K after wijksim calibrate FILE --shard K/N)") }
        for shard in shardFolders {
            guard POSIXFiles.isDirectory(shard) else { throw SweepError(.data, "'\(shard)' is not a folder") }
            guard let found = CalibrationManifest.read(shard + "/" + CalibrationFiles.manifest) else {
                throw SweepError(.data, "'\(shard)' is not a calibration shard: it has no manifest.json written by wijksim calibrate --shard")
            }
            guard found.hash == plan.hash else {
                throw SweepError(.data, "'\(shard)' is a shard of another calibration (hash \(found.hash.prefix(12))…) than '\(plan.file)' (\(plan.hash.prefix(12))…): the file changed since, or the folder belongs to another run")
            }
            guard found.complete else {
                throw SweepError(.data, "'\(shard)': shard \(found.shard.description) is unfinished; finish it with wijksim calibrate \(plan.file) --shard \(found.shard.description) --resume")
            }
            for (index, sweep) in plan.sweeps.enumerated() {
                let log = try SweepMerge.readShard(plan.folder(ofScenario: index, in: shard)).log
                guard log.hash == sweep.hash else {
                    throw SweepError(.data, "'\(plan.folder(ofScenario: index, in: shard))' is not the sweep of scenario \(plan.scenarioNames[index]) this calibration runs")
                }
            }
        }
        _ = try CalibrationFolder.prepare(destination, plan: plan, shard: .whole, resume: false, force: force, allowsShardFolders: true)
        try writeManifest(complete: false, result: nil, startTime: startTime, wallTime: 0)
        for (index, sweep) in plan.sweeps.enumerated() {
            var merge = SweepMerge(folders: shardFolders.map { plan.folder(ofScenario: index, in: $0) },
                                   destination: plan.folder(ofScenario: index, in: destination), force: force,
                                   sweepFile: nil, commandLine: commandLine)
            merge.plan = sweep
            _ = try merge.execute()
        }
        let result = try CalibrationAnalysis.analyse(plan, folder: destination, jobs: jobs)
        var files = try CalibrationFiles.write(result, plan: plan, folder: destination)
        try writeManifest(complete: true, result: result, startTime: startTime, wallTime: ProgressReporter.monotonicSeconds() - clockStart)
        files.append(destination + "/" + CalibrationFiles.manifest)
        return (result, files)
    }

    private func writeManifest(complete: Bool, result: CalibrationResult?, startTime: Date, wallTime: Double) throws(OutputError) {
        let manifest = try CalibrationManifest.manifest(plan: plan, shard: .whole, complete: complete, result: result, jobs: jobs,
                                                        commandLine: commandLine, startTime: startTime, wallTime: wallTime,
                                                        mergedFrom: shardFolders)
        try CalibrationManifest.replace(manifest, at: destination + "/" + CalibrationFiles.manifest)
    }
}
