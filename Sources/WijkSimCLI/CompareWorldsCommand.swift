import Foundation
import WijkSim

/// `wijksim compare BASE VARIANT... --worlds N`: the paired comparison in each of N
/// plausible worlds, and the verdict over them (``WorldsPlan``, ``WorldsRunner``,
/// ``WorldsSummary``). Reached from ``CompareCommand`` when `--worlds` or `--worlds-from`
/// is given.
package enum CompareWorldsCommand {
    /// The options' lines in `wijksim compare --help`.
    package static let optionsHelp = """

        Verdict over plausible worlds (see below):
          --worlds N          Draw N worlds, 1 to \(WorldsPlan.worldsRange.upperBound): a latin hypercube over the plausible
                              ranges of every assumed parameter. With --worlds-from: its first N rows.
          --worlds-from FILE  Take the worlds from a calibration posterior (header sample,distance,<key paths>;
                              docs/SWEEPS.md). Without --worlds: every row.
          --shard K/N         Run only shard K of N (a block of worlds); default from SLURM_ARRAY_TASK_ID
                              (or JOB_COMPLETION_INDEX with --shard-count N). Merge with 'wijksim merge'.
          --shard-count N     The shard count of a Kubernetes indexed job.
          --resume            Finish an interrupted run or shard in DIR.
        With --worlds, --replicates is per scenario in each world (default \(WorldsPlan.defaultReplicates), at least 2)
        and DIR defaults to Results/compare-<base name>-worlds/ (shard K: .../shard-K/).

        """

    /// The section of `wijksim compare --help` on worlds.
    package static let help = """

        Verdict over plausible worlds (--worlds N, --worlds-from FILE):
          Each world sets every assumed parameter ([A] or [C] in 'wijksim params', or a plausible
          range whose size is assumed) to a value from its plausible range, in the base and in
          every variant, except where a variant holds its own value (its interventions, or any
          parameter it changes from the base): there it keeps it. Shares that must sum to 1
          (requests.mix, requests.departmentCountShares) and the election calendar are not
          varied; a list whose elements differ in the base is varied element by element.
          In each world, replicate i of every scenario uses the seed derived from (seed, i).
          Per variant: the share of worlds where the effect on \(WorldsFiles.headlineMetric) (the cohort
          connection rate; \(WorldsFiles.allRequestsHeadlineMetric) when the weeks do not exceed the longest
          patience a world may draw; the manifest's headlineMetric says which) is clearly
          positive (paired 95% interval above 0), clearly negative or unclear, the median effect
          and the range of the middle 90% of worlds, and the assumptions the effect depends on
          most (partial rank correlation of the effect with each parameter over worlds, with
          Fisher-z 95% intervals; with fewer worlds than the parameters + 32, rank correlation).
          Files: worlds.csv (one row per world and variant: world, variant, the parameters,
          effect, ci_low, ci_high, verdict, base_mean, <side effect>_difference, <side effect>_finding:
          worse, better or none as the single-world verdict would name it), worlds-summary.csv
          (variant, measure, parameter, estimate, ci_low, ci_high, rank, n, note), manifest.json,
          completed.log (for --resume and merge). Results do not depend on --jobs or the shards.
          Slurm: sbatch --array=0-15 scripts/slurm-worlds.sh BASE VARIANT... --worlds 1000

        """

    /// Runs the worlds and prints the verdicts (or, for a shard, what it did).
    static func execute(_ options: CompareOptions, context: CommandContext) throws -> Int32 {
        let console = context.console
        let flags = options.worlds
        let setup = WorldsPlan.Setup(baseFile: options.basePath, variantFiles: options.variantPaths, worlds: flags.worlds,
                                     posteriorFile: flags.posteriorFile,
                                     replicates: options.replicates ?? WorldsPlan.defaultReplicates,
                                     seed: options.seed, weeks: options.weeks)
        let plan = try WorldsPlan.load(setup)
        let shard = try flags.shard ?? SweepShard.fromEnvironment(context.environment, shardCount: flags.shardCount) ?? .whole
        let jobs = options.jobs ?? max(1, context.coreCount)
        for (scenario, path) in zip(plan.scenarios, [options.basePath] + options.variantPaths) {
            try scenario.checkRunFits(file: path, jobs: jobs)
        }
        let parent = options.outputFolder.map { $0.hasSuffix("/") && $0.count > 1 ? String($0.dropLast()) : $0 }
            ?? "Results/compare-\(plan.baseName)-worlds"
        let folder = options.outputFolder == nil && shard.count > 1 ? parent + "/" + SweepFiles.shardFolder(shard.index) : parent
        let worlds = shard.points(of: plan.worldCount)
        let progress = ProgressReporter(total: worlds.count * plan.replicates,
                                        label: shard.count == 1 ? "worlds \(plan.baseName)" : "worlds \(plan.baseName) shard \(shard.description)",
                                        isEnabled: !options.isQuiet, isTerminal: console.isErrorTerminal,
                                        write: console.writeError)
        progress.replicatesPerPoint = plan.replicates
        let runner = WorldsRunner(plan: plan, shard: shard, jobs: jobs, folder: folder, resume: flags.isResuming,
                                  force: options.isForced, commandLine: context.commandLine)
        var outcome = try runner.execute(progress: progress, note: { console.writeError("wijksim: note: \($0)\n") })
        if options.writesExcel, let _ = outcome.summary {
            outcome.files += try ExcelCopy.writeCopies(in: folder, files: WorldsFiles.excelSources).map { folder + "/" + $0 }
        }
        let t = Localizer(options.language)
        guard let summary = outcome.summary else {
            let resumed = outcome.worldsResumed > 0 ? ", \(outcome.worldsResumed) done before" : ""
            var text = t(.worldsShardDone, shard.description, "\(worlds.lowerBound)–\(max(worlds.lowerBound, worlds.upperBound - 1))",
                         String(outcome.worldsRun), resumed) + "\n"
            if outcome.worldsRun + outcome.worldsResumed == worlds.count {
                text += t(.worldsMergeHint, options.outputFolder == nil ? parent : "DIR") + "\n"
            }
            text += t(.worldsFiles) + "\n" + outcome.files.map { "  \($0)\n" }.joined()
            console.writeOutput(text)
            return 0
        }
        let report = WorldsReport(plan: plan, summary: summary, wallTimeSeconds: outcome.wallTimeSeconds, jobs: jobs,
                                  files: outcome.files, language: options.language)
        console.writeOutput(report.text)
        return 0
    }
}

extension CompareWorldsCommand {
    /// `wijksim merge` of worlds shards: writes the merged files and prints the verdicts.
    static func merge(_ scanned: ArgumentScanner.Scanned, out: String, context: CommandContext) throws -> Int32 {
        if scanned.values["--sweep"] != nil {
            throw CLIError("--sweep: these are shards of 'wijksim compare ... --worlds', not of a sweep; leave --sweep out", usage: MergeCommand.usage)
        }
        let merge = WorldsMerge(folders: scanned.positionals, destination: out, force: scanned.flags.contains("--force"),
                                commandLine: context.commandLine)
        var (plan, summary, files) = try merge.execute()
        if scanned.flags.contains("--excel") {
            files += try ExcelCopy.writeCopies(in: out, files: WorldsFiles.excelSources).map { out + "/" + $0 }
        }
        let report = WorldsReport(plan: plan, summary: summary, wallTimeSeconds: nil, jobs: 1, files: files, language: .english)
        context.console.writeOutput("Merged \(scanned.positionals.count) shard\(scanned.positionals.count == 1 ? "" : "s") of the worlds of \(plan.baseName).\n" + report.text)
        return 0
    }
}
