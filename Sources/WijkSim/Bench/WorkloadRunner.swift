import Foundation

/// Runs one ``BenchWorkload`` in this process, timing each repetition.
///
/// The user path does what `wijksim run` does (see `RunCommand.run`): a
/// ``ResultsFolder`` in a fresh temporary folder, a ``RunRecorder`` fed by a
/// ``BatchRunner``, `summary.csv`, `timeseries.csv` and `manifest.json` written and the
/// folder committed; the temporary folder is deleted after each repetition, outside
/// the timing. Loading the scenario is not timed (it is done once, by ``BenchPlan``).
public enum WorkloadRunner {
    /// Runs every repetition of `workload` and reports the wall times, the peak resident
    /// memory of this process afterwards and the requests handled.
    /// - Parameter isIsolated: whether this process runs nothing but this workload.
    /// - Throws: ``OutputError`` (73) when the temporary results folder cannot be written.
    public static func measure(_ workload: BenchWorkload, isIsolated: Bool) throws(OutputError) -> BenchMeasurement {
        var wallSeconds: [Double] = []
        var requests = 0
        for _ in 0..<workload.repetitions {
            let root = NSTemporaryDirectory() + "wijksim-bench-\(getpid())-\(UUID().uuidString)"
            defer { POSIXFiles.removeTree(root) }
            let start = ProgressReporter.monotonicSeconds()
            switch workload.path {
            case .user: requests = try runUserPath(workload, in: root)
            case .engine: requests = runEngine(workload)
            }
            wallSeconds.append(ProgressReporter.monotonicSeconds() - start)
        }
        return BenchMeasurement(workload: workload.name, wallSeconds: wallSeconds,
                                peakResidentBytes: ResourceUsage.peakResidentBytes(), requestsHandled: requests,
                                isIsolated: isIsolated)
    }

    /// The engine alone: every replicate on this thread, results dropped.
    /// - Returns: the requests handled, summed over the replicates.
    static func runEngine(_ workload: BenchWorkload) -> Int {
        let scenario = workload.scenario
        var requests = 0
        for replicate in 0..<workload.replicates {
            let seed = SeedDerivation.replicateSeed(master: scenario.run.seed, replicate: replicate)
            requests += Simulation.runReplicate(scenario: scenario, seed: seed).requestsHandled
        }
        return requests
    }

    /// The path of `wijksim run`, writing the results folder `<scenario name>` inside `root`
    /// (which the caller removes afterwards).
    /// - Returns: the requests handled, summed over the replicates.
    static func runUserPath(_ workload: BenchWorkload, in root: String) throws(OutputError) -> Int {
        let scenario = workload.scenario
        let startTime = Date()
        let clockStart = ProgressReporter.monotonicSeconds()
        let folder = try ResultsFolder(destination: root + "/\(scenario.name)", force: false)
        defer { folder.discard() }
        let recorder = try RunRecorder(scenarioName: scenario.name, weeks: scenario.run.weeks, path: folder.path(for:))
        let runner = BatchRunner(replicates: scenario.run.replicates, jobs: workload.jobs, masterSeed: scenario.run.seed)
        var requests = 0
        try runner.run(
            work: { _, seed in Simulation.runReplicate(scenario: scenario, seed: seed) },
            consume: { (item: BatchItem<ReplicateResult>) throws(OutputError) in
                requests += item.output.requestsHandled
                try recorder.record(replicate: item.replicate, seed: item.seed, result: item.output)
            })
        _ = try recorder.finish()
        let manifest = RunManifest(
            resolvedScenarioJSON: ScenarioLoader.resolvedJSON(scenario), scenarioFile: workload.scenarioFile,
            seed: scenario.run.seed, replicates: scenario.run.replicates, weeks: scenario.run.weeks,
            jobs: workload.jobs, commandLine: ["wijksim", "bench", "--workload", workload.name], startTime: startTime,
            wallTimeSeconds: ProgressReporter.monotonicSeconds() - clockStart)
        try manifest.write(to: folder.path(for: RunRecorder.manifestFile))
        try folder.commit()
        return requests
    }
}
