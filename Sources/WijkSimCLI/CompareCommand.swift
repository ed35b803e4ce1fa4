import WijkSim
import WijkSimBench
import Foundation

/// `wijksim compare`: runs a base scenario and one or more variants with common random
/// numbers and writes the paired differences (`comparison.csv`,
/// `comparison-timeseries.csv`, `manifest.json`).
///
/// Replicate *i* of every scenario uses the seed `SeedDerivation.replicateSeed(master: seed,
/// replicate: i)`, so each variant is compared with the base replicate by replicate: the
/// same residents raise the same requests until the intervention makes them diverge, and
/// most of the Monte Carlo noise cancels in the difference. One ``BatchRunner`` work item
/// runs replicate *i* of the base and of every variant; ``ComparisonRecorder`` aggregates
/// the pairs as they arrive, in replicate order, so memory stays flat and the files are
/// byte-identical for any `--jobs`.
package enum CompareCommand: Subcommand {
    package static let name = "compare"
    package static let abstract = "Compare variants with a base scenario: paired effects with 95% intervals."
    package static var usage: String { CompareOptions.usage }
    package static let help = """
        Compare variants with a base scenario: paired effects with 95% intervals.

        \(CompareOptions.usage)

        Arguments:
          BASE                Base scenario file (JSON), e.g. Scenarios/katwijk.json.
          VARIANT...          One or more scenario files to compare with BASE,
                              e.g. Scenarios/katwijk-transition-manager.json.

        Options:
          --replicates N      Replicates per scenario, 1 to \(RunSettings.replicatesRange.upperBound). Default: BASE's run.replicates.
          --seed S            Master seed, 0 to 2^63. Default: BASE's run.seed.
          --weeks W           Recorded weeks, 1 to \(RunSettings.weeksRange.upperBound). Default: BASE's run.weeks.
          --jobs J            Worker threads, 1 to \(BatchFlags.jobsRange.upperBound). Default: all cores.
          --out DIR           Results folder. Default: Results/compare-<base name>/.
          --force             Replace DIR if WijkSim wrote it (once the new results are complete);
                              never a file, a link or a folder with other content.
          --quiet             Do not show progress on standard error.
          --report            Also write report.html: forest plots, weekly differences and key
                              numbers in one HTML file (see 'wijksim help report').
          --excel             Also write comparison-excel.csv and comparison-timeseries-excel.csv
                              (semicolons, decimal commas, UTF-8 byte-order mark) for Dutch Excel.
          --lang L            Language of the summary and the report: en or nl. Default: en.
          --units on|off      Write units.csv, units-summary.csv and units-comparison.csv: results
                              per neighbourhood, connector and department. Default: on. The
                              neighbourhood rows of comparison-decomposition.csv are written either way.
          -h, --help          Show this help.
        \(CompareWorldsCommand.optionsHelp)
        --replicates, --seed and --weeks take the ranges of the scenario file's run section.
        Give each option at most once, and each scenario file once (BASE and VARIANTs must be
        different files).
        Every scenario runs with BASE's run section (weeks, warm-up, replicates, seed), as
        overridden on the command line; the variants' own run sections are not used.
        Replicate i of every scenario uses the same seed, derived from (seed, i): common random
        numbers, so differences are paired replicate by replicate. Results do not depend on --jobs.

        Files:
          comparison.csv             One row per variant and scalar metric: base,variant,metric,n,
                                     base_mean,variant_mean,difference (variant - base),ci_low,ci_high
                                     (paired 95% t interval),relative_change (difference / base_mean),
                                     excludes_zero,unpaired_ci_low,unpaired_ci_high (Welch, for reference).
                                     A replicate where either value is missing is left out; n counts pairs.
          comparison-decomposition.csv
                                     Where the change in connected requests comes from: base,variant,
                                     route (connector; general = general channel and app; reverse =
                                     department call-ins; all),kind (question, signal, initiative,
                                     conflict, all),neighbourhood (a neighbourhood of BASE, or all),
                                     base_mean,variant_mean,difference,ci_low,ci_high (paired 95%),
                                     share_of_total (difference / the all,all,all difference). Per
                                     variant: the route x kind rows (neighbourhood all), then one row
                                     per neighbourhood (route and kind all; a request belongs to the
                                     neighbourhood of the resident who raised it), then the total
                                     all,all,all (connected_all). Either set of parts adds up to the
                                     total. No neighbourhood rows for a variant whose neighbourhoods
                                     are not BASE's.
          comparison-timeseries.csv  base,variant,week,metric,difference,ci_low,ci_high for every week
                                     and weekly metric.
          units.csv                  Unless --units off: scenario,replicate,unit_type,unit,metric,value
                                     per replicate of every scenario (base first), neighbourhood,
                                     connector and department.
          units-summary.csv          Per scenario, unit and metric: n, mean, sd and 95% interval.
          units-comparison.csv       Per variant, unit and metric the base has too: the paired
                                     difference (variant - base) with its 95% interval.
          manifest.json              Version, scenario files, resolved scenarios, seed (a JSON string,
                                     so that every digit survives), command line.
        Missing values are written as NA.

        Standard output: a table sorted by the effect on the connection rate (largest first), in
        percentage points, with the connector route and the side effects below; then per variant
        one sentence and one line on where the change comes from. Weeks are those of
        comparison-timeseries.csv (week 1 = the first recorded week).
        The connection rate is the cohort's (connection_rate_cohort_all: requests raised at least
        the residents' mean patience before the end, so open requests do not count as failures);
        when a cohort is empty (fewer weeks than the patience), every variant's is
        connection_rate_all, and the line under the table says so.

        Side effects: the sentence names each of these metrics whose change is clear (its paired
        95% interval excludes zero) and material (at least every threshold given), after "but"
        when it goes the unwelcome way and the connection rate rose clearly:
        \(SideEffect.helpLines.joined(separator: "\n"))
        Relative changes and their intervals are the paired difference over the base mean.

        Where from: connected requests are split by route (connector, general channel incl. app,
        reverse flow) x kind, and by neighbourhood. When the total change is clear, the line names
        the route x kind (or else the route) carrying at least half of it, with its change
        ("mostly signals via the connector (+80.0)"), and every other route as "unchanged"
        (interval covers zero) or with its change; then the neighbourhood carrying at least half
        of it, if its own interval excludes zero, with its change and its share of the base's
        connected requests ("mostly in Wijk 3 (+60.0; 25% of connected requests in the base)"),
        else "spread over the neighbourhoods", adding "most in Wijk 5 (...)" when that part is
        clearly the largest (its 95% interval excludes zero and lies beyond every other
        neighbourhood's, on the side of the total). When the total change is not clear: every route,
        then the neighbourhoods whose change is clear, largest first (or "neighbourhoods
        unchanged"). Nothing is said of neighbourhoods in a town of one.

        Time pattern, read from the weekly difference in connection_rate:
          Clear week: per replicate, the trailing mean of the weekly difference over 8 weeks (the
          week and the 7 before it); a week is clear when the 95% interval of that trailing mean
          lies beyond half the overall weekly effect (the mean weekly difference over all weeks),
          on the side of the overall effect. "Clear" means at least half its average size, not
          merely different from zero.
          Segments: runs of at least 9 clear weeks (shorter runs are noise); two less than 8 weeks
          apart are one. A segment is shown as weeks a-b: a is its first clear week, b the last
          week of its final 8-week window whose own mean difference is beyond the threshold.
          Visible from week W: W is the first week of the first segment. Otherwise: "not clearly
          visible in any week".
          Starts in week S: going back from W, the first of the weeks whose trailing interval lies
          wholly on the effect's side of zero; said when S is after week 8 and before W.
          Fades after week F: one segment, whose last clear week is at least 8 weeks before the
          end; F is its last week.
          Recurs yearly: two or more segments, each starting or ending 52 +/- 8 weeks after the
          previous one, or starting at most 8 weeks after a turn of the year (absolute week a
          multiple of 52, when yearly budgets are renewed) that follows the previous one: a
          yearly budget that runs out and is renewed. Other repeats: "visible on and off".

        \(CompareWorldsCommand.help)
        """

    package static func execute(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let options = try CompareOptions.parse(arguments)
        try options.checkDistinctFiles()
        if options.worlds.isRequested { return try CompareWorldsCommand.execute(options, context: context) }
        var loaded = [try ScenarioLoader.resolve(path: options.basePath)]
        for path in options.variantPaths { loaded.append(try ScenarioLoader.resolve(path: path)) }
        var settings = loaded[0].scenario.run
        if let replicates = options.replicates { settings.replicates = replicates }
        if let seed = options.seed { settings.seed = seed }
        if let weeks = options.weeks { settings.weeks = weeks }
        for index in loaded.indices {
            loaded[index].scenario.run = settings
            loaded[index].resolvedJSON = ScenarioLoader.resolvedJSON(loaded[index].scenario)
        }
        let jobs = options.jobs ?? max(1, context.coreCount)
        for (item, path) in zip(loaded, [options.basePath] + options.variantPaths) { try item.scenario.checkRunFits(file: path, jobs: jobs) }
        let destination = options.outputFolder ?? "Results/compare-\(loaded[0].scenario.name)/"
        let report = try compare(loaded, paths: [options.basePath] + options.variantPaths, jobs: jobs,
                                 destination: destination, options: options, context: context)
        context.console.writeOutput(report.text)
        return 0
    }

    /// Runs the base (`scenarios[0]`) and the variants, each with its run section already
    /// set to the common settings, and writes the results folder.
    /// - Parameter paths: the scenario files as given, base first (for the manifest).
    /// - Returns: the report printed on stdout.
    /// - Throws: ``OutputError`` (73) when the folder cannot be written; nothing is left behind
    ///   but the previous results.
    static func compare(_ scenarios: [LoadedScenario], paths: [String], jobs: Int, destination: String,
                        options: CompareOptions, context: CommandContext) throws(OutputError) -> CompareReport {
        let startTime = Date()
        let clockStart = ProgressReporter.monotonicSeconds()
        let folder = try ResultsFolder(destination: destination, force: options.isForced,
                                       note: { context.console.writeError("wijksim: note: \($0)\n") })
        defer { folder.discard() }
        let settings = scenarios[0].scenario.run
        let frozen = scenarios.map(\.scenario)
        let layouts = frozen.map(UnitLayout.init(scenario:))
        var recorder = ComparisonRecorder(baseName: frozen[0].name, variantNames: frozen.dropFirst().map(\.name),
                                          weeks: settings.weeks, warmupWeeks: settings.warmupWeeks, layouts: layouts)
        let console = context.console
        let progress = ProgressReporter(total: settings.replicates, label: "compare \(frozen[0].name)",
                                        isEnabled: !options.isQuiet, isTerminal: console.isErrorTerminal,
                                        write: console.writeError)
        let unitRecorder = try options.writesUnits
            ? UnitRecorder(entries: zip(frozen, layouts).map { .init(name: $0.name, layout: $1) },
                           pairsVariants: true, path: folder.path(for:))
            : nil
        let runner = BatchRunner(replicates: settings.replicates, jobs: jobs, masterSeed: settings.seed)
        defer { progress.finish() }
        try runner.run(
            work: { _, seed in frozen.map { Simulation.runReplicate(scenario: $0, seed: seed) } },
            consume: { (item: BatchItem<[ReplicateResult]>) throws(OutputError) in
                recorder.record(base: item.output[0], variants: Array(item.output.dropFirst()))
                try unitRecorder?.record(replicate: item.replicate, results: item.output)
            },
            progress: progress.update(done:))
        progress.finish()
        try recorder.write(path: folder.path(for:))
        let unitFiles = try unitRecorder?.finish() ?? []
        let wallTime = ProgressReporter.monotonicSeconds() - clockStart
        let entries = zip(scenarios, paths).map { loaded, path in
            Manifest.Entry(scenarioFile: path, filesRead: loaded.files, resolvedScenarioJSON: loaded.resolvedJSON)
        }
        let manifest = try Manifest.comparison(
            base: entries[0], variants: Array(entries.dropFirst()),
            settings: Manifest.Settings(seed: settings.seed, replicates: settings.replicates, weeks: settings.weeks,
                                        jobs: jobs, commandLine: context.commandLine, startTime: startTime,
                                        wallTimeSeconds: wallTime))
        try manifest.write(to: folder.path(for: ComparisonRecorder.manifestFile))
        let extras = try ResultsExtras.write(in: folder.partialPath, report: options.writesReport,
                                             excel: options.writesExcel, language: options.language)
        try folder.commit()
        let headline = CompareReport.headlineMetric(of: recorder)
        let variants = frozen.indices.dropFirst().map { index in
            CompareReport.Variant(recorder: recorder, variant: index - 1, baseName: frozen[0].name, headlineMetric: headline)
        }
        let files = ([ComparisonRecorder.comparisonFile, ComparisonRecorder.decompositionFile, ComparisonRecorder.timeSeriesFile,
                      ComparisonRecorder.manifestFile] + unitFiles + extras).map(folder.finalPath(for:))
        return CompareReport(baseName: frozen[0].name, replicates: settings.replicates, weeks: settings.weeks,
                             seed: settings.seed, variants: variants, wallTimeSeconds: wallTime, jobs: jobs,
                             files: files, language: options.language)
    }
}
