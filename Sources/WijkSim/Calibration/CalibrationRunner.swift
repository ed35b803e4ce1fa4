import Foundation

/// Runs a calibration, or one shard of it, into its results folder.
///
/// Each scenario's sweep runs through ``SweepRunner`` into `folder/<scenario>/` (streamed to
/// disk, resumable, the same shard of every scenario), in scenario order. A whole run then
/// reads the sweeps back, accepts (``CalibrationAnalysis``) and writes the result files
/// (``CalibrationFiles``); a shard stops after its sweeps, and ``CalibrationMerge`` combines
/// the shards and analyses. The folder's `manifest.json` is written first (unfinished) and
/// last (finished), so a folder cut short is always recognisably this calibration's.
public struct CalibrationRunner: Sendable {
    /// What ran.
    public struct Outcome: Sendable {
        /// The analysis (whole runs that finished; `nil` for a shard or a run cut short).
        public var result: CalibrationResult?
        /// Scenarios whose sweep was already finished when a resume started.
        public var scenariosResumed: [String] = []
        /// Points run by this process, over all scenarios.
        public var pointsRun = 0
        /// Wall-clock time. Unit: seconds.
        public var wallTimeSeconds = 0.0
        /// The calibration's own files written (the sweeps' files are in the scenario folders).
        public var files: [String] = []
    }

    public var plan: CalibrationPlan
    public var shard: SweepShard
    public var jobs: Int
    /// The results folder (a shard's own folder for a shard).
    public var folder: String
    public var resume: Bool
    public var force: Bool
    public var commandLine: [String]
    /// Stop each scenario's sweep after this many points (tests: a crash); `nil` = run all.
    package var stopAfterPoints: Int?

    public init(plan: CalibrationPlan, shard: SweepShard, jobs: Int, folder: String, resume: Bool, force: Bool, commandLine: [String]) {
        self.plan = plan
        self.shard = shard
        self.jobs = jobs
        self.folder = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        self.resume = resume
        self.force = force
        self.commandLine = commandLine
    }

    /// Runs what is left and completes the folder.
    /// - Parameters:
    ///   - progress: a reporter for scenario `name` with `total` replicates to run, or `nil`.
    ///   - note: receives notes (a scenario already done, a folder replaced).
    /// - Throws: ``SweepError`` for a folder that is not this calibration's to write; errors of
    ///   the sweeps, the analysis and the writes.
    public func execute(progress: (_ name: String, _ total: Int) -> ProgressReporter? = { _, _ in nil },
                        note: (String) -> Void = { _ in }) throws -> Outcome {
        let clockStart = ProgressReporter.monotonicSeconds(), startTime = Date()
        let state = try CalibrationFolder.prepare(folder, plan: plan, shard: shard, resume: resume, force: force)
        if state == .fresh {
            try writeManifest(complete: false, result: nil, startTime: startTime, wallTime: 0)
        }
        var outcome = Outcome()
        var finished = true
        for (index, sweep) in plan.sweeps.enumerated() {
            let scenarioFolder = plan.folder(ofScenario: index, in: folder)
            let points = shard.points(of: sweep.pointCount)
            if resume, let log = try? SweepCompletionLog.read(scenarioFolder + "/" + SweepFiles.completionLog),
               log.isDone, log.hash == sweep.hash, log.shard == shard {
                outcome.scenariosResumed.append(plan.scenarioNames[index])
                note("scenario \(plan.scenarioNames[index]) was complete")
                continue
            }
            var runner = SweepRunner(plan: sweep, shard: shard, jobs: jobs, folder: scenarioFolder,
                                     resume: resume, force: force, commandLine: commandLine)
            runner.stopAfterPoints = stopAfterPoints
            // The analysis reads runs.csv and points.csv only; unit files for every sample would
            // be the bulk of the folder for nothing.
            runner.writesUnits = false
            let reporter = progress(plan.scenarioNames[index], points.count * sweep.replicates)
            reporter?.replicatesPerPoint = sweep.replicates
            let run = try runner.execute(progress: reporter, note: note)
            outcome.pointsRun += run.pointsRun
            if run.pointsRun + run.pointsResumed < points.count { finished = false }
        }
        guard finished else {
            outcome.wallTimeSeconds = ProgressReporter.monotonicSeconds() - clockStart
            return outcome
        }
        if shard.count == 1 {
            let result = try CalibrationAnalysis.analyse(plan, folder: folder, jobs: jobs)
            outcome.files = try CalibrationFiles.write(result, plan: plan, folder: folder)
            outcome.result = result
        }
        outcome.wallTimeSeconds = ProgressReporter.monotonicSeconds() - clockStart
        try writeManifest(complete: true, result: outcome.result, startTime: startTime, wallTime: outcome.wallTimeSeconds)
        outcome.files.append(folder + "/" + CalibrationFiles.manifest)
        return outcome
    }

    private func writeManifest(complete: Bool, result: CalibrationResult?, startTime: Date, wallTime: Double) throws(OutputError) {
        let manifest = try CalibrationManifest.manifest(plan: plan, shard: shard, complete: complete, result: result, jobs: jobs,
                                                        commandLine: commandLine, startTime: startTime, wallTime: wallTime)
        try CalibrationManifest.replace(manifest, at: folder + "/" + CalibrationFiles.manifest)
    }
}
