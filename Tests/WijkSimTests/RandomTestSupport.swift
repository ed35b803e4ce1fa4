import Foundation
import Testing
@testable import WijkSim

// MARK: - Helpers

/// Sample moments of `count` draws.
struct Moments {
    var count: Int
    var mean: Double
    var variance: Double
    /// Fourth central moment (used for the standard error of the variance).
    var fourth: Double

    init(_ values: [Double]) {
        count = values.count
        let n = Double(values.count)
        mean = values.reduce(0, +) / n
        var m2 = 0.0
        var m4 = 0.0
        for x in values {
            let d = x - mean
            m2 += d * d
            m4 += d * d * d * d
        }
        variance = m2 / (n - 1)
        fourth = m4 / n
    }

    /// |mean − expected| in units of the standard error √(σ²/n), σ² = `trueVariance`.
    func meanZ(_ expected: Double, trueVariance: Double) -> Double {
        abs(mean - expected) / (trueVariance / Double(count)).squareRoot()
    }

    /// |variance − expected| in units of its standard error √((μ₄ − σ⁴)/n).
    func varianceZ(_ expected: Double) -> Double {
        abs(variance - expected) / ((fourth - variance * variance) / Double(count)).squareRoot()
    }
}

/// Tolerance for all distribution checks: 5 standard errors (two-sided p ≈ 6e-7 per check; seeds are fixed,
/// so the tests are deterministic anyway).
let zTolerance = 5.0
let drawCount = 200_000

func sample(seed: UInt64, _ count: Int = drawCount,
                    _ draw: (inout Xoshiro256StarStar) -> Double) -> Moments {
    var rng = Xoshiro256StarStar(seed: seed)
    var values = [Double]()
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(draw(&rng)) }
    return Moments(values)
}

/// Pearson χ² statistic of integer draws against a pmf, pooling values whose expected count is < 20
/// into the two tails. Returns (statistic, degrees of freedom).
func chiSquare(counts: [Int: Int], pmf: [Double], total: Int) -> (Double, Int) {
    let n = Double(total)
    var cells: [(observed: Double, expected: Double)] = []
    var lowObserved = 0.0, lowExpected = 0.0
    var k = 0
    while k < pmf.count && pmf[k] * n < 20 {
        lowObserved += Double(counts[k, default: 0]); lowExpected += pmf[k] * n; k += 1
    }
    var high = pmf.count - 1
    var highObserved = 0.0, highExpected = 0.0
    while high >= k && pmf[high] * n < 20 {
        highObserved += Double(counts[high, default: 0]); highExpected += pmf[high] * n; high -= 1
    }
    // Values beyond the pmf table count as upper tail.
    for (value, c) in counts where value >= pmf.count { highObserved += Double(c) }
    if lowExpected > 0 { cells.append((lowObserved, lowExpected)) }
    if k <= high {
        for j in k...high { cells.append((Double(counts[j, default: 0]), pmf[j] * n)) }
    }
    if highExpected > 0 || highObserved > 0 { cells.append((highObserved, Swift.max(highExpected, 1e-300))) }
    let statistic = cells.reduce(0.0) { $0 + ($1.observed - $1.expected) * ($1.observed - $1.expected) / $1.expected }
    return (statistic, cells.count - 1)
}

/// χ² acceptance bound df + 6·√(2·df) (roughly p < 1e-6 for the degrees of freedom used here).
func chiSquareBound(_ df: Int) -> Double { Double(df) + 6 * (2 * Double(df)).squareRoot() }

/// Normalised pmf on 0...upper from the successive ratio f(k)/f(k−1), computed from the mode outwards.
func pmfFromRatios(upper: Int, mode: Int, ratio: (Int) -> Double) -> [Double] {
    var f = [Double](repeating: 0, count: upper + 1)
    f[mode] = 1
    if mode < upper { for k in (mode + 1)...upper { f[k] = f[k - 1] * ratio(k) } }
    if mode > 0 { for k in stride(from: mode - 1, through: 0, by: -1) { f[k] = f[k + 1] / ratio(k + 1) } }
    let sum = f.reduce(0, +)
    return f.map { $0 / sum }
}

func poissonPMF(mean: Double, upper: Int) -> [Double] {
    pmfFromRatios(upper: upper, mode: Int(mean)) { k in mean / Double(k) }
}

func binomialPMF(n: Int, p: Double) -> [Double] {
    pmfFromRatios(upper: n, mode: Int(Double(n + 1) * p)) { k in Double(n - k + 1) / Double(k) * p / (1 - p) }
}

func histogram(seed: UInt64, count: Int = drawCount, _ draw: (inout Xoshiro256StarStar) -> Int) -> [Int: Int] {
    var rng = Xoshiro256StarStar(seed: seed)
    var counts: [Int: Int] = [:]
    for _ in 0..<count { counts[draw(&rng), default: 0] += 1 }
    return counts
}

