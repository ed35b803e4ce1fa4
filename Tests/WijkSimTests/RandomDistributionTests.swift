import Foundation
import Testing
@testable import WijkSim

// MARK: - Distributions

@Suite("Random: distributions")
struct RandomDistributionTests {
    @Test("uniform: range [0,1) and mean 0.5")
    func uniform() {
        var rng = Xoshiro256StarStar(seed: 1)
        var values = [Double]()
        for _ in 0..<drawCount {
            let u = rng.uniform()
            #expect(u >= 0 && u < 1)
            values.append(u)
        }
        let m = Moments(values)
        #expect(m.meanZ(0.5, trueVariance: 1.0 / 12) < zTolerance)
        #expect(m.varianceZ(1.0 / 12) < zTolerance)
    }

    @Test("bernoulli(0.3) frequency; always exactly one draw")
    func bernoulli() {
        let m = sample(seed: 2) { $0.bernoulli(0.3) ? 1 : 0 }
        #expect(m.meanZ(0.3, trueVariance: 0.3 * 0.7) < zTolerance)
        for p in [-1.0, 0.0, 0.5, 1.0, 2.0] {
            var a = Xoshiro256StarStar(seed: 3)
            var b = a
            _ = a.bernoulli(p)
            _ = b.next()
            #expect(a == b)
        }
        var rng = Xoshiro256StarStar(seed: 4)
        #expect(!(0..<1000).contains { _ in rng.bernoulli(0) })
        #expect((0..<1000).allSatisfy { _ in rng.bernoulli(1) })
    }

    @Test("uniformInt(below: 7): each bucket has frequency 1/7")
    func uniformInt() {
        var rng = Xoshiro256StarStar(seed: 5)
        var counts = [Int](repeating: 0, count: 7)
        for _ in 0..<drawCount { counts[rng.uniformInt(below: 7)] += 1 }
        let p = 1.0 / 7
        let se = (p * (1 - p) / Double(drawCount)).squareRoot()
        for c in counts {
            #expect(abs(Double(c) / Double(drawCount) - p) < zTolerance * se)
        }
        #expect(rng.uniformInt(below: 1) == 0)
        for _ in 0..<1000 {
            let big = rng.uniformInt(below: Int.max)
            #expect(big >= 0 && big < Int.max)
        }
    }

