/// Collects the scalar metrics of every replicate: running moments for mean, sd and
/// confidence interval, and a bounded quantile summary per metric for p5, p50 and p95.
///
/// Memory is flat in the number of replicates: per metric one ``RunningStatistics``
/// and one ``QuantileSketch`` of at most ``quantileBudget`` (2,000) stored values,
/// so at most about 2,000 × 103 metrics × 8 bytes ≈ 1.6 MB whatever the replicate count.
///
/// Quantiles are exact (R type 7, as ``Quantile``) while a metric has at most
/// ``quantileBudget`` defined values, so for runs of up to 2,000 replicates the
/// output is unchanged from keeping every value. Beyond that they are estimates;
/// see ``QuantileSketch`` for the accuracy.
///
/// Values must be added in replicate order for the output to be independent of thread
/// scheduling (the sketch and the Welford sums depend on the order).
public struct ScalarCollector: Sendable {
    /// Values per metric kept exactly before the quantile sketch starts compacting.
    public static let quantileBudget = 2_000

    /// The metric names, in column order.
    public let metricNames: [String]
    private var moments: [RunningStatistics]
    private var sketches: [QuantileSketch]

    /// An empty collector for the given metrics.
    /// - Parameters:
    ///   - metricNames: the metric names, in column order.
    ///   - quantileBudget: values stored per metric for the quantiles (≥ 16); exact up to this count.
    public init(metricNames: [String] = MetricCatalog.scalarNames, quantileBudget: Int = ScalarCollector.quantileBudget) {
        self.metricNames = metricNames
        moments = Array(repeating: RunningStatistics(), count: metricNames.count)
        sketches = Array(repeating: QuantileSketch(budget: quantileBudget), count: metricNames.count)
    }

    /// Adds one replicate's scalars (one per metric name).
    public mutating func add(_ scalars: [Double]) {
        precondition(scalars.count == metricNames.count,
                     "replicate has \(scalars.count) scalars, expected \(metricNames.count)")
        for (index, value) in scalars.enumerated() {
            moments[index].add(value)
            sketches[index].add(value)
        }
    }

    /// Whether every metric's quantiles are still exact (no metric has more than
    /// ``quantileBudget`` defined values).
    public var hasExactQuantiles: Bool { sketches.allSatisfy(\.isExact) }

    /// The summary of every metric, in column order.
    public func summaries() -> [MetricSummary] {
        metricNames.indices.map(summary(ofMetricAt:))
    }

    /// The summary of the metric at `index`.
    public func summary(ofMetricAt index: Int) -> MetricSummary {
        let stats = moments[index]
        let interval = stats.confidenceInterval(level: 0.95)
        let quantiles = sketches[index].quantiles([0.05, 0.5, 0.95])
        return MetricSummary(
            metric: metricNames[index], count: stats.count, mean: stats.mean,
            standardDeviation: stats.standardDeviation, ciLow: interval.low, ciHigh: interval.high,
            p5: quantiles[0], p50: quantiles[1], p95: quantiles[2])
    }
}

extension ScalarCollector {
    /// Streaming quantiles of one metric in a fixed memory budget: exact up to `budget`
    /// values, then a KLL compactor sketch (Karnin, Lang & Liberty 2016) whose coin
    /// flips come from a ``Xoshiro256StarStar`` seeded with a constant, so the same
    /// values in the same order always give the same quantiles.
    ///
    /// How it works: values enter level 0; an item at level `h` stands for 2^h values.
    /// When more than `budget` items are stored, the lowest level at or over its capacity
    /// is sorted and every other item (odd or even positions, by a coin flip) moves up
    /// one level; the rest are dropped. Capacities shrink by 2/3 per level down from the
    /// top and sum to `budget`, so the stored items never exceed `budget`.
    ///
    /// Accuracy (measured; asserted in `BenchQuantileSketchTests`): with the default
    /// budget of 2,000 and 10^4 to 10^6 values, uniform, normal, sorted, reversed or
    /// sawtooth, the estimated p5, p50 and p95 lie within 0.14% of the count in rank of
    /// the exact type-7 quantile (worst case seen); the tests allow 0.5%. That is about
    /// the sampling error of a quantile itself, `√(p(1 − p)/n)` in rank (0.16% for the
    /// median of 10^5 replicates), so the estimate does not change what a run can tell.
    ///
    /// NaN values are skipped (the metric is undefined in that replicate).
    public struct QuantileSketch: Sendable {
        /// Items stored at most; quantiles are exact up to this many values.
        public let budget: Int
        /// Values added (NaN excluded).
        public private(set) var count = 0
        /// `levels[h]` holds items of weight 2^h; level 0 is in arrival order.
        private var levels: [[Double]] = [[]]
        private var stored = 0
        private var rng = Xoshiro256StarStar(seed: QuantileSketch.seed)

