import Foundation
import Testing
@testable import WijkSim

@Suite("Statistics")
struct OutputStatisticsTests {
    @Test("Welford agrees with the two-pass formulas", arguments: [1, 2, 3, 10, 1_000, 50_000] as [Int])
    func welfordMatchesTwoPass(count: Int) {
        var mixer = SplitMix64(seed: UInt64(count))
        let values = (0..<count).map { _ in 1e6 + Double(mixer.next() >> 11) / Double(1 << 53) * 10 }
        var stats = RunningStatistics()
        values.forEach { stats.add($0) }
        let mean = values.reduce(0, +) / Double(count)
        #expect(stats.count == count)
        #expect(abs(stats.mean - mean) <= 1e-9 * abs(mean), "n=\(count)")
        if count >= 2 {
            let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(count - 1)
            #expect(abs(stats.variance - variance) <= 1e-7 * variance, "n=\(count)")
        } else {
            #expect(stats.variance.isNaN)
            #expect(stats.standardDeviation.isNaN)
            let interval = stats.confidenceInterval()
            #expect(interval.low.isNaN && interval.high.isNaN)
        }
    }

    @Test("NaN values are skipped")
    func nanSkipped() {
        var stats = RunningStatistics()
        [1, .nan, 3].forEach { stats.add($0) }
        #expect(stats.count == 2)
        #expect(stats.mean == 2)
        #expect(RunningStatistics().mean.isNaN)
    }

    @Test("95% CI uses Student's t")
    func confidenceInterval() {
        var stats = RunningStatistics()
        [1.0, 2, 3, 4, 5, 6].forEach { stats.add($0) }
        let interval = stats.confidenceInterval()
        // R: t.test(1:6)$conf.int = 1.536686 5.463314 (mean 3.5, sd² 3.5, t(0.975, 5) = 2.570582)
        let half = 2.5705818356363146 * (3.5 / 6).squareRoot()
        #expect(abs(interval.low - (3.5 - half)) < 1e-12)
        #expect(abs(interval.high - (3.5 + half)) < 1e-12)
        #expect(abs(interval.low - 1.536686) < 1e-6)
    }

    @Test("type 7 quantiles match R", arguments: [
        ([1.0, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1.45, 5.5, 9.55]),
        ([3.0, 1, 2], [1.1, 2, 2.9]),
        ([1.0, 10], [1.45, 5.5, 9.55]),
        ([7.0], [7, 7, 7]),
        ([5.0, .nan, 1], [1.2, 3, 4.8]),
    ])
    func quantiles(values: [Double], expected: [Double]) {
        let result = Quantile.type7([0.05, 0.5, 0.95], of: values)
        for (got, want) in zip(result, expected) {
            #expect(abs(got - want) < 1e-12, "\(values): got \(result), expected \(expected)")
        }
    }

    @Test("quantiles of no values are NaN")
    func emptyQuantiles() {
        #expect(Quantile.type7([0.5], of: [])[0].isNaN)
        #expect(Quantile.type7([0, 1], of: [4, 2, 9]) == [2, 9])
    }

    @Test("Student t quantiles", arguments: [
        (0.975, 1.0, 12.706204736174698),
        (0.975, 2.0, 4.302652729749464),
        (0.975, 5.0, 2.570581835636314),
        (0.975, 10.0, 2.228138851986273),
        (0.975, 30.0, 2.042272456301238),
        (0.975, 100.0, 1.983971518523552),
        (0.975, 1e6, 1.959966356814107),
        (0.975, Double.infinity, 1.959963984540054),
        (0.995, 3.0, 5.840909309733349),
        (0.9995, 1.0, 636.6192487687196),
        (0.6, 4.0, 0.2707222947075976),
        (0.025, 5.0, -2.570581835636314),
    ])
    func studentT(p: Double, degreesOfFreedom: Double, expected: Double) {
        let value = StudentT.quantile(p, degreesOfFreedom: degreesOfFreedom)
        #expect(abs(value - expected) <= 1e-8 * max(1, abs(expected)), "t(\(p), \(degreesOfFreedom)) = \(value)")
    }

    @Test("Student t quantile inverts the tail probability over many degrees of freedom")
    func studentTInverse() {
        for nu in [1.5, 3, 7, 25, 333, 4_000, 90_000] {
            for p in [0.6, 0.9, 0.975, 0.999, 0.999999] {
                let t = StudentT.quantile(p, degreesOfFreedom: nu)
                let tail = StudentT.upperTail(t, degreesOfFreedom: nu)
                #expect(abs(tail - (1 - p)) <= 1e-9 * (1 - p), "ν=\(nu) p=\(p) t=\(t) tail=\(tail)")
            }
        }
    }

    @Test("normal quantile", arguments: [(0.5, 0.0), (0.975, 1.959963984540054), (0.001, -3.090232306167813),
                                         (1e-10, -6.361340902404056)])
    func normal(p: Double, expected: Double) {
        #expect(abs(StandardNormal.quantile(p) - expected) < 1e-12)
    }

    @Test("a metric summary with one replicate has NA spread")
    func singleReplicateSummary() {
        var collector = ScalarCollector(metricNames: ["x"])
        collector.add([0.25])
        let row = collector.summaries()[0].csvRow(scenario: "s")
        #expect(row == ["s", "x", "1", "0.25", "NA", "NA", "NA", "0.25", "0.25", "0.25"])
    }
}
