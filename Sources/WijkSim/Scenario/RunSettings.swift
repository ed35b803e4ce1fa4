/// Run length and batch defaults; the command line can override them.
public struct RunSettings: Codable, Sendable, Equatable {
    /// Recorded horizon. Unit: weeks. Range: 1...5200. [A: docs/ODD.md §1.2.8 default 104]
    public var weeks: Int = 104
    /// Weeks simulated before recording starts (events happen, are not counted). Unit: weeks. Range: 0...5200. [A]
    public var warmupWeeks: Int = 0
    /// Monte Carlo replicates. Unit: count. Range: 1...10000000. [A]
    public var replicates: Int = 1000
    /// Master seed; replicate i uses a seed derived from (seed, i) only. Unit: integer. Range: 0...2^63. [A]
    public var seed: UInt64 = 20241
    public init() {}

    // The one declaration of each range: the scenario file (``ParameterCatalog``) and the
    // command-line flags (`--weeks`, `--replicates`, `--seed`) both read these, so they agree.

    /// Allowed ``weeks`` and `--weeks`. Unit: weeks.
    public static let weeksRange: ClosedRange<Int> = 1...5200
    /// Allowed ``warmupWeeks``. Unit: weeks.
    public static let warmupWeeksRange: ClosedRange<Int> = 0...5200
    /// Allowed ``replicates`` and `--replicates`. Unit: count.
    public static let replicatesRange: ClosedRange<Int> = 1...10_000_000
    /// Allowed ``seed`` and `--seed`: 0...2^63 (9223372036854775808), checked digit for digit.
    public static let seedRange: ClosedRange<UInt64> = 0...(1 << 63)
}
