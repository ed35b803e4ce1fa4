import WijkSim
/// The performance targets of issues 4 and 13, checked by `wijksim bench` on a full run
/// (release build, medians of the repetitions).
package enum BenchTargets {
    /// `city`: one 520-week replicate of 650,000 residents on one core (issue 13; issue 4: 1.0).
    /// Unit: seconds.
    package static let cityWallSeconds = 0.10
    /// `city`: peak resident memory (issue 13; issue 4: 150). Unit: MB (10^6 bytes).
    package static let cityPeakMegabytes = 40.0
    /// `town-jobs1`: 1,000 Katwijk replicates × 104 weeks on one thread (issue 13). Unit: seconds.
    package static let townWallSeconds = 3.0
    /// `town-1week`: at most this share of `town-jobs1`'s time for the same replicates over
    /// one week: the set-up is cheap (issue 13). Unit: ratio.
    package static let townOneWeekRatio = 0.10
    /// `town-population-x10`: the town's request volume with every population × 10 and the
    /// ask rate ÷ 10 costs at most this multiple of `town-jobs1`'s time (issue 13). Unit: ratio.
    package static let populationScalingRatio = 1.5
    /// `city`: memory per resident, (city peak − fixed peak) / residents. Unit: bytes.
    package static let bytesPerResident = 48.0
    /// `town-jobs1`: simulated resident-weeks per second with `--jobs 1`. Unit: per second.
    package static let townResidentWeeksPerSecond = 200e6
    /// `town-parallel`: speed-up over `town-jobs1` ÷ threads. Unit: fraction.
    package static let parallelEfficiency = 0.90
    /// `many`: peak memory at most this multiple of `many-1000`'s. Unit: ratio.
    package static let manyPeakRatio = 1.10
    /// `sweep`: wall time per request handled at most this multiple of `town-parallel`'s
    /// (same replicate count; per request because the points' barriers change the work of a
    /// replicate). Unit: ratio.
    package static let sweepWallRatio = 1.0
    /// `sweep-points-10000`: peak memory at most this multiple of `sweep-points-100`'s. Unit: ratio.
    package static let sweepPeakRatio = 1.10
}