    @Test("shuffle: a permutation, each position uniform")
    func shuffle() {
        var rng = Xoshiro256StarStar(seed: 6)
        var firstCounts = [Int](repeating: 0, count: 5)
        let trials = 50_000
        for _ in 0..<trials {
            var a = [0, 1, 2, 3, 4]
            rng.shuffle(&a)
            #expect(a.sorted() == [0, 1, 2, 3, 4])
            firstCounts[a[0]] += 1
        }
        let se = (0.2 * 0.8 / Double(trials)).squareRoot()
        for c in firstCounts { #expect(abs(Double(c) / Double(trials) - 0.2) < zTolerance * se) }
    }

    @Test("exponential(mean: 2.5): mean and variance")
    func exponential() {
        let m = sample(seed: 7) { $0.exponential(mean: 2.5) }
        #expect(m.meanZ(2.5, trueVariance: 6.25) < zTolerance)
        #expect(m.varianceZ(6.25) < zTolerance)
    }

    @Test("geometricFailures: mean (1−p)/p for p = 0.2 and 0.01; edge cases")
    func geometric() {
        for (seed, p) in [(UInt64(8), 0.2), (9, 0.01)] {
            let m = sample(seed: seed) { Double($0.geometricFailures(p: p)) }
            #expect(m.meanZ((1 - p) / p, trueVariance: (1 - p) / (p * p)) < zTolerance)
            #expect(m.varianceZ((1 - p) / (p * p)) < zTolerance)
        }
        var rng = Xoshiro256StarStar(seed: 10)
        #expect(rng.geometricFailures(p: 1) == 0)
        #expect(rng.geometricFailures(p: 1.5) == 0)
        #expect(rng.geometricFailures(p: 0) == Int.max)
        #expect(rng.geometricFailures(p: -0.1) == Int.max)
        for _ in 0..<1000 {
            let g = rng.geometricFailures(p: 1e-300)
            #expect(g >= 0 && g <= Int.max / 2)
        }
        var a = Xoshiro256StarStar(seed: 11)
        var b = a
        _ = a.geometricFailures(p: 0)
        _ = b.next()
        #expect(a == b)
    }

    @Test("normal: mean 0, variance 1")
    func normal() {
        let m = sample(seed: 12) { $0.normal() }
        #expect(m.meanZ(0, trueVariance: 1) < zTolerance)
        #expect(m.varianceZ(1) < zTolerance)
    }

    @Test("gamma: mean kθ and variance kθ² for shape 0.3 and 4")
    func gamma() {
        for (seed, shape, scale) in [(UInt64(13), 0.3, 2.0), (14, 4.0, 1.5)] {
            let m = sample(seed: seed) { $0.gamma(shape: shape, scale: scale) }
            let variance = shape * scale * scale
            #expect(m.meanZ(shape * scale, trueVariance: variance) < zTolerance)
            #expect(m.varianceZ(variance) < zTolerance)
        }
    }

    @Test("beta(2, 5): mean 2/7, variance 10/392")
    func beta() {
        let m = sample(seed: 15) { $0.beta(alpha: 2, beta: 5) }
        let variance = 10.0 / (49 * 8)
        #expect(m.meanZ(2.0 / 7, trueVariance: variance) < zTolerance)
        #expect(m.varianceZ(variance) < zTolerance)
    }

    @Test("poisson: mean and variance for means 3 and 80, χ² goodness of fit")
    func poisson() {
        for (seed, mean) in [(UInt64(16), 3.0), (17, 80.0), (18, 29.5), (19, 30.0)] {
            let m = sample(seed: seed) { Double($0.poisson(mean: mean)) }
            #expect(m.meanZ(mean, trueVariance: mean) < zTolerance)
            #expect(m.varianceZ(mean) < zTolerance)
            let counts = histogram(seed: seed &+ 1000) { $0.poisson(mean: mean) }
            let (chi2, df) = chiSquare(counts: counts, pmf: poissonPMF(mean: mean, upper: Int(mean * 3) + 40), total: drawCount)
            #expect(chi2 < chiSquareBound(df), "poisson(\(mean)) χ² = \(chi2), df = \(df)")
        }
        var rng = Xoshiro256StarStar(seed: 20)
        #expect(rng.poisson(mean: 0) == 0)
        let huge = rng.poisson(mean: 1e12)
        #expect(abs(Double(huge) - 1e12) < 1e7)
    }

    @Test("binomial: mean and variance for (20, 0.3) and (5000, 0.4), χ² goodness of fit")
    func binomial() {
        let cases: [(UInt64, Int, Double)] = [(21, 20, 0.3), (22, 5000, 0.4), (23, 100, 0.5), (24, 200, 0.85),
                                              (25, 59, 0.5), (26, 61, 0.5)]
        for (seed, n, p) in cases {
            let m = sample(seed: seed) { Double($0.binomial(count: n, probability: p)) }
            let variance = Double(n) * p * (1 - p)
            #expect(m.meanZ(Double(n) * p, trueVariance: variance) < zTolerance)
            #expect(m.varianceZ(variance) < zTolerance)
            let counts = histogram(seed: seed &+ 1000) { $0.binomial(count: n, probability: p) }
            let (chi2, df) = chiSquare(counts: counts, pmf: binomialPMF(n: n, p: p), total: drawCount)
            #expect(chi2 < chiSquareBound(df), "binomial(\(n), \(p)) χ² = \(chi2), df = \(df)")
        }
        var rng = Xoshiro256StarStar(seed: 27)
        #expect(rng.binomial(count: 0, probability: 0.5) == 0)
        #expect(rng.binomial(count: 10, probability: 0) == 0)
        #expect(rng.binomial(count: 10, probability: 1) == 10)
        for _ in 0..<1000 {
            let k = rng.binomial(count: 1_000_000_000, probability: 0.999)
            #expect(k >= 0 && k <= 1_000_000_000)
        }
    }

    @Test("categorical / pick: frequencies proportional to unnormalised weights")
    func categorical() {
        let weights = [2.0, 0.0, 5.0, 3.0, 0.0]
        var rng = Xoshiro256StarStar(seed: 28)
        var counts = [Int](repeating: 0, count: weights.count)
        for _ in 0..<drawCount { counts[rng.categorical(weights)] += 1 }
        #expect(counts[1] == 0 && counts[4] == 0)
        for (i, w) in weights.enumerated() where w > 0 {
            let p = w / 10
            let se = (p * (1 - p) / Double(drawCount)).squareRoot()
            #expect(abs(Double(counts[i]) / Double(drawCount) - p) < zTolerance * se)
        }
        // pick on a slice returns offsets from the slice start; works on buffer pointers too.
        var a = Xoshiro256StarStar(seed: 29)
        var b = a
        let slice = [9.0, 9.0, 1.0, 0.0, 3.0][2...]
        let fromSlice = a.pick(weights: slice, total: 4)
        let fromArray = weights.withUnsafeBufferPointer { _ in b.pick(weights: [1.0, 0.0, 3.0], total: 4) }
        #expect(fromSlice == fromArray)
        #expect([0, 2].contains(fromSlice))
        let fromBuffer = [1.0, 0.0, 3.0].withUnsafeBufferPointer { buffer in
            var c = Xoshiro256StarStar(seed: 29)
            return c.pick(weights: buffer, total: 4)
        }
        #expect(fromBuffer == fromArray)
    }
}

