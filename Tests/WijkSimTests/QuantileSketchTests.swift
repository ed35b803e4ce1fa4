import Testing
@testable import WijkSim

/// The bounded quantile summary of ``ScalarCollector`` (issue 4: flat memory for
/// 100,000 replicates): exact up to the budget, within 0.5% in rank beyond it, deterministic.
@Suite("Bench: quantile sketch")
struct QuantileSketchTests {
    static let probabilities = [0.0, 0.05, 0.25, 0.5, 0.95, 1.0]

    /// `count` values of shape `shape` drawn from a generator seeded with `seed`.
    static func values(_ shape: String, count: Int, seed: UInt64) -> [Double] {
        var rng = Xoshiro256StarStar(seed: seed)
        return (0..<count).map { index in
            switch shape {
            case "uniform": rng.uniform()
            case "normal": rng.normal()
            case "sorted": Double(index)
            case "reversed": Double(count - index)
            case "ties": Double(rng.uniformInt(below: 10))
            default: Double(index % 1000) + rng.uniform()
            }
        }
    }

    /// How far (as a fraction of the count) `estimate` is in rank from the type-7 rank
    /// `p × (n − 1)` in `sorted`: 0 when some position of `estimate` covers it.
    static func rankError(of estimate: Double, probability p: Double, sorted: [Double]) -> Double {
        func firstIndex(where predicate: (Double) -> Bool) -> Int {
            var low = 0
            var high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if predicate(sorted[middle]) { high = middle } else { low = middle + 1 }
            }
            return low
        }
        let below = Double(firstIndex { $0 >= estimate })
        let atOrBelow = Double(firstIndex { $0 > estimate })
        let target = p * Double(sorted.count - 1)
        let error = max(0, below - 1 - target, target - atOrBelow)
        return error / Double(sorted.count)
    }

    @Test("exact (identical to Quantile.type7) up to the budget, NaN skipped",
          arguments: [1, 2, 17, 999, 2_000])
    func exactBelowBudget(count: Int) {
        var values = Self.values("normal", count: count, seed: UInt64(count))
        if count > 10 { values[3] = .nan }
        var sketch = QuantileSketch()
        for value in values { sketch.add(value) }
        #expect(sketch.isExact)
        #expect(sketch.count == values.filter { !$0.isNaN }.count)
        #expect(sketch.quantiles(Self.probabilities) == Quantile.type7(Self.probabilities, of: values))
    }

    @Test("an empty sketch gives NaN; the first value past the budget starts compacting")
    func emptyAndFirstCompaction() {
        var sketch = QuantileSketch(budget: 16)
        #expect(sketch.quantiles([0.5])[0].isNaN)
        for value in 0..<16 { sketch.add(Double(value)) }
        #expect(sketch.isExact)
        sketch.add(16)
        #expect(!sketch.isExact)
        #expect(sketch.count == 17)
        #expect(sketch.storedCount <= 16)
    }

    @Test("beyond the budget: p5, p50, p95 within 0.5% of the count in rank; never more than the budget stored",
          arguments: ["uniform", "normal", "sorted", "reversed", "ties", "sawtooth"])
    func accurateBeyondBudget(shape: String) {
        for (count, seed) in [(2_001, 1), (10_000, 2), (100_000, 3)] as [(Int, UInt64)] {
            let values = Self.values(shape, count: count, seed: seed)
            var sketch = QuantileSketch()
            var mostStored = 0
            for value in values {
                sketch.add(value)
                mostStored = max(mostStored, sketch.storedCount)
            }
            #expect(mostStored <= ScalarCollector.quantileBudget, "\(shape), n = \(count)")
            let sorted = values.sorted()
            let probabilities = [0.05, 0.5, 0.95]
            for (p, estimate) in zip(probabilities, sketch.quantiles(probabilities)) {
                let error = Self.rankError(of: estimate, probability: p, sorted: sorted)
                #expect(error <= 0.005, "\(shape), n = \(count), p = \(p): rank error \(error)")
            }
        }
    }

    @Test("uniform values: the estimated quantiles are within 0.005 of p")
    func uniformValues() {
        var sketch = QuantileSketch()
        for value in Self.values("uniform", count: 100_000, seed: 11) { sketch.add(value) }
        for (p, estimate) in zip([0.05, 0.5, 0.95], sketch.quantiles([0.05, 0.5, 0.95])) {
            #expect(abs(estimate - p) <= 0.005, "p = \(p): \(estimate)")
        }
    }

    @Test("deterministic: the same values in the same order give the same quantiles")
    func deterministic() {
        let values = Self.values("normal", count: 30_000, seed: 5)
        var first = QuantileSketch()
        var second = QuantileSketch()
        for value in values {
            first.add(value)
            second.add(value)
        }
        #expect(first.quantiles(Self.probabilities) == second.quantiles(Self.probabilities))

        var collectors = [ScalarCollector(metricNames: ["a", "b"]), ScalarCollector(metricNames: ["a", "b"])]
        for index in collectors.indices {
            for value in values { collectors[index].add([value, -value]) }
        }
        #expect(collectors[0].summaries() == collectors[1].summaries())
        #expect(!collectors[0].hasExactQuantiles)
    }

    @Test("a collector below the budget reports exact quantiles, as before the sketch")
    func collectorExact() {
        let values = Self.values("uniform", count: 1_000, seed: 9)
        var collector = ScalarCollector(metricNames: ["x"])
        for value in values { collector.add([value]) }
        #expect(collector.hasExactQuantiles)
        let summary = collector.summaries()[0]
        let exact = Quantile.type7([0.05, 0.5, 0.95], of: values)
        #expect([summary.p5, summary.p50, summary.p95] == exact)
    }
}
