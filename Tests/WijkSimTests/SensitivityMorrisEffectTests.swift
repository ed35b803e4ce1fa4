import Testing
@testable import WijkSim

@Suite("sensitivity: Morris elementary effects")
struct SensitivityMorrisEffectTests {
    static let bootstrap = Bootstrap(resamples: 200, seed: 42)

    /// Trajectories for y = 2·x1 + x2² + 0·x3 on [0, 1]³ with step Δ = ±0.5; every value is
    /// dyadic, so the arithmetic is exact.
    ///
    /// Hand-computed EEs: x1 always 2; x2 0.5 (0 → 0.5), 1.5 (0.5 → 1), 1.5 (1 → 0.5),
    /// 1.0 (0.25 → 0.75), so μ = μ* = 1.125 and σ = √(0.6875 / 3) = 0.478713553878169; x3 always 0.
    static let quadratic: [MorrisTrajectory] = {
        let starts: [[[Double]]] = [
            [[0, 0, 0], [0.5, 0, 0], [0.5, 0.5, 0], [0.5, 0.5, 0.5]],
            [[0.5, 0.5, 1], [0.5, 1, 1], [0, 1, 1], [0, 1, 0.5]],
            [[1, 1, 0.5], [1, 0.5, 0.5], [0.5, 0.5, 0.5], [0.5, 0.5, 0]],
            [[0.25, 0.25, 0.25], [0.75, 0.25, 0.25], [0.75, 0.75, 0.25], [0.75, 0.75, 0.75]],
        ]
        return starts.map { points in
            MorrisTrajectory(points: points, outputs: points.map { 2 * $0[0] + $0[1] * $0[1] + 0 * $0[2] })
        }
    }()

    static func analyse(_ trajectories: [MorrisTrajectory], ranges: [ClosedRange<Double>] = [0...1, 0...1, 0...1],
                        bootstrap: Bootstrap = bootstrap) throws -> [SensitivityResult] {
        try MorrisEffect.analyse(metric: "y", parameters: ["x1", "x2", "x3"], ranges: ranges,
                                 trajectories: trajectories, bootstrap: bootstrap)
    }

    // Catches: EE = Δy without dividing by Δx (x1 would be 1), |Δy/Δx| used for μ, σ with
    // denominator n instead of n − 1 (x2 would be 0.4146), a factor attributed to the wrong step.
    @Test("y = 2·x1 + x2²: μ* of x1 is exactly 2 with σ 0; x2's μ, μ*, σ as computed by hand; x3 has none")
    func knownEffects() throws {
        let results = try Self.analyse(Self.quadratic)
        let x1 = results[0], x2 = results[1], x3 = results[2]
        #expect(x1.headline.measure == .muStar)
        #expect(x1.headline.value == 2)
        #expect(x1.headline.interval == ConfidenceInterval(low: 2, high: 2, level: 0.95, method: .bootstrapPercentile))
        #expect(x1.details.map(\.measure) == [.mu, .sigma])
        #expect(x1.details.map(\.value) == [2, 0])
        #expect(x1.direction == .raises)
        #expect(abs(x2.headline.value! - 1.125) < 1e-15)
        #expect(abs(x2.details[0].value! - 1.125) < 1e-15)
        #expect(abs(x2.details[1].value! - 0.478713553878169) < 1e-15)
        #expect(x2.headline.count == 4 && x2.headline.skipped == 0)
        #expect(x3.headline.value == 0)
        #expect(x3.headline.notes == [SensitivityEstimate.undetectableNote])
        let ranking = SensitivityRanking(results)
        #expect(ranking.groups[0].entries.map(\.result.parameter) == ["x1", "x2", "x3"])
    }

    // Catches: Δx not scaled by the factor's range (the EE would be 2, not 8).
    @Test("Δx is scaled by the factor's range: y = 2·x on [10, 14] has EE 8 per full range")
    func scaledByRange() throws {
        let trajectories = [[10.0, 12], [14, 12], [11, 13]].map { values in
            MorrisTrajectory(points: values.map { [$0] }, outputs: values.map { 2 * $0 })
        }
        let results = try MorrisEffect.analyse(metric: "y", parameters: ["x"], ranges: [10...14],
                                               trajectories: trajectories, bootstrap: Self.bootstrap)
        #expect(results[0].headline.value == 8)
        #expect(results[0].details[0].value == 8)
    }

