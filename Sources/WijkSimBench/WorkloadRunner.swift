import WijkSim
import Foundation

/// Runs one ``BenchWorkload`` in this process, timing each repetition.
///
/// The user path is `wijksim run` itself (a ``RunJob``: results folder, recorder, batch,
/// manifest, commit) into a fresh temporary folder, deleted after each repetition, outside
/// the timing. Loading the scenario is not timed (it is done once, by ``BenchPlan``).
package enum WorkloadRunner {
    /// Runs every repetition of `workload` and reports the wall times, the peak resident
    /// memory of this process afterwards and the requests handled.
    /// - Parameter isIsolated: whether this process runs nothing but this workload.
    /// - Throws: ``OutputError`` (73) when the temporary results folder cannot be written.
    package static func measure(_ workload: BenchWorkload, isIsolated: Bool) throws -> BenchMeasurement {
        var wallSeconds: [Double] = []
        var requests = 0
        for _ in 0..<workload.repetitions {
            let root = NSTemporaryDirectory() + "wijksim-bench-\(getpid())-\(UUID().uuidString)"
            defer { POSIXFiles.removeTree(root) }
            let start = ProgressReporter.monotonicSeconds()
            switch workload.path {
            case .user: requests = try runUserPath(workload, in: root)
            case .engine: requests = runEngine(workload)
            case .sweep: requests = try runSweep(workload, in: root)
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

    /// The path of `wijksim run` (its ``RunJob``), writing the results folder `<scenario name>`
    /// inside `root` (which the caller removes afterwards).
    /// - Returns: the requests handled, summed over the replicates.
    static func runUserPath(_ workload: BenchWorkload, in root: String) throws(OutputError) -> Int {
        let job = RunJob(scenario: workload.scenario, scenarioFile: workload.scenarioFile, jobs: workload.jobs,
                         destination: root + "/\(workload.scenario.name)", isForced: false,
                         commandLine: ["wijksim", "bench", "--workload", workload.name])
        return try job.execute().requestsHandled
    }

    /// The path of `wijksim sweep`: writes a sweep file (a Latin hypercube of
    /// `workload.sweepPoints` points over the plausible ranges of
    /// ``BenchWorkload/sweepFactors``, base = the workload's scenario file with its
    /// replicates and weeks) into `root`, loads it and runs it with a ``SweepRunner``.
    /// Writing and loading the file are not timed separately (they are milliseconds).
    /// - Returns: the requests handled, summed over the replicates.
    static func runSweep(_ workload: BenchWorkload, in root: String) throws -> Int {
        try POSIXFiles.createDirectories(root)
        let base = URL(fileURLWithPath: workload.scenarioFile).standardizedFileURL.path
        let vary = BenchWorkload.sweepFactors.map { key -> String in
            let range = ParameterCatalog.spec(for: key)?.plausible
            return "\"\(key)\": {\"min\": \(range?.low ?? 0), \"max\": \(range?.high ?? 1)}"
        }.joined(separator: ", ")
        let file = root + "/bench-sweep.json"
        let text = """
            {"base": "\(base)", "replicates": \(workload.scenario.run.replicates), "weeks": \(workload.scenario.run.weeks),
             "seed": \(workload.scenario.run.seed), "vary": {\(vary)},
             "design": {"type": "latin-hypercube", "points": \(workload.sweepPoints)}}
            """
        guard FileManager.default.createFile(atPath: file, contents: Data(text.utf8)) else {
            throw OutputError.cannotCreateFile(path: file, reason: POSIXFiles.lastErrorReason())
        }
        let plan = try SweepLoader.load(path: file)
        let runner = SweepRunner(plan: plan, shard: .whole, jobs: workload.jobs, folder: root + "/out", resume: false,
                                 force: false, commandLine: ["wijksim", "bench", "--workload", workload.name])
        return try runner.execute().requestsHandled
    }
}
