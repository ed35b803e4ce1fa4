import Foundation

/// One `wijksim run`: the replicates of a resolved scenario run in parallel and written to a
/// results folder (`runs.csv`, `summary.csv`, `timeseries.csv`, `manifest.json`, unless
/// ``writesUnits`` is off `units.csv` and `units-summary.csv`, plus any extras), committed
/// only when everything is written.
///
/// `wijksim run` and the `bench` user path both call ``execute(progress:note:)``, so the bench
/// measures exactly what a user runs.
public struct RunJob: Sendable {
    /// The scenario as resolved, command-line overrides applied (checked with `checkRunFits`).
    public var scenario: Scenario
    /// The file it came from, for the manifest.
    public var scenarioFile: String
    /// Worker threads, at least 1.
    public var jobs: Int
    /// The results folder to create or replace.
    public var destination: String
    /// Whether an existing WijkSim results folder may be replaced (`--force`).
    public var isForced: Bool
    /// The command line, for the manifest.
    public var commandLine: [String]
    /// Whether `units.csv` and `units-summary.csv` are written (`--units on`, the default).
    public var writesUnits = true
    /// Writes extra files (report, Excel copies) into the partial folder before it is committed;
    /// returns their names. Default: none.
    public var writeExtras: @Sendable (_ partialFolder: String) throws(OutputError) -> [String] = { _ in [] }

    /// What a finished run gives back.
    public struct Outcome: Sendable {
        /// Per-metric summaries over the replicates, in metric order.
        public var summaries: [MetricSummary]
        /// Wall time from the start to the manifest. Unit: seconds.
        public var wallTimeSeconds: Double
        /// The final paths of every file written, `runs.csv` first.
        public var files: [String]
        /// Requests handled, summed over the replicates.
        public var requestsHandled: Int
    }

    /// Creates a job.
    public init(scenario: Scenario, scenarioFile: String, jobs: Int, destination: String, isForced: Bool,
                commandLine: [String]) {
        self.scenario = scenario
        self.scenarioFile = scenarioFile
        self.jobs = jobs
        self.destination = destination
        self.isForced = isForced
        self.commandLine = commandLine
    }

    /// Runs every replicate and commits the results folder.
    /// - Parameters:
    ///   - progress: Told the replicates done; finished on success and on error.
    ///   - note: Receives notes about the destination (e.g. stale leftovers removed).
    /// - Throws: ``OutputError`` (73) when the folder cannot be written; nothing is left behind
    ///   but the previous results.
    public func execute(progress: ProgressReporter? = nil, note: @escaping (String) -> Void = { _ in }) throws(OutputError) -> Outcome {
        let startTime = Date()
        let clockStart = ProgressReporter.monotonicSeconds()
        let folder = try ResultsFolder(destination: destination, force: isForced, note: note)
        defer { folder.discard() }
        let recorder = try RunRecorder(scenarioName: scenario.name, weeks: scenario.run.weeks, path: folder.path(for:))
        let unitRecorder = try writesUnits
            ? UnitRecorder(entries: [.init(name: scenario.name, layout: UnitLayout(scenario: scenario))],
                           pairsVariants: false, path: folder.path(for:))
            : nil
        let runner = BatchRunner(replicates: scenario.run.replicates, jobs: jobs, masterSeed: scenario.run.seed)
        let frozen = scenario
        var requests = 0
        defer { progress?.finish() }
        try runner.run(
            work: { _, seed in Simulation.runReplicate(scenario: frozen, seed: seed) },
            consume: { (item: BatchItem<ReplicateResult>) throws(OutputError) in
                requests += item.output.requestsHandled
                try recorder.record(replicate: item.replicate, seed: item.seed, result: item.output)
                try unitRecorder?.record(replicate: item.replicate, results: [item.output])
            },
            progress: { progress?.update(done: $0) })
        let summaries = try recorder.finish()
        let unitFiles = try unitRecorder?.finish() ?? []
        let wallTime = ProgressReporter.monotonicSeconds() - clockStart
        let manifest = try Manifest.run(
            resolvedScenarioJSON: ScenarioLoader.resolvedJSON(scenario), scenarioFile: scenarioFile,
            settings: Manifest.Settings(seed: scenario.run.seed, replicates: scenario.run.replicates,
                                        weeks: scenario.run.weeks, jobs: jobs, commandLine: commandLine,
                                        startTime: startTime, wallTimeSeconds: wallTime))
        try manifest.write(to: folder.path(for: RunRecorder.manifestFile))
        let extras = try writeExtras(folder.partialPath)
        try folder.commit()
        let files = ([RunRecorder.runsFile, RunRecorder.summaryFile, RunRecorder.timeSeriesFile,
                      RunRecorder.manifestFile] + unitFiles + extras).map(folder.finalPath(for:))
        return Outcome(summaries: summaries, wallTimeSeconds: wallTime, files: files, requestsHandled: requests)
    }
}
