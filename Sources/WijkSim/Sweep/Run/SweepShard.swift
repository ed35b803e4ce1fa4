/// Which part of a sweep one process runs: shard `index` of `count`, zero-based.
///
/// Work is split by design point, in contiguous blocks: shard k runs points
/// `⌊k·P/N⌋ ..< ⌊(k+1)·P/N⌋` of P points, with every replicate of each. So shard
/// k's rows come before shard k + 1's, and concatenating the shards in index order
/// gives exactly the rows of one process. Seeds depend only on (master seed,
/// replicate), never on the split. With more shards than points some shards are
/// empty; they still write their (header-only) files.
public struct SweepShard: Sendable, Equatable {
    /// This shard, `0 ..< count`.
    public var index: Int
    /// Number of shards, 1 ... ``maximumCount``.
    public var count: Int

    /// The most shards a sweep may be split into.
    public static let maximumCount = 1_000_000

    /// The whole sweep in one process.
    public static let whole = SweepShard(index: 0, count: 1)

    /// Shard `index` of `count`. - Precondition: `0 <= index < count`.
    public init(index: Int, count: Int) {
        precondition(count >= 1 && index >= 0 && index < count, "shard \(index) of \(count)")
        self.index = index
        self.count = count
    }

    /// The design points this shard runs, of `pointCount`.
    public func points(of pointCount: Int) -> Range<Int> {
        start(of: index, pointCount) ..< start(of: index + 1, pointCount)
    }

    /// `K/N` as written on the command line (`0/4`).
    public var description: String { "\(index)/\(count)" }

    private func start(of shard: Int, _ pointCount: Int) -> Int {
        Int((Int64(shard) * Int64(pointCount)) / Int64(count))
    }
}

extension SweepShard {
    /// Parses `K/N` (`--shard 2/16`).
    /// - Returns: `nil` unless K and N are integers with 0 ≤ K < N ≤ ``maximumCount``.
    public static func parse(_ text: String) -> SweepShard? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]),
              n >= 1, n <= maximumCount, k >= 0, k < n else { return nil }
        return SweepShard(index: k, count: n)
    }

    /// The shard a cluster scheduler assigned, from `environment`:
    /// - Slurm job arrays: `SLURM_ARRAY_TASK_ID`, `SLURM_ARRAY_TASK_COUNT` and
    ///   `SLURM_ARRAY_TASK_MIN` (index = id − min, so `--array=1-16` works too);
    /// - a Kubernetes indexed job: `JOB_COMPLETION_INDEX`, with the count from
    ///   `shardCount` (`--shard-count`), since Kubernetes does not export it.
    /// - Returns: `nil` when neither is set (run the whole sweep).
    /// - Throws: ``SweepError`` (64) naming the variable when a value is not usable.
    public static func fromEnvironment(_ environment: [String: String], shardCount: Int?) throws(SweepError) -> SweepShard? {
        if let id = environment["SLURM_ARRAY_TASK_ID"] {
            func integer(_ name: String) throws(SweepError) -> Int {
                guard let text = environment[name] else {
                    throw SweepError(.usage, "\(name) is not set but SLURM_ARRAY_TASK_ID is (\(id)); run inside an sbatch --array job or give --shard K/N")
                }
                guard let value = Int(text) else { throw SweepError(.usage, "\(name): expected an integer, found '\(text)'") }
                return value
            }
            let task = try integer("SLURM_ARRAY_TASK_ID"), count = try integer("SLURM_ARRAY_TASK_COUNT")
            let minimum = try integer("SLURM_ARRAY_TASK_MIN")
            guard count >= 1, count <= maximumCount, task - minimum >= 0, task - minimum < count else {
                throw SweepError(.usage, "SLURM_ARRAY_TASK_ID \(task) with SLURM_ARRAY_TASK_MIN \(minimum) and SLURM_ARRAY_TASK_COUNT \(count) is not a shard: use a contiguous --array range such as 0-\(max(count, 1) - 1)")
            }
            return SweepShard(index: task - minimum, count: count)
        }
        if let text = environment["JOB_COMPLETION_INDEX"] {
            guard let index = Int(text), index >= 0 else {
                throw SweepError(.usage, "JOB_COMPLETION_INDEX: expected a non-negative integer, found '\(text)'")
            }
            guard let count = shardCount else {
                throw SweepError(.usage, "JOB_COMPLETION_INDEX is set (\(index)) but --shard-count is not; give the job's completions as --shard-count N")
            }
            guard index < count else {
                throw SweepError(.usage, "JOB_COMPLETION_INDEX \(index) is not below --shard-count \(count)")
            }
            return SweepShard(index: index, count: count)
        }
        return nil
    }
}
