import Testing
@testable import WijkSim

@Suite("sensitivity: partial rank correlation")
struct SensitivityPartialRankCorrelationTests {
    /// A Latin-hypercube sample of `n` points in [0, 1)^k from a seeded generator.
    static func latinHypercube(n: Int, k: Int, seed: UInt64) -> [[Double]] {
        var rng = Xoshiro256StarStar(seed: seed)
        return (0..<k).map { _ in
            var strata = Array(0..<n)
            rng.shuffle(&strata)
            return strata.map { (Double($0) + rng.uniform()) / Double(n) }
        }
    }

    // Catches: ties ranked by position instead of sharing the average rank.
    @Test("ranks: ties share their average rank, input order kept")
    func ranks() {
        #expect(RankTransform.ranks([20, 10, 30, 20]) == [2.5, 1, 4, 2.5])
        #expect(RankTransform.ranks([5, 5, 5]) == [2, 2, 2])
        #expect(RankTransform.ranks([]) == [])
    }

    // Reference: numpy least-squares residuals of scipy.stats.rankdata columns (with an
    // intercept), correlated, and tanh(atanh r ± 1.959964/√(n − 2 − k)) with n = 10, k = 3.
    // Catches: correlating raw values instead of ranks; a plain Spearman correlation without
    // controlling for the other inputs (c's Spearman is −0.80, its PRCC +0.51); Fisher z with
    // n − 3 degrees instead of n − 2 − k.
    @Test("matches the least-squares residual definition and Fisher z with n − 2 − k degrees")
    func knownAnswer() {
        let a = [0.12, 0.95, 0.33, 0.47, 0.71, 0.05, 0.88, 0.26, 0.59, 0.64]
        let b = [3.1, 1.2, 2.2, 4.8, 0.4, 3.9, 2.7, 1.8, 4.1, 0.9]
        let c: [Double] = [7, 3, 9, 1, 5, 8, 2, 6, 4, 5]
        let y = [1.4, 3.9, 2.0, 3.5, 2.2, 1.9, 4.1, 1.1, 3.8, 2.4]
        let results = PartialRankCorrelation.analyse(metric: "m", parameters: ["a", "b", "c"], inputs: [a, b, c], output: y)
        let expected = [(0.9496474854627625, 0.7405314369823321, 0.9910912161749842),
                        (0.9145397777489491, 0.5902620994712505, 0.9846521965841428),
                        (0.5127405080274632, -0.3005115615279914, 0.8942926604029835)]
        for (result, (r, low, high)) in zip(results, expected) {
            let estimate = result.headline
            #expect(abs(estimate.value! - r) < 1e-12, "\(result.parameter): \(estimate.value!) vs \(r)")
            #expect(abs(estimate.interval!.low - low) < 1e-9, "\(result.parameter) low")
            #expect(abs(estimate.interval!.high - high) < 1e-9, "\(result.parameter) high")
            #expect(estimate.interval!.method == .fisherZ)
            #expect(estimate.count == 10 && estimate.skipped == 0)
        }
        #expect(results.map(\.direction) == [.raises, .raises, .mixed])
        #expect(results[2].headline.notes == [SensitivityEstimate.undetectableNote])
    }

    // Catches: ranking by signed estimate (a, negative, would come last), ranking by
    // insertion order, or a spurious effect for the inert input c.
    @Test("y = −3a + b + 0·c: a ranks first (negative), b second, c last with an interval including zero")
    func linearOrdering() {
        let inputs = Self.latinHypercube(n: 200, k: 3, seed: 20_240_601)
        let y = (0..<200).map { -3 * inputs[0][$0] + inputs[1][$0] + 0 * inputs[2][$0] }
        let results = PartialRankCorrelation.analyse(metric: "m", parameters: ["c", "b", "a"],
                                                     inputs: [inputs[2], inputs[1], inputs[0]], output: y)
        let ranking = SensitivityRanking(results)
        let order = ranking.groups[0].entries.map { ($0.result.parameter, $0.rank) }
        #expect(order.map(\.0) == ["a", "b", "c"])
        #expect(order.map(\.1) == [1, 2, 3])
        let byName = { (name: String) in results.first { $0.parameter == name }! }
        #expect(byName("a").headline.value! < -0.9)
        #expect(byName("a").direction == .lowers)
        #expect(byName("b").direction == .raises)
        #expect(byName("c").headline.interval!.includesZero)
        #expect(byName("c").headline.notes.contains(SensitivityEstimate.undetectableNote))
        #expect(!byName("a").headline.isUndetectable && !byName("b").headline.isUndetectable)
    }

