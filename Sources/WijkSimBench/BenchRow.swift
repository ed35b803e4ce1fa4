import WijkSim
/// One row of the `wijksim bench` table and of `bench.csv`.
///
/// Rates divide by the median wall time. Not-applicable numbers are NaN (`NA` in the
/// CSV, `-` in the table); ``meetsTarget`` is `nil` where no target applies or it
/// cannot be judged (`--quick`, or memory measured `--in-process`).
package struct BenchRow: Sendable, Equatable {
    /// Workload name.
    package var workload: String
    /// Worker threads.
    package var jobs: Int
    /// Timed repetitions.
    package var repetitions: Int
    /// Median wall time of a repetition. Unit: seconds.
    package var medianWallSeconds: Double
    /// Fastest repetition. Unit: seconds.
    package var minimumWallSeconds: Double
    /// Residents × simulated weeks × replicates ÷ median wall time. Unit: per second.
    package var residentWeeksPerSecond: Double
    /// Replicates ÷ median wall time. Unit: per second.
    package var replicatesPerSecond: Double
    /// Requests handled (``ReplicateResult/requestsHandled``, summed) ÷ median wall time. Unit: per second.
    package var requestsPerSecond: Double
    /// Peak resident set size of the workload's process. Unit: MB (10^6 bytes).
    package var peakResidentMegabytes: Double
    /// (peak − `fixed` peak) ÷ residents, `city` only. Unit: bytes.
    package var bytesPerResident: Double
    /// Speed-up over `town-jobs1` ÷ jobs, `town-parallel` only. Unit: fraction.
    package var parallelEfficiency: Double
    /// The target, as text (`""` when none).
    package var target: String
    /// Whether the target is met; `nil` when none applies or it cannot be judged.
    package var meetsTarget: Bool?
    /// The measured figures the target is about, as text (`""` when no target); not in the CSV.
    package var observed = ""

    /// The `bench.csv` header.
    package static let csvHeader = [
        "workload", "jobs", "repetitions", "median_wall_s", "min_wall_s", "resident_weeks_per_s",
        "replicates_per_s", "requests_per_s", "peak_rss_mb", "bytes_per_resident", "parallel_efficiency",
        "target", "meets_target",
    ]

    /// The row as `bench.csv` fields (numbers round-trip; NaN and no target as `NA`).
    package var csvRow: [String] {
        [workload, String(jobs), String(repetitions)]
            + [medianWallSeconds, minimumWallSeconds, residentWeeksPerSecond, replicatesPerSecond,
               requestsPerSecond, peakResidentMegabytes, bytesPerResident, parallelEfficiency].map(CSVWriter.format)
            + [target.isEmpty ? "NA" : target, meetsTarget.map { $0 ? "yes" : "no" } ?? "NA"]
    }
}
