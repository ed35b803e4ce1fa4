import Testing
@testable import WijkSim

@Suite("sensitivity: main effects of a full-factorial grid")
struct SensitivityMainEffectTests {
    /// scipy.stats.t.ppf(0.975, 6).
    static let t6 = 2.4469118511449786

    /// A 3 × 2 grid, A ∈ {1, 2, 3}, B ∈ {0, 1}, two replicates per cell at cell mean ± 3 with
    /// cell mean 10·A + 4·B: cells (1,0)=10, (1,1)=14, (2,0)=20, (2,1)=24, (3,0)=30,
    /// (3,1)=34. Listed in a scrambled order.
    ///
    /// By hand: within SS = 12 · 9 = 108, df = 12 − 6 = 6, s² = 18.
    /// A: level means 12, 22, 32; se = √(18 · (½ + ½)) / 2 = √18 / 2; range 20 ± t·√(2·18/4) = 20 ± 3t.
    /// B: level means 20, 24; se = √(18 · 3/2) / 3 = √3; range 4 ± t·√6, which includes 0.
    static let grid: (a: [Double], b: [Double], y: [Double]) = {
        let cells: [(Double, Double, Double)] = [(3, 1, 34), (1, 0, 10), (2, 1, 24), (1, 1, 14), (3, 0, 30), (2, 0, 20)]
        var a: [Double] = [], b: [Double] = [], y: [Double] = []
        for sign in [1.0, -1.0] {
            for (levelA, levelB, mean) in cells {
                a.append(levelA); b.append(levelB); y.append(mean + 3 * sign)
            }
        }
        return (a, b, y)
    }()

    // Catches: marginal means that ignore the level grouping, a range taken from point values
    // instead of level means, intervals from the spread across the other factor's levels
    // instead of the pooled within-cell noise (A's level interval would be ±12.9, not ±5.19),
    // levels out of ascending order.
    @Test("3 × 2 grid with replicates: level means, ranges and t intervals as computed by hand")
    func handComputed() {
        let results = MainEffect.analyse(metric: "y", parameters: ["A", "B"], inputs: [Self.grid.a, Self.grid.b],
                                         output: Self.grid.y)
        let a = results[0], b = results[1]
        #expect(a.headline.measure == .range)
        #expect(a.headline.value == 20)
        #expect(abs(a.headline.interval!.low - (20 - 3 * Self.t6)) < 1e-12)
        #expect(abs(a.headline.interval!.high - (20 + 3 * Self.t6)) < 1e-12)
        #expect(a.headline.interval!.method == .studentT)
        #expect(a.details.map(\.measure) == [.levelMean, .levelMean, .levelMean])
        #expect(a.details.map(\.level) == [1, 2, 3])
        #expect(a.details.map(\.value) == [12, 22, 32])
        #expect(a.details.map(\.count) == [4, 4, 4])
        let half = Self.t6 * 18.0.squareRoot() / 2
        #expect(abs(a.details[0].interval!.low - (12 - half)) < 1e-12)
        #expect(abs(a.details[0].interval!.high - (12 + half)) < 1e-12)
        #expect(a.direction == .raises)
        #expect(a.headline.notes == [])

        #expect(b.headline.value == 4)
        #expect(abs(b.headline.interval!.low - (4 - Self.t6 * 6.0.squareRoot())) < 1e-12)
        #expect(b.details.map(\.value) == [20, 24])
        #expect(b.headline.notes == [SensitivityEstimate.undetectableNote])
        #expect(b.direction == .mixed)
        let ranking = SensitivityRanking(results)
        #expect(ranking.groups[0].entries.map { $0.rank } == [1, 2])
        #expect(ranking.rows.map(\.estimate.measure) == [.range, .levelMean, .levelMean, .levelMean, .range,
                                                         .levelMean, .levelMean])
    }

    // Catches: weighting a level's mean by points instead of by cells after a replicate is
    // lost (A = 1 would be (7 + 11 + 17) / 3 = 11.67 instead of (7 + 14) / 2 = 10.5).
    @Test("an undefined replicate is skipped; level means stay the mean of cell means")
    func unbalanced() {
        var y = Self.grid.y
        let lost = (0..<12).first { Self.grid.a[$0] == 1 && Self.grid.b[$0] == 0 && y[$0] == 13 }!
        y[lost] = .nan
        let results = MainEffect.analyse(metric: "y", parameters: ["A", "B"], inputs: [Self.grid.a, Self.grid.b],
                                         output: y)
        #expect(results[0].headline.skipped == 1)
        #expect(results[0].headline.count == 11)
        #expect(results[0].details[0].value == 10.5)
        #expect(results[0].details[0].count == 3)
        #expect(results[0].headline.value == 32 - 10.5)
    }

    // Catches: a crash on a single level, NaN intervals without replicates, a missing note for
    // an incomplete grid, NaN text in the table.
    @Test("one level, no replicates, an incomplete grid, constant output, too few points")
    func degenerate() {
        let oneLevel = MainEffect.analyse(metric: "y", parameters: ["A", "C"],
                                          inputs: [Self.grid.a, Array(repeating: 5, count: 12)], output: Self.grid.y)
        #expect(oneLevel[1].headline.value == nil)
        #expect(oneLevel[1].headline.notes == ["input is constant (one level)"])
        #expect(oneLevel[0].headline.value == 20)

        let single = MainEffect.analyse(metric: "y", parameters: ["A", "B"],
                                        inputs: [Array(Self.grid.a[..<6]), Array(Self.grid.b[..<6])],
                                        output: Array(Self.grid.y[..<6]))
        #expect(single[0].headline.value == 20)
        #expect(single[0].headline.interval == nil)
        #expect(single[0].headline.notes == ["one point per grid cell: no interval"])
        #expect(single[0].details.allSatisfy { $0.interval == nil })

        let incomplete = MainEffect.analyse(metric: "y", parameters: ["A", "B"], inputs: [[1, 1, 2], [0, 1, 0]],
                                            output: [1, 2, 3])
        #expect(incomplete[0].headline.notes.first == "incomplete grid: 3 of 4 cells have a defined value")

        let constant = MainEffect.analyse(metric: "y", parameters: ["A", "B"], inputs: [Self.grid.a, Self.grid.b],
                                          output: Array(repeating: 0.25, count: 12))
        #expect(constant[0].headline.value == 0)
        #expect(constant[0].headline.interval == ConfidenceInterval(low: 0, high: 0, level: 0.95, method: .studentT))
        #expect(constant[0].headline.notes == ["output is constant", SensitivityEstimate.undetectableNote])

        let few = MainEffect.analyse(metric: "y", parameters: ["A"], inputs: [[1, 2]], output: [.nan, 3])
        #expect(few[0].headline.value == nil)
        #expect(few[0].headline.notes == ["too few points: n = 1, needs at least 2"])
        #expect(few[0].headline.skipped == 1)
        let text = SensitivityTable.text(SensitivityRanking(oneLevel + single + few).rows)
        #expect(!text.contains("NA") && !text.lowercased().contains("nan"))
    }
}
