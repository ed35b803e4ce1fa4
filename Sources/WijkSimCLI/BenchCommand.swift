import WijkSim
import WijkSimBench
import Foundation

/// `wijksim bench`: runs fixed workloads, each in a fresh child process, and prints a
/// table of wall time, throughput and peak memory, also written as `bench.csv`.
///
/// The parent plans the workloads (``BenchPlan``), starts `wijksim bench --workload NAME`
/// for each (``WorkloadLauncher``), reads back one ``BenchMeasurement`` line per child,
/// and builds the ``BenchTable``. A child runs its workload with ``WorkloadRunner``.
/// See `docs/PERFORMANCE.md` for the method.
package enum BenchCommand: Subcommand {
    package static let name = "bench"
    package static let abstract = "Measure speed and memory on fixed workloads (use a release build)."
    package static var usage: String { BenchOptions.usage }
    package static let help = """
        Measure speed and memory on fixed workloads and write bench.csv.

        \(BenchOptions.usage)

        Build with optimisation first: swift run -c release wijksim bench
        Run from the package root (scenarios are read from Scenarios/).

        Workloads (each in its own process; the table shows the median of its repetitions):
          fixed           small scenario, 1 replicate: the fixed memory of a run
          town-jobs1      Scenarios/katwijk.json (else baseline.json), 1,000 replicates × 104 weeks, --jobs 1
          town-parallel   the same on all cores (parallel efficiency = speed-up ÷ cores)
          town-engine     the same, engine only (no output), one thread
          town-1week      the same, 1 week: set-up and end of each replicate (<= 10% of town-jobs1)
          town-population-x10  the town with every population x 10 and the ask rate / 10 (<= 1.5 x town-jobs1)
          city            Scenarios/bench/rotterdam.json: 650,000 residents, 1 replicate × 520 weeks
          many-1000       Scenarios/bench/small.json, 1,000 replicates × 52 weeks (memory reference)
          many            the same with 100,000 replicates (memory must stay flat)
          sweep           the town, Latin hypercube of 50 points × 20 replicates over eight barriers,
                          all cores (time per request vs town-parallel)
          sweep-points-100    Scenarios/bench/small.json, sweep of 100 points × 1 replicate × 13 weeks
          sweep-points-10000  the same with 10,000 points (memory must stay flat)

        Options:
          --quick             Tiny workloads (a smoke test of a few seconds); targets are not judged.
          --cores N           Threads for the parallel workloads. Default: all cores.
          --scenarios DIR     Folder with katwijk.json and bench/. Default: Scenarios.
          --out FILE          CSV file to write. Default: bench.csv.
          --quiet             Do not show progress on standard error.
          -h, --help          Show this help.

        Internal (used by the bench itself, for profiling one workload, and by tests):
          --workload NAME     Run only workload NAME in this process and print its measurement line.
          --repeat K          Repetitions of each workload run (default: the plan's).
          --scale F           Multiply the town and many replicate counts by F, 0 < F ≤ 1.
          --in-process        Run every workload in this process (peak memory is then cumulative).
          --executable PATH   The wijksim binary to start for each workload. Default: this program.

        """

    package static func execute(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let options = try BenchOptions.parse(arguments)
        let plan = BenchPlan(isQuick: options.isQuick, scale: options.scale, scenarioFolder: options.scenarioFolder,
                             cores: options.cores ?? max(1, context.coreCount))
        if let name = options.workload {
            return try runChild(workload: name, plan: plan, options: options, context: context)
        }
        let console = context.console
        try checkOutputFolder(of: options.outputFile)
        let launcher = try launcher(options: options)
        let workloads = try plan.workloads().map { workload in
            var workload = workload
            if let repetitions = options.repetitions { workload.repetitions = repetitions }
            return workload
        }
        let environment = BenchEnvironment.current(cores: plan.cores)
        if !environment.isReleaseBuild { console.writeError(BenchEnvironment.debugWarning) }
        var measurements: [String: BenchMeasurement] = [:]
        for workload in workloads {
            if !options.isQuiet { console.writeError(progressLine(workload)) }
            let measurement = if let launcher {
                try launcher.measure(workload: workload.name, plan: plan, repetitions: options.repetitions)
            } else {
                try WorkloadRunner.measure(workload, isIsolated: false)
            }
            measurements[workload.name] = measurement
            if !options.isQuiet { console.writeError(doneLine(measurement)) }
        }
        let table = BenchTable(workloads: workloads, measurements: measurements, isQuick: plan.isQuick)
        try table.writeCSV(to: options.outputFile)
        var report = environment.header(isQuick: plan.isQuick, townScenarioFile: plan.townScenarioFile)
        if !environment.isReleaseBuild { report = BenchEnvironment.debugWarning + report }
        report += "\n" + table.text + "\n" + legend(workloads, isInProcess: launcher == nil)
        report += "\nWrote \(options.outputFile)\n"
        console.writeOutput(report)
        return 0
    }

    /// `--workload NAME`: runs one workload here and prints its measurement line.
    private static func runChild(workload name: String, plan: BenchPlan, options: BenchOptions,
                                 context: CommandContext) throws -> Int32 {
        guard var workload = try plan.workload(named: name) else {
            throw CLIError("--workload: unknown workload '\(name)'", usage: usage)
        }
        if let repetitions = options.repetitions { workload.repetitions = repetitions }
        let measurement = try WorkloadRunner.measure(workload, isIsolated: !options.isInProcess)
        context.console.writeOutput(measurement.line + "\n")
        return 0
    }

    /// `bench: NAME: K repetitions of R replicates × W weeks, jobs J` and a newline.
    static func progressLine(_ workload: BenchWorkload) -> String {
        let repetitions = workload.repetitions == 1 ? "1 repetition" : "\(workload.repetitions) repetitions"
        let replicates = workload.replicates == 1 ? "1 replicate" : "\(workload.replicates) replicates"
        return "bench: \(workload.name): \(repetitions) of \(replicates) × \(workload.simulatedWeeks) weeks, "
            + "jobs \(workload.jobs)\n"
    }

    /// `bench: NAME: median S s, peak M MB` and a newline.
    static func doneLine(_ measurement: BenchMeasurement) -> String {
        let median = BenchTable.number(measurement.medianWallSeconds, digits: 3)
        let peak = BenchTable.number(Double(measurement.peakResidentBytes) / 1e6, digits: 1)
        return "bench: \(measurement.workload): median \(median) s, peak \(peak) MB\n"
    }

    /// Fails early (before minutes of measuring) when the CSV's folder does not exist.
    private static func checkOutputFolder(of file: String) throws(OutputError) {
        let folder = (file as NSString).deletingLastPathComponent
        guard folder.isEmpty || POSIXFiles.isDirectory(folder) else {
            throw .cannotCreateFile(path: file, reason: "folder '\(folder)' does not exist")
        }
    }

    /// The child-process launcher, or `nil` for `--in-process`.
    private static func launcher(options: BenchOptions) throws(BenchError) -> WorkloadLauncher? {
        if options.isInProcess { return nil }
        if let executable = options.executable { return WorkloadLauncher(executable: executable) }
        let executable = WorkloadLauncher.currentExecutable
        guard WorkloadLauncher.isWijkSim(executable) else { throw .notReexecutable(path: executable) }
        return WorkloadLauncher(executable: executable)
    }

    /// What each row is, and how memory was measured.
    private static func legend(_ workloads: [BenchWorkload], isInProcess: Bool) -> String {
        let width = workloads.map(\.name.count).max() ?? 0
        var text = "Workloads (replicates × simulated weeks × residents):\n"
        for workload in workloads {
            let name = workload.name.padding(toLength: width, withPad: " ", startingAt: 0)
            text += "  \(name)  \(workload.replicates) × \(workload.simulatedWeeks) × \(workload.residents): \(workload.meaning)\n"
        }
        text += isInProcess
            ? "Peak memory: --in-process, so each figure is the process's peak so far, not the workload's own.\n"
            : "Peak memory: getrusage max RSS of each workload's own process. B/resident = (city − fixed) ÷ residents.\n"
        return text
    }
}
