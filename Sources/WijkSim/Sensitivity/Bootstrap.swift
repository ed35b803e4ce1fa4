/// Settings of a seeded percentile bootstrap, and the resampling it does.
///
/// A resample draws `count` indices uniformly with replacement from `0 ..< count` with
/// ``Xoshiro256StarStar/uniformInt(below:)``, from one generator seeded with ``seed`` and
/// used for all ``resamples`` in order, so the same seed gives the same intervals on every
/// platform. Pass a different seed per metric (for instance derived from the sweep's master
/// seed and the metric's index) for independent resamples.
public struct Bootstrap: Sendable, Equatable {
    /// Number of resamples, ≥ 2 (precondition); 1000 is usual, 2000 for steadier 95 % ends.
    public var resamples: Int
    /// Seed of the generator.
    public var seed: UInt64
    /// Coverage of the percentile interval, in (0, 1).
    public var level: Double

    /// Bootstrap settings.
    public init(resamples: Int = 1000, seed: UInt64, level: Double = 0.95) {
        precondition(resamples >= 2, "bootstrap needs at least 2 resamples, got \(resamples)")
        precondition(level > 0 && level < 1, "bootstrap level \(level) outside (0, 1)")
        self.resamples = resamples
        self.seed = seed
        self.level = level
    }

    /// One resample of `0 ..< count`: `count` indices drawn with replacement.
    static func indices(count: Int, using rng: inout Xoshiro256StarStar) -> [Int] {
        (0..<count).map { _ in rng.uniformInt(below: count) }
    }

    /// The percentile interval of `replicates` (one estimate per resample; `nil` where the
    /// resample was degenerate, e.g. a constant output).
    ///
    /// - Returns: the interval and a note when some resamples were dropped; no interval when
    ///   fewer than half the resamples gave an estimate.
    func percentileInterval(of replicates: [Double?]) -> (interval: ConfidenceInterval?, note: String?) {
        let values = replicates.compactMap { $0 }.filter(\.isFinite)
        let dropped = replicates.count - values.count
        guard values.count * 2 >= replicates.count, values.count >= 2 else {
            return (nil, "bootstrap: \(dropped) of \(replicates.count) resamples degenerate, no interval")
        }
        let tail = (1 - level) / 2
        let ends = Quantile.type7([tail, 1 - tail], of: values)
        let interval = ConfidenceInterval(low: ends[0], high: ends[1], level: level, method: .bootstrapPercentile)
        let note = dropped > 0 ? "bootstrap: \(dropped) of \(replicates.count) resamples degenerate, dropped" : nil
        return (interval, note)
    }
}
