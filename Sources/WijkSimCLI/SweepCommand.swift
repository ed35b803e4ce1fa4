import Foundation
import WijkSim

/// `wijksim sweep`: runs every point of a sweep file (or one shard of them) and writes
/// `runs.csv`, `points.csv`, `units.csv`, `units-summary.csv`, `sensitivity.csv` and `manifest.json`.
package enum SweepCommand: Subcommand {
    package static let name = "sweep"
    package static let abstract = "Run a parameter sweep (grid, Latin hypercube, Morris, points) and rank the parameters."
    package static var usage: String { SweepOptions.usage }
    package static let help = """
        Run a parameter sweep and rank the parameters by their effect.

        \(SweepOptions.usage)

        Arguments:
          SWEEP               Sweep file (JSON), e.g. Scenarios/sweeps/barriers-lhs.json
                              (format: docs/SWEEPS.md).

        Options:
          --out DIR           Results folder. Default: Results/<sweep name>/, and
                              Results/<sweep name>/shard-K/ for shard K.
          --shard K/N         Run only shard K of N (0 <= K < N): a contiguous block of points.
                              Default: from SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT and
                              SLURM_ARRAY_TASK_MIN (an sbatch --array job), or JOB_COMPLETION_INDEX
                              with --shard-count (a Kubernetes indexed job); else the whole sweep.
          --shard-count N     Number of shards for JOB_COMPLETION_INDEX.
          --jobs J            Worker threads, 1 to \(BatchFlags.jobsRange.upperBound). Default: all cores.
          --resume            Finish an unfinished sweep in DIR (after a crash, kill -9 or a full
                              disk): only the missing points run, and the files end up byte-identical
                              to an uninterrupted run.
          --force             Replace results in DIR that WijkSim wrote; never anything else.
          --quiet             Do not show progress on standard error.
          --excel             Also write runs-excel.csv, points-excel.csv and sensitivity-excel.csv
                              (and units-excel.csv, units-summary-excel.csv) (semicolons, decimal
                              commas, UTF-8 byte-order mark) for Excel in a Dutch locale, when the
                              whole sweep is done (a shard: after the merge).
          --units on|off      Write units.csv and units-summary.csv: results per point and
                              neighbourhood, connector and department. Default: on. Off for very
                              large sweeps (the baseline town: 115 rows, 6 kB per replicate, about
                              four times runs.csv). A resume and every shard of a sweep keep one setting.
          -h, --help          Show this help.

        Replicate i of every point uses the seed derived from (seed, i) only: points are paired
        by common random numbers, and the files do not depend on --jobs or on the shards.
        Combine shards with 'wijksim merge DIR... --out DIR'.
        Files: runs.csv (point, varied parameters, replicate, seed, every metric), points.csv
        (point, varied parameters, mean and 95% interval of every metric), sensitivity.csv
        (ranking per key metric; whole sweeps and merges only), manifest.json (resolved sweep,
        its hash, version, shard), completed.log (what is done, for --resume and merge).
        Unless --units off: units.csv (point, replicate, unit_type, unit, metric, value: the rows
        of 'wijksim run' of the point; its parameters are in points.csv) and units-summary.csv
        (per point, unit and metric: n, mean, sd, 95% interval).

        """

    package static func execute(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let options = try SweepOptions.parse(arguments)
        let plan = try SweepLoader.load(path: options.sweepPath)
        let console = context.console
        let shard = try options.shard
            ?? SweepShard.fromEnvironment(context.environment, shardCount: options.shardCount)
            ?? .whole
        let jobs = options.jobs ?? max(1, context.coreCount)
        try plan.base.checkRunFits(file: options.sweepPath, jobs: jobs)
        let folder = options.outputFolder
            ?? (shard.count == 1 ? "Results/\(plan.name)" : "Results/\(plan.name)/\(SweepFiles.shardFolder(shard.index))")
        for note in plan.notes { console.writeError("wijksim: note: \(note)\n") }
        let points = shard.points(of: plan.pointCount)
        let progress = ProgressReporter(total: points.count * plan.replicates,
                                        label: shard.count == 1 ? plan.name : "\(plan.name) shard \(shard.description)",
                                        isEnabled: !options.isQuiet, isTerminal: console.isErrorTerminal,
                                        write: console.writeError)
        progress.replicatesPerPoint = plan.replicates
        var runner = SweepRunner(plan: plan, shard: shard, jobs: jobs, folder: folder, resume: options.isResuming,
                                 force: options.isForced, commandLine: context.commandLine)
        runner.writesUnits = options.writesUnits
        var outcome = try runner.execute(progress: progress, note: { console.writeError("wijksim: note: \($0)\n") })
        if options.writesExcel, shard.count == 1, outcome.pointsRun + outcome.pointsResumed == points.count {
            outcome.files += try ExcelCopy.writeCopies(in: folder, files: SweepFiles.excelSources).map { folder + "/" + $0 }
        }
        var text = "Sweep \(plan.name): \(plan.design.typeName), \(plan.pointCount) points × \(plan.replicates) replicates"
        if shard.count > 1 { text += ", shard \(shard.description) (points \(points.lowerBound)–\(max(points.lowerBound, points.upperBound - 1)))" }
        text += ", \(outcome.pointsRun) points run"
        if outcome.pointsResumed > 0 { text += " (\(outcome.pointsResumed) were done before)" }
        text += " in \(SweepReport.seconds(outcome.wallTimeSeconds)) on \(jobs) thread\(jobs == 1 ? "" : "s").\n"
        if let ranking = outcome.ranking { text += SweepReport.ranking(ranking) }
        else if shard.count > 1 { text += "Merge the shards with: wijksim merge Results/\(plan.name)/shard-* --out Results/\(plan.name)\n" }
        text += "Files:\n" + outcome.files.map { "  \($0)\n" }.joined()
        console.writeOutput(text)
        return 0
    }
}