    // Catches: μ* computed as |μ| (a U-shaped effect would look like no effect).
    @Test("a U-shaped factor has μ 0 but μ* 0.5, and no settled direction")
    func signCancels() throws {
        let trajectories = [[0.0, 0.5], [0.5, 1], [1, 0.5], [0.5, 0]].map { values in
            MorrisTrajectory(points: values.map { [$0] }, outputs: values.map { ($0 - 0.5) * ($0 - 0.5) })
        }
        let result = try MorrisEffect.analyse(metric: "y", parameters: ["u"], ranges: [0...1],
                                              trajectories: trajectories, bootstrap: Self.bootstrap)[0]
        #expect(abs(result.details[0].value!) < 1e-15)
        #expect(result.headline.value == 0.5)
        #expect(result.direction == .mixed)
    }

    /// `count` random trajectories of y = 2·x1 + x2² + 0·x3: start values in {0, ¼, ½}, the
    /// factors stepped by +½ in a shuffled order.
    static func randomTrajectories(count: Int, seed: UInt64) -> [MorrisTrajectory] {
        var rng = Xoshiro256StarStar(seed: seed)
        return (0..<count).map { _ in
            var point = (0..<3).map { _ in Double(rng.uniformInt(below: 3)) / 4 }
            var order = [0, 1, 2]
            rng.shuffle(&order)
            var points = [point]
            for factor in order {
                point[factor] += 0.5
                points.append(point)
            }
            return MorrisTrajectory(points: points, outputs: points.map { 2 * $0[0] + $0[1] * $0[1] })
        }
    }

    // Catches: an unseeded generator (two runs differ) or an ignored seed (two seeds agree).
    @Test("bootstrap: same seed, same intervals; another seed, other intervals")
    func determinism() throws {
        let trajectories = Self.randomTrajectories(count: 20, seed: 5)
        let first = try Self.analyse(trajectories), again = try Self.analyse(trajectories)
        let other = try Self.analyse(trajectories, bootstrap: Bootstrap(resamples: 200, seed: 43))
        #expect(first == again)
        #expect(first[1].headline.interval != other[1].headline.interval)
        #expect(first[1].details[1].interval != other[1].details[1].interval)
        let muStar = first[1].headline.interval!, value = first[1].headline.value!
        #expect(muStar.low >= 0.5 && muStar.high <= 1.5 && muStar.low < value && value < muStar.high, "\(muStar)")
    }

    // Catches: silently accepting a design bug (two factors moved in one step).
    @Test("a step that changes two factors is an error naming the trajectory, step and factors")
    func invalidTrajectory() {
        let bad = MorrisTrajectory(points: [[0, 0, 0], [0.5, 0.5, 0]], outputs: [0, 1])
        #expect(throws: SensitivityInputError(
            "Morris trajectory 1, step 1: 2 factors changed (x1, x2); each step must change exactly one")) {
            try Self.analyse([Self.quadratic[0], bad])
        }
        let short = MorrisTrajectory(points: [[0, 0, 0], [0.5, 0, 0]], outputs: [0])
        #expect(throws: SensitivityInputError("Morris trajectory 0: 2 points but 1 outputs")) {
            try Self.analyse([short])
        }
    }

    // Catches: NaN outputs propagating into μ*, crashes with one trajectory, NaN σ text.
    @Test("undefined outputs drop their EEs (counted); one trajectory gives estimates without intervals")
    func degenerate() throws {
        var withGap = Self.quadratic
        withGap[0].outputs[2] = .nan  // kills x2's EE (step 2) and x3's (step 3) in trajectory 0
        let results = try Self.analyse(withGap)
        #expect(results.map(\.headline.skipped) == [0, 1, 1])
        #expect(results[1].headline.count == 3)
        #expect(abs(results[1].headline.value! - 4.0 / 3) < 1e-15)

        let single = try Self.analyse([Self.quadratic[0]])
        #expect(single[0].headline.value == 2)
        #expect(single[0].headline.interval == nil)
        #expect(single[0].headline.notes == ["fewer than 2 trajectories: no interval"])
        #expect(single[0].details[1].value == nil)
        #expect(single[0].details[1].notes == ["one elementary effect: no standard deviation"])

        let flat = Self.quadratic.map { MorrisTrajectory(points: $0.points, outputs: $0.outputs.map { _ in 3 }) }
        let constant = try Self.analyse(flat)
        #expect(constant.map(\.headline.value) == [0, 0, 0])
        #expect(constant[0].headline.notes == ["output is constant", SensitivityEstimate.undetectableNote])
        let text = SensitivityTable.text(SensitivityRanking(single + constant).rows)
        #expect(!text.contains("NA") && !text.lowercased().contains("nan"))
    }
}
