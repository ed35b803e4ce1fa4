import Testing
@testable import WijkSim

/// The time-pattern rule of `compare` (``ComparisonTiming``) on constructed weekly series.
@Suite("compare: time patterns of the weekly effect")
struct ComparisonTimingTests {
    /// Timing from per-replicate weekly differences `effect(week) + noise`, noise ±`noise`
    /// alternating by replicate (10 replicates); weeks are 0-based in `effect`.
    private func timing(weeks: Int, direction: Double = 1, noise: Double = 0,
                        effect: (Int) -> Double) -> ComparisonTiming {
        var trailing = Array(repeating: RunningStatistics(), count: weeks)
        for replicate in 0..<10 {
            let shift = replicate % 2 == 0 ? noise : -noise
            let means = ComparisonTiming.trailingMeans(of: (0..<weeks).map { effect($0) + shift })
            for week in 0..<weeks { trailing[week].add(means[week]) }
        }
        return ComparisonTiming(trailing: trailing, weeklyDifference: (0..<weeks).map(effect), direction: direction)
    }

    /// Timing from independent noise only: uniform in ±`amplitude` per replicate and week.
    private func noiseOnly(seed: UInt64, weeks: Int = 104, replicates: Int = 20, amplitude: Double = 0.02) -> ComparisonTiming {
        var generator = Xoshiro256StarStar(seed: seed)
        var trailing = Array(repeating: RunningStatistics(), count: weeks)
        var sums = [Double](repeating: 0, count: weeks)
        for _ in 0..<replicates {
            let differences = (0..<weeks).map { _ in (2 * generator.uniform() - 1) * amplitude }
            for week in 0..<weeks { sums[week] += differences[week] }
            for (week, mean) in ComparisonTiming.trailingMeans(of: differences).enumerated() { trailing[week].add(mean) }
        }
        let means = sums.map { $0 / Double(replicates) }
        return ComparisonTiming(trailing: trailing, weeklyDifference: means, direction: means.reduce(0, +))
    }

    @Test("steady: visible once the trailing mean is clearly past half the mean effect, and no pattern beyond it")
    func steady() {
        // Catches: a rule that calls a lasting effect periodic, fading or late.
        let fromStart = timing(weeks: 104) { _ in 0.05 }
        #expect(fromStart.visibleFromWeek == 1)
        #expect(fromStart.pattern == .steady)
        #expect(fromStart.startsInWeek == nil)
        #expect(fromStart.segments == [.init(firstWeek: 1, lastWeek: 104, lastClearWeek: 104)])
        // Mean weekly effect 0.05 · 40/60, threshold 1/60; trailing means 0.05 · k/8 in week 20 + k.
        let lasting = timing(weeks: 60) { $0 >= 20 ? 0.05 : 0 }
        #expect(abs(lasting.threshold - 1.0 / 60) < 1e-15)
        #expect(lasting.visibleFromWeek == 23)
        #expect(lasting.pattern == .steady)
        #expect(lasting.fadesAfterWeek == nil)
        let down = timing(weeks: 60, direction: -1) { $0 >= 10 ? -0.02 : 0 }
        #expect(down.visibleFromWeek == 14)
        #expect(down.pattern == .steady)
        // A first-week spike (no connectors at all: -13.5 points, then -4.5) is not read as a peak that fades.
        let spike = timing(weeks: 60, direction: -1) { $0 == 0 ? -0.135 : -0.045 }
        #expect(spike.visibleFromWeek == 1)
        #expect(spike.pattern == .steady)
        let noisy = timing(weeks: 60, noise: 0.004) { $0 >= 20 ? 0.05 : 0 }
        #expect(noisy.visibleFromWeek == 24, "the interval must clear the threshold, not the mean")
    }

    @Test("late start: nothing before week S, then the effect; an early start is not called late")
    func lateStart() {
        // Catches: a start read from the visible week (the lag of the trailing mean), or no start at all.
        let late = timing(weeks: 104) { $0 >= 40 ? 0.05 : 0 }
        #expect(late.startsInWeek == 41, "the first week with a non-zero difference (0-based week 40)")
        #expect(late.visibleFromWeek == 43)
        #expect(late.pattern == .steady)
        #expect(timing(weeks: 104) { $0 >= 3 ? 0.05 : 0 }.startsInWeek == nil, "week 4 is within the first 8 weeks")
        // A ramp: the difference exists from week 21 on but reaches half its average size only later.
        let ramp = timing(weeks: 104) { $0 >= 20 ? min(0.05, 0.002 * Double($0 - 19)) : 0 }
        #expect(ramp.startsInWeek == 21)
        #expect((ramp.visibleFromWeek ?? 0) > 30)
    }