/// `wijksim merge`: combines the shard folders of one sweep.
package enum MergeCommand: Subcommand {
    package static let name = "merge"
    package static let abstract = "Merge the shard folders of a sweep into one results folder."
    package static let usage = "Usage: wijksim merge DIR... --out DIR [--sweep FILE] [--force] [--excel]"
    package static let help = """
        Merge the shard folders of a sweep into the files one process would have written.

        \(usage)

        Arguments:
          DIR...              The shard folders (Results/NAME/shard-*), in any order: of a sweep, or of
                              'wijksim compare ... --worlds N' (worlds.csv, worlds-summary.csv, manifest.json).

        Options:
          --out DIR           Where to write runs.csv, points.csv, sensitivity.csv and manifest.json,
                              and units.csv and units-summary.csv when the shards wrote them
                              (may be the folder holding the shards).
          --sweep FILE        The sweep file, if not at the path the shards' manifests record.
          --force             Replace those files if DIR already has them and its manifest.json
                              was written by WijkSim.
          --excel             Also write *-excel.csv copies for Excel in a Dutch locale.
          -h, --help          Show this help.

        Refuses, naming the folder: shards of another sweep (hash) or split, missing or
        overlapping shards, unfinished shards, shards run with different --units, and
        truncated or changed files.

        """

    static let scanner = ArgumentScanner(options: [
        .value("--out", expected: "a folder path"),
        .value("--sweep", expected: "a sweep file"),
        .flag("--force"),
        .flag("--excel"),
    ], usage: usage)

    package static func execute(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let scanned = try scanner.scan(arguments)
        guard !scanned.positionals.isEmpty else {
            throw CLIError("missing argument DIR (the shard folders, e.g. Results/barriers-lhs/shard-*)", usage: usage)
        }
        guard let out = scanned.values["--out"], !out.isEmpty else {
            throw CLIError("missing option --out DIR (where to write the merged files)", usage: usage)
        }
        if WorldsManifest.isWorlds(scanned.positionals[0] + "/" + WorldsFiles.manifest) {
            // Shards of `wijksim compare … --worlds N`: merged by WorldsMerge (CompareWorldsCommand).
            return try CompareWorldsCommand.merge(scanned, out: out, context: context)
        }
        var merge = SweepMerge(folders: scanned.positionals, destination: out, force: scanned.flags.contains("--force"),
                               sweepFile: scanned.values["--sweep"], commandLine: context.commandLine)
        merge.writesExcel = scanned.flags.contains("--excel")
        let (plan, ranking, files) = try merge.execute()
        var text = "Merged \(scanned.positionals.count) shard\(scanned.positionals.count == 1 ? "" : "s") of sweep \(plan.name) (\(plan.pointCount) points × \(plan.replicates) replicates).\n"
        text += SweepReport.ranking(ranking)
        text += "Files:\n" + files.map { "  \($0)\n" }.joined()
        context.console.writeOutput(text)
        return 0
    }
}
