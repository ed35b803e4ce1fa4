import WijkSim
/// The parsed command line of `wijksim bench`.
///
/// The options after "Internal" in the help are for the bench itself (the child
/// processes it starts), for profiling one workload and for tests.
package struct BenchOptions: Sendable, Equatable {
    /// `--quick`: the small smoke-test workloads.
    package var isQuick = false
    /// `--cores N`: threads of the parallel workloads; `nil` = all cores.
    package var cores: Int?
    /// `--scenarios DIR`: the folder holding `katwijk.json` and `bench/`.
    package var scenarioFolder = "Scenarios"
    /// `--out FILE`: where to write the CSV.
    package var outputFile = "bench.csv"
    /// `--quiet`: no progress on stderr.
    package var isQuiet = false
    /// `--workload NAME`: run only this workload, in this process, and print its measurement line.
    package var workload: String?
    /// `--repeat K`: override the repetitions of every workload run.
    package var repetitions: Int?
    /// `--scale F`: multiply the town and many replicate counts by F in (0, 1].
    package var scale = 1.0
    /// `--in-process`: run the workloads in this process (peak memory is then cumulative).
    package var isInProcess = false
    /// `--executable PATH`: the wijksim binary to start for each workload (default: this program).
    package var executable: String?

    /// Options with every default.
    package init() {}
}