        /// The constant seed of the compaction coin flips.
        static let seed: UInt64 = 0x5CA1_AB1E_0DD5_EED5
        /// Ratio between the capacities of consecutive levels (KLL's c).
        static let capacityRatio = 2.0 / 3.0

        /// An empty sketch that stores at most `budget` (≥ 16) values.
        public init(budget: Int = ScalarCollector.quantileBudget) {
            precondition(budget >= 16, "quantile sketch budget must be ≥ 16, got \(budget)")
            self.budget = budget
        }

        /// Whether the quantiles are exact: no compaction has happened (`count ≤ budget`).
        public var isExact: Bool { levels.count == 1 }

        /// Values stored now, ≤ `budget` (weights aside).
        var storedCount: Int { stored }

        /// Adds one value; NaN is ignored.
        public mutating func add(_ value: Double) {
            guard !value.isNaN else { return }
            count += 1
            levels[0].append(value)
            stored += 1
            while stored > budget { compact() }
        }

        /// The type-7 quantiles `probabilities` (each in [0, 1]) of the values added: exact
        /// while ``isExact``, else estimated from the weighted items. NaN when empty.
        public func quantiles(_ probabilities: [Double]) -> [Double] {
            if isExact { return Quantile.type7(probabilities, of: levels[0]) }
            var items: [(value: Double, weight: Int)] = []
            items.reserveCapacity(stored)
            for (level, values) in levels.enumerated() {
                for value in values { items.append((value, 1 << level)) }
            }
            items.sort { $0.value < $1.value }
            var cumulative: [Int] = []
            cumulative.reserveCapacity(items.count)
            var total = 0
            for item in items {
                total += item.weight
                cumulative.append(total)
            }
            precondition(total == count, "sketch weights sum to \(total), expected \(count)")
            // The value at 0-based rank r of the expanded sample: the first item whose
            // cumulative weight exceeds r.
            func value(atRank rank: Int) -> Double {
                var low = 0
                var high = cumulative.count - 1
                while low < high {
                    let middle = (low + high) / 2
                    if cumulative[middle] > rank { high = middle } else { low = middle + 1 }
                }
                return items[low].value
            }
            return probabilities.map { p in
                precondition((0...1).contains(p), "quantile probability \(p) outside [0, 1]")
                let h = Double(count - 1) * p
                let low = Int(h.rounded(.down))
                let fraction = h - Double(low)
                let lowValue = value(atRank: low)
                guard fraction > 0, low + 1 < count else { return lowValue }
                return lowValue + fraction * (value(atRank: low + 1) - lowValue)
            }
        }

        /// Capacity of each level: geometric with ratio ``capacityRatio`` below the top
        /// level, at least 2, summing to about `budget`.
        private var capacities: [Int] {
            let height = levels.count
            var ratioPower = 1.0
            for _ in 0..<height { ratioPower *= Self.capacityRatio }
            let top = Double(budget) * (1 - Self.capacityRatio) / (1 - ratioPower)
            var result = Array(repeating: 2, count: height)
            var scale = top
            for level in stride(from: height - 1, through: 0, by: -1) {
                result[level] = max(2, Int(scale))
                scale *= Self.capacityRatio
            }
            return result
        }

        /// Halves the lowest level at or over its capacity (or the fullest level).
        private mutating func compact() {
            let capacities = capacities
            let level = levels.indices.first { levels[$0].count >= capacities[$0] }
                ?? levels.indices.max { levels[$0].count < levels[$1].count }!
            precondition(levels[level].count >= 2, "nothing to compact: \(levels.map(\.count))")
            if level + 1 == levels.count { levels.append([]) }
            var items = levels[level]
            var kept: [Double] = []
            if items.count % 2 == 1 { kept.append(items.removeLast()) }
            items.sort()
            let offset = Int(rng.next() >> 63)
            levels[level + 1].append(contentsOf: stride(from: offset, to: items.count, by: 2).lazy.map { items[$0] })
            levels[level] = kept
            stored -= items.count / 2
        }
    }
}
