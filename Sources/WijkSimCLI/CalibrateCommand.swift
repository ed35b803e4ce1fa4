import Foundation
import WijkSim

/// `wijksim calibrate`: fits the `[A]` parameters a calibration file names to its patterns by
/// rejection ABC, on the sweep engine (shards, resume, merge).
package enum CalibrateCommand: Subcommand {
    package static let name = "calibrate"
    package static let abstract = "Fit [A] parameters to the sources' patterns (rejection ABC over their plausible ranges)."
    package static var usage: String { CalibrateOptions.usage }
    package static let help = """
        Fit parameters to target patterns by approximate Bayesian computation (rejection).

        \(CalibrateOptions.usage)

        Arguments:
          CALIBRATION         Calibration file (JSON), e.g. Scenarios/calibration/towns.json
                              (format and distance: docs/CALIBRATION.md).

        Options:
          --out DIR           Results folder (a shard's own folder for a shard; with --merge, where
                              the merged results go). Default: Results/<name>/, and
                              Results/<name>/shard-K/ for shard K.
          --shard K/N         Run only shard K of N of every scenario's samples. Default: from
                              SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT and SLURM_ARRAY_TASK_MIN,
                              or JOB_COMPLETION_INDEX with --shard-count; else everything.
          --shard-count N     Number of shards for JOB_COMPLETION_INDEX.
          --jobs J            Worker threads, 1 to \(BatchFlags.jobsRange.upperBound). Default: all cores.
          --resume            Finish an unfinished calibration or shard in DIR.
          --force             Replace results in DIR that WijkSim wrote; never anything else.
          --quiet             Do not show progress on standard error.
          --merge [SHARD...]  Merge finished shard folders (default: DIR/shard-*) into DIR and
                              analyse them; the files equal those of one process.
          -h, --help          Show this help.

        The prior is uniform over each parameter's plausible range (wijksim params), sampled by a
        latin hypercube; every sample runs in every scenario with the same replicates and seeds.
        Each pattern's statistic is computed from the sample's replicate means; the distance is
        the root mean square of (statistic − target) / scale, 0 inside an interval target; the
        best fraction (or those within a distance) are accepted.
        Files: posterior.csv (sample,distance,<key paths>: the accepted sets), patterns.csv,
        parameters.csv, correlations.csv, samples.csv, calibrated-defaults.json, manifest.json,
        and one sweep folder per scenario.
        Exit codes: 0; 64 usage; 65 a calibration file, scenario or shard that is not what it
        should be; 66 a missing file; 73 a folder that cannot be written or must not be replaced.

        """

    package static func execute(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let options = try CalibrateOptions.parse(arguments)
        let plan = try CalibrationLoader.load(path: options.calibrationPath)
        let console = context.console
        let jobs = options.jobs ?? max(1, context.coreCount)
        for sweep in plan.sweeps { try sweep.base.checkRunFits(file: options.calibrationPath, jobs: jobs) }
        for note in plan.notes { console.writeError("wijksim: note: \(note)\n") }
        let root = options.outputFolder ?? "Results/\(plan.name)"
        if options.isMerging {
            let shards = options.shardFolders.isEmpty ? shardFolders(in: root) : options.shardFolders
            guard !shards.isEmpty else {
                throw CLIError("no shard folders given and none in '\(root)' (expected \(root)/shard-K folders)", usage: usage)
            }
            let merge = CalibrationMerge(plan: plan, shardFolders: shards, destination: root, force: options.isForced, jobs: jobs,
                                         commandLine: context.commandLine)
            let (result, files) = try merge.execute()
            console.writeOutput("Merged \(shards.count) shard\(shards.count == 1 ? "" : "s") of calibration \(plan.name).\n"
                                + CalibrationReport.text(result, plan: plan) + "Files:\n" + files.map { "  \($0)\n" }.joined())
            return 0
        }
        let shard = try options.shard
            ?? SweepShard.fromEnvironment(context.environment, shardCount: options.shardCount)
            ?? .whole
        let folder = options.outputFolder ?? (shard.count == 1 ? root : root + "/" + SweepFiles.shardFolder(shard.index))
        let runner = CalibrationRunner(plan: plan, shard: shard, jobs: jobs, folder: folder, resume: options.isResuming,
                                       force: options.isForced, commandLine: context.commandLine)
        let outcome = try runner.execute(
            progress: { name, total in
                let reporter = ProgressReporter(total: total, label: shard.count == 1 ? "\(plan.name) \(name)" : "\(plan.name) \(name) shard \(shard.description)",
                                                isEnabled: !options.isQuiet, isTerminal: console.isErrorTerminal, write: console.writeError)
                return reporter
            },
            note: { console.writeError("wijksim: note: \($0)\n") })
        var text = "Calibration \(plan.name): \(plan.scenarioNames.count) scenario\(plan.scenarioNames.count == 1 ? "" : "s"), \(plan.samples) samples × \(plan.replicates) replicates"
        if shard.count > 1 { text += ", shard \(shard.description)" }
        text += ", \(outcome.pointsRun) points run in \(SweepReport.seconds(outcome.wallTimeSeconds)) on \(jobs) thread\(jobs == 1 ? "" : "s").\n"
        if let result = outcome.result {
            text += CalibrationReport.text(result, plan: plan)
        } else if shard.count > 1 {
            let parent = (folder as NSString).deletingLastPathComponent
            text += "Merge the shards with: wijksim calibrate \(options.calibrationPath) --merge --out \(parent.isEmpty ? "." : parent)\n"
        }
        text += "Files:\n" + outcome.files.map { "  \($0)\n" }.joined()
        console.writeOutput(text)
        return 0
    }

    /// `root/shard-K` folders, by K.
    static func shardFolders(in root: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return entries.compactMap { name -> (Int, String)? in
            guard name.hasPrefix("shard-"), let index = Int(name.dropFirst(6)) else { return nil }
            return (index, root + "/" + name)
        }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