    @Test("fades after an end week: the last week with the effect, not the lagging trailing mean")
    func fades() {
        // Threshold 0.5 · 0.05 · 40/104; the trailing mean stays clear until week 56, the effect ends in week 50.
        // Catches: F read from the last clear trailing week (56) or from a peak (week 17).
        let ending = timing(weeks: 104) { (10..<50).contains($0) ? 0.05 : 0 }
        #expect(ending.visibleFromWeek == 12)
        #expect(ending.pattern == .fades)
        #expect(ending.fadesAfterWeek == 50)
        #expect(ending.segments.map(\.lastClearWeek) == [56])
        let pilot = timing(weeks: 60) { (20..<32).contains($0) ? 0.05 : 0 }
        #expect(pilot.visibleFromWeek == 21)
        #expect(pilot.fadesAfterWeek == 32)
        // An end too near the horizon to confirm is not a fade.
        let nearEnd = timing(weeks: 60) { $0 < 50 ? 0.05 : 0 }
        #expect(nearEnd.pattern == .steady)
        #expect(nearEnd.fadesAfterWeek == nil)
    }

    @Test("yearly: an effect that switches off every year and returns is periodic, with its weeks")
    func yearly() {
        // A yearly budget: on in weeks 1-21 of each year (0-based week % 52 < 21), 104 weeks.
        // Catches: the single-peak rule ("fades after week 21") and a rule that misses the return.
        let budget = timing(weeks: 104) { $0 % 52 < 21 ? 0.05 : 0 }
        #expect(budget.pattern == .yearly)
        #expect(budget.visibleFromWeek == 1)
        #expect(budget.fadesAfterWeek == nil)
        #expect(budget.segments.map(\.firstWeek) == [1, 54])
        #expect(budget.segments.map(\.lastWeek) == [21, 73])
        // The connector mandate: in force from week 14, the budget runs out after 8 weeks, is renewed
        // at the turn of the year (absolute week 52) and runs out again. Starts and ends are 39 weeks
        // apart, but the return follows the turn of the year. Catches: a rule that needs 52-week spacing.
        let mandate = timing(weeks: 104) { (13..<21).contains($0) || (52..<60).contains($0) ? 0.05 : 0 }
        #expect(mandate.segments.map(\.firstWeek) == [14, 53])
        #expect(mandate.pattern == .yearly, "\(mandate.segments)")
        // The same series after a 20-week warm-up: the turn of the year is recorded week 33, so the
        // return in week 53 is not a renewal. Catches: a turn of the year that ignores the warm-up.
        let shifted = ComparisonTiming.pattern(of: mandate.segments, weeks: 104, warmupWeeks: 20)
        #expect(shifted == .onAndOff)
        // Three years: every pair must repeat.
        #expect(timing(weeks: 156) { $0 % 52 < 20 ? 0.05 : 0 }.segments.count == 3)
        #expect(timing(weeks: 156) { $0 % 52 < 20 ? 0.05 : 0 }.pattern == .yearly)
    }

    @Test("on and off but not yearly; a steady effect is never periodic; a short dip does not split it")
    func notPeriodic() {
        // Catches: calling any repeat "yearly", and splitting an effect at a dip shorter than the window.
        // Segments 16 weeks apart, starts 35 and ends 40 weeks apart, before the first turn of the year.
        let twice = timing(weeks: 104) { (5..<20).contains($0) || (40..<60).contains($0) ? 0.05 : 0 }
        #expect(twice.segments.count == 2)
        #expect(twice.pattern == .onAndOff)
        #expect(timing(weeks: 156) { _ in 0.03 }.pattern == .steady)
        #expect(ComparisonTiming.segments(clear: Array(repeating: true, count: 9) + Array(repeating: false, count: 7)
                                          + Array(repeating: true, count: 9)) == [0...24])
        #expect(ComparisonTiming.segments(clear: Array(repeating: true, count: 9) + Array(repeating: false, count: 8)
                                          + Array(repeating: true, count: 9)) == [0...8, 17...25])
        #expect(ComparisonTiming.segments(clear: Array(repeating: true, count: 8) + [false]) == [], "8 clear weeks are noise")
    }

    @Test("not visible: wrong side, noise only, too late to confirm; a short horizon is read whole")
    func notVisible() {
        // Catches: a rule that reads "visible" off the mean without its interval, or off any clear week.
        #expect(timing(weeks: 60, direction: -1) { $0 >= 20 ? 0.05 : 0 }.visibleFromWeek == nil)
        #expect(timing(weeks: 60, noise: 0.01) { _ in 0 }.visibleFromWeek == nil)
        #expect(timing(weeks: 60) { $0 >= 53 ? 0.05 : 0 }.visibleFromWeek == nil)
        #expect(timing(weeks: 60) { $0 >= 51 ? 0.05 : 0 }.visibleFromWeek == 52)
        #expect(timing(weeks: 60, direction: .nan) { _ in 0.05 }.visibleFromWeek == nil)
        #expect(timing(weeks: 5) { _ in 0.05 }.visibleFromWeek == 1)
        #expect(timing(weeks: 5) { $0 >= 1 ? 0.05 : 0 }.visibleFromWeek == nil)
        #expect(timing(weeks: 1) { _ in 0.05 }.segments == [.init(firstWeek: 1, lastWeek: 1, lastClearWeek: 1)])
        for seed: UInt64 in 1...5 {
            let noise = noiseOnly(seed: seed)
            #expect(noise.visibleFromWeek == nil, "seed \(seed): \(noise.segments)")
            #expect(noise.pattern == .notVisible, "seed \(seed)")
        }
    }
}
