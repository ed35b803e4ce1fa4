import WijkSim
/// One fixed workload of `wijksim bench`: a scenario with its replicate count and
/// horizon, the threads it runs on, the code path it measures and how often it is repeated.
///
/// Workloads are built by ``BenchPlan`` from their name alone, so a child process
/// started with `--workload NAME` rebuilds exactly the workload its parent planned.
package struct BenchWorkload: Sendable, Equatable {
    /// What a workload's timing covers.
    package enum Path: String, Sendable, Equatable {
        /// What `wijksim run` does: ``BatchRunner`` + ``RunRecorder`` writing the four
        /// files into a ``ResultsFolder`` (in a temporary folder, deleted afterwards).
        case user
        /// ``Simulation/runReplicate(scenario:seed:checkingInvariants:)`` in a loop on
        /// one thread, results dropped: the engine alone, without output.
        case engine
        /// What `wijksim sweep` does: a Latin hypercube over the catalog's plausible ranges
        /// of ``BenchWorkload/sweepFactors`` with ``BenchWorkload/sweepPoints`` points, each
        /// point running `run.replicates` replicates, through ``SweepRunner`` into a
        /// temporary folder (runs.csv, points.csv, sensitivity.csv, manifest).
        case sweep
    }

    /// The row label, e.g. `city` (one of ``BenchPlan/workloadNames``).
    package var name: String
    /// One line saying what it is, for the legend under the table.
    package var meaning: String
    /// The scenario file it was loaded from.
    package var scenarioFile: String
    /// The scenario as run: `run.replicates` and `run.weeks` are the workload's.
    package var scenario: Scenario
    /// Worker threads (`--jobs`), ≥ 1.
    package var jobs: Int
    /// The code path timed.
    package var path: Path
    /// Timed repetitions (the table shows their median), ≥ 1.
    package var repetitions: Int
    /// Design points of a ``Path/sweep`` workload (0 for the others).
    package var sweepPoints = 0

    /// The parameters a sweep workload varies: the eight organisational barriers of the
    /// baseline with the strongest evidence, each over its plausible range.
    package static let sweepFactors = [
        "barriers.extraWorkFraming", "barriers.otherClusterPenalty", "barriers.siloPenalty", "barriers.ruleRigidity",
        "barriers.liabilityAversion", "barriers.roleAmbiguity", "barriers.escalationStigma", "barriers.feedbackGap",
    ]

    /// Replicates per repetition (for a sweep: points × replicates per point).
    package var replicates: Int { scenario.run.replicates * max(1, sweepPoints) }

    /// Residents simulated in each replicate (the sum of the neighbourhood populations).
    package var residents: Int { scenario.municipality.neighbourhoods.reduce(0) { $0 + $1.population } }

    /// Weeks simulated per replicate, warm-up included (warm-up weeks are computed too).
    package var simulatedWeeks: Int { scenario.run.warmupWeeks + scenario.run.weeks }

    /// Resident-weeks simulated per repetition: residents × simulated weeks × replicates.
    package var residentWeeks: Double { Double(residents) * Double(simulatedWeeks) * Double(replicates) }
}
