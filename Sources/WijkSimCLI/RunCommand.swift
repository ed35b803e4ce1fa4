import WijkSim
import WijkSimBench
import Foundation

/// `wijksim run`: runs the replicates of one scenario and writes a results folder
/// (`runs.csv`, `summary.csv`, `timeseries.csv`, `manifest.json`).
package enum RunCommand: Subcommand {
    package static let name = "run"
    package static let abstract = "Run the replicates of one scenario and write its results folder."
    package static var usage: String { RunOptions.usage }
    package static let help = """
        Run the replicates of one scenario and write its results folder.

        \(RunOptions.usage)

        Arguments:
          SCENARIO            Scenario file (JSON), e.g. Scenarios/baseline.json.

        Options:
          --replicates N      Replicates to run, 1 to \(RunSettings.replicatesRange.upperBound). Default: the scenario's run.replicates.
          --seed S            Master seed, 0 to 2^63. Default: the scenario's run.seed.
          --weeks W           Recorded weeks, 1 to \(RunSettings.weeksRange.upperBound). Default: the scenario's run.weeks.
          --jobs J            Worker threads, 1 to \(BatchFlags.jobsRange.upperBound). Default: all cores.
          --out DIR           Results folder. Default: Results/<scenario name>/.
          --force             Replace DIR if WijkSim wrote it (once the new results are complete);
                              never a file, a link or a folder with other content.
          --quiet             Do not show progress on standard error.
          --report            Also write report.html: charts and key numbers in one HTML file
                              that opens offline and prints on A4 (see 'wijksim help report').
          --excel             Also write *-excel.csv copies (semicolons, decimal commas, UTF-8
                              byte-order mark) for Excel in a Dutch locale.
          --lang L            Language of the summary and the report: en or nl. Default: en.
          --units on|off      Write units.csv and units-summary.csv: results per neighbourhood,
                              connector and department. Default: on.
          -h, --help          Show this help.

        --replicates, --seed and --weeks take the ranges of the scenario file's run section.
        Give each option at most once.
        Replicate i uses a seed derived from (seed, i) only, so results do not depend on --jobs.
        Files: runs.csv (one row per replicate), summary.csv (one row per metric),
        timeseries.csv (per week and metric), manifest.json (version, resolved scenario, command),
        units.csv (per replicate, neighbourhood/connector/department and unit metric) and
        units-summary.csv (per unit and metric: n, mean, sd, 95% interval) unless --units off;
        with --report report.html, with --excel runs-excel.csv, summary-excel.csv, timeseries-excel.csv
        (and units-excel.csv, units-summary-excel.csv).
        Missing values are written as NA. Seeds are text: in runs.csv 's' and the digits
        (s14710937528331946021), in manifest.json a JSON string, so that every digit survives.

        """

    package static func execute(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let options = try RunOptions.parse(arguments)
        var scenario = try ScenarioLoader.load(path: options.scenarioPath)
        if let replicates = options.replicates { scenario.run.replicates = replicates }
        if let seed = options.seed { scenario.run.seed = seed }
        if let weeks = options.weeks { scenario.run.weeks = weeks }
        let jobs = options.jobs ?? max(1, context.coreCount)
        try scenario.checkRunFits(file: options.scenarioPath, jobs: jobs)
        let destination = options.outputFolder ?? "Results/\(scenario.name)/"
        let report = try run(scenario: scenario, scenarioPath: options.scenarioPath, jobs: jobs,
                             destination: destination, options: options, context: context)
        context.console.writeOutput(report.text)
        return 0
    }

    /// Runs `scenario` as resolved (overrides applied) and writes its results folder (a ``RunJob``).
    /// - Returns: the report printed on stdout.
    /// - Throws: ``OutputError`` (73) when the folder cannot be written; nothing is left behind
    ///   but the previous results.
    static func run(scenario: Scenario, scenarioPath: String, jobs: Int, destination: String,
                    options: RunOptions, context: CommandContext) throws(OutputError) -> RunReport {
        let console = context.console
        var job = RunJob(scenario: scenario, scenarioFile: scenarioPath, jobs: jobs, destination: destination,
                         isForced: options.isForced, commandLine: context.commandLine)
        let (report, excel, language) = (options.writesReport, options.writesExcel, options.language)
        job.writesUnits = options.writesUnits
        job.writeExtras = { (partial: String) throws(OutputError) -> [String] in
            try ResultsExtras.write(in: partial, report: report, excel: excel, language: language)
        }
        let progress = ProgressReporter(total: scenario.run.replicates, label: scenario.name,
                                        isEnabled: !options.isQuiet, isTerminal: console.isErrorTerminal,
                                        write: console.writeError)
        let outcome = try job.execute(progress: progress, note: { console.writeError("wijksim: note: \($0)\n") })
        return RunReport(scenarioName: scenario.name, replicates: scenario.run.replicates,
                         weeks: scenario.run.weeks, seed: scenario.run.seed, summaries: outcome.summaries,
                         wallTimeSeconds: outcome.wallTimeSeconds, jobs: jobs, files: outcome.files, language: options.language)
    }
}