    // Catches: an unseeded or per-call-reseeded generator (different intervals each call),
    // or a seed that is ignored (identical intervals for different seeds).
    @Test("bootstrap: the same seed gives the same intervals, another seed others; the interval brackets the estimate")
    func bootstrapDeterminism() {
        let inputs = Self.latinHypercube(n: 60, k: 2, seed: 7)
        var rng = Xoshiro256StarStar(seed: 99)
        let y = (0..<60).map { inputs[0][$0] + 0.5 * inputs[1][$0] + 0.3 * rng.uniform() }
        func run(_ seed: UInt64) -> [SensitivityResult] {
            PartialRankCorrelation.analyse(metric: "m", parameters: ["a", "b"], inputs: inputs, output: y,
                                           interval: .bootstrap(Bootstrap(resamples: 200, seed: seed)))
        }
        let first = run(1), again = run(1), other = run(2)
        #expect(first == again)
        #expect(first.map(\.headline.interval) != other.map(\.headline.interval))
        for result in first {
            let interval = result.headline.interval!
            #expect(interval.method == .bootstrapPercentile)
            #expect(interval.low <= result.headline.value! && result.headline.value! <= interval.high,
                    "\(result.parameter): \(interval)")
        }
    }

    // Catches: NaN text or a crash from dividing by a zero residual norm; a constant input
    // poisoning the other inputs' regressions (singular least squares).
    @Test("constant output, constant input, collinear inputs, too few points: empty estimates with notes")
    func degenerate() {
        let inputs = Self.latinHypercube(n: 20, k: 2, seed: 3)
        let constantOutput = PartialRankCorrelation.analyse(metric: "m", parameters: ["a", "b"], inputs: inputs,
                                                            output: Array(repeating: 0.4, count: 20))
        #expect(constantOutput.map(\.headline.value) == [nil, nil])
        #expect(constantOutput.map(\.headline.notes) == [["output is constant"], ["output is constant"]])
        #expect(constantOutput.map(\.direction) == [.unknown, .unknown])

        let flat = Array(repeating: 2.0, count: 20)
        let y = (0..<20).map { inputs[0][$0] * inputs[0][$0] + 0.1 * inputs[1][$0] }
        let constantInput = PartialRankCorrelation.analyse(metric: "m", parameters: ["a", "flat", "b"],
                                                           inputs: [inputs[0], flat, inputs[1]], output: y)
        #expect(constantInput[1].headline.value == nil)
        #expect(constantInput[1].headline.notes == ["input is constant"])
        #expect(constantInput[0].headline.value! > 0.9)
        #expect(constantInput[0].headline.interval != nil)

        let doubled = inputs[0].map { 2 * $0 }
        let collinear = PartialRankCorrelation.analyse(metric: "m", parameters: ["a", "b", "twice a"],
                                                       inputs: [inputs[0], inputs[1], doubled], output: y)
        #expect(collinear.map(\.headline.value).map { $0 == nil } == [true, false, true])
        #expect(collinear[0].headline.notes == ["input is collinear with the other inputs"])

        let few = PartialRankCorrelation.analyse(metric: "m", parameters: ["a", "b"],
                                                 inputs: [[1, 2, 3, 4], [4, 3, 1, 2]], output: [1, 2, 3, 5])
        #expect(few[0].headline.value == nil)
        #expect(few[0].headline.notes == ["too few points: n = 4, PRCC of 2 inputs needs at least 5"])
        let text = SensitivityTable.text(SensitivityRanking(constantOutput + few).rows)
        #expect(!text.contains("NA") && !text.lowercased().contains("nan") && !text.contains("inf"))
    }

    // Catches: NaN outputs passed into the ranks (NaN compares false, corrupting the order)
    // or dropped without being counted.
    @Test("points with an undefined metric are dropped and counted as skipped")
    func skipsUndefined() {
        let inputs = Self.latinHypercube(n: 30, k: 2, seed: 11)
        var y = (0..<30).map { inputs[0][$0] - inputs[1][$0] }
        let clean = PartialRankCorrelation.analyse(metric: "m", parameters: ["a", "b"],
                                                   inputs: inputs.map { Array($0[3...]) }, output: Array(y[3...]))
        y[0] = .nan; y[1] = .nan; y[2] = .infinity
        let results = PartialRankCorrelation.analyse(metric: "m", parameters: ["a", "b"], inputs: inputs, output: y)
        #expect(results.map(\.headline.skipped) == [3, 3])
        #expect(results.map(\.headline.count) == [27, 27])
        #expect(results.map(\.headline.value) == clean.map(\.headline.value))
    }
}
