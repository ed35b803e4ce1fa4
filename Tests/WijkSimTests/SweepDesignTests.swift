import Testing
@testable import WijkSim

/// The design generators on the unit cube: latin hypercube, Morris trajectories, grids.
@Suite("Sweep designs")
struct SweepDesignTests {
    // Catches: points drawn uniformly without strata, a stratum used twice in a dimension,
    // and coordinates that rounding pushes into the next stratum.
    @Test(arguments: [(1, 1), (7, 3), (100, 5), (1000, 2)])
    func latinHypercubeHasOnePointPerStratum(points: Int, dimensions: Int) {
        for seed in UInt64(1)...20 {
            let unit = LatinHypercube.unitPoints(points: points, dimensions: dimensions, seed: seed)
            #expect(unit.count == points * dimensions)
            for dimension in 0..<dimensions {
                let strata = (0..<points).map { LatinHypercube.stratum(of: unit[$0 * dimensions + dimension], points: points) }
                #expect(strata.sorted() == Array(0..<points), "seed \(seed), dimension \(dimension): strata \(strata.prefix(20))")
                #expect((0..<points).allSatisfy { (0.0..<1.0).contains(unit[$0 * dimensions + dimension]) }, "seed \(seed)")
            }
        }
    }

    // Catches: one permutation shared by every dimension (points on the diagonal), and
    // midpoints where the points should lie anywhere in their strata.
    @Test func latinHypercubeDimensionsArePairedAtRandom() {
        let unit = LatinHypercube.unitPoints(points: 50, dimensions: 3, seed: 7)
        let strata = (0..<3).map { d in (0..<50).map { LatinHypercube.stratum(of: unit[$0 * 3 + d], points: 50) } }
        #expect(strata[0] != strata[1] && strata[1] != strata[2])
        let offsets = unit.map { ($0 * 50).truncatingRemainder(dividingBy: 1) }
        #expect(Set(offsets.map { ($0 * 1000).rounded() }).count > 100, "offsets within strata vary")
    }

    // Catches: a generator that ignores its seed, or draws from a process-seeded source.
    @Test func latinHypercubeIsDeterministic() {
        #expect(LatinHypercube.unitPoints(points: 30, dimensions: 4, seed: 11) == LatinHypercube.unitPoints(points: 30, dimensions: 4, seed: 11))
        #expect(LatinHypercube.unitPoints(points: 30, dimensions: 4, seed: 11) != LatinHypercube.unitPoints(points: 30, dimensions: 4, seed: 12))
    }

    // Catches: steps that move two factors, a step of 1/(p − 1) instead of Δ, a factor moved
    // twice in one trajectory, points off the grid or outside [0, 1].
    @Test(arguments: [(4, 5), (6, 3), (2, 1), (8, 10)])
    func morrisStepsChangeOneFactorByDelta(levels: Int, factors: Int) {
        let delta = MorrisDesign.delta(levels: levels)
        for seed in UInt64(1)...20 {
            let design = MorrisDesign.trajectories(12, factors: factors, levels: levels, seed: seed)
            #expect(design.unit.count == 12 * (factors + 1) * factors)
            #expect(design.unit.allSatisfy { u in (0...1).contains(u) && abs(u * Double(levels - 1) - (u * Double(levels - 1)).rounded()) < 1e-9 },
                    "seed \(seed): a coordinate off the \(levels)-level grid")
            for trajectory in 0..<12 {
                let start = trajectory * (factors + 1)
                #expect(design.changedFactor[start] == nil)
                var moved: [Int] = []
                for point in (start + 1)..<(start + factors + 1) {
                    let before = design.unit[((point - 1) * factors)..<(point * factors)]
                    let after = design.unit[(point * factors)..<((point + 1) * factors)]
                    let changed = zip(before, after).enumerated().filter { $0.element.0 != $0.element.1 }
                    #expect(changed.count == 1, "seed \(seed), point \(point): \(changed.count) factors changed")
                    if let step = changed.first {
                        #expect(abs(abs(step.element.1 - step.element.0) - delta) < 1e-12, "seed \(seed), point \(point): step \(step.element.1 - step.element.0), Δ = \(delta)")
                        #expect(design.changedFactor[point] == step.offset)
                        moved.append(step.offset)
                    }
                }
                #expect(moved.sorted() == Array(0..<factors), "seed \(seed), trajectory \(trajectory): every factor moves once")
            }
        }
    }

    // Catches: every trajectory stepping up (no −Δ), or starting from the same base point.
    @Test func morrisTrajectoriesVary() {
        let design = MorrisDesign.trajectories(40, factors: 4, levels: 4, seed: 3)
        var signs: Set<Bool> = []
        var starts: Set<[Double]> = []
        for point in design.changedFactor.indices {
            if let factor = design.changedFactor[point] {
                signs.insert(design.unit[point * 4 + factor] > design.unit[(point - 1) * 4 + factor])
            } else {
                starts.insert(Array(design.unit[(point * 4)..<(point * 4 + 4)]))
            }
        }
        #expect(signs == [true, false])
        #expect(starts.count > 10)
        #expect(MorrisDesign.delta(levels: 4) == 2.0 / 3)
    }

    // Catches: the last factor varying slowest, or a count that is not the product.
    @Test func gridRunsFirstFactorSlowest() {
        let points = GridDesign.points([[1, 2], [10, 20, 30]])
        #expect(points == [1, 10, 1, 20, 1, 30, 2, 10, 2, 20, 2, 30])
        #expect(GridDesign.points([[1, 2], [3], [4, 5, 6, 7]]).count == 2 * 1 * 4 * 3)
        #expect(GridDesign.pointCount([3, 4, 5], limit: 100) == 60)
        #expect(GridDesign.pointCount([1000, 1000, 1000], limit: 1_000_000) == nil)
        #expect(GridDesign.pointCount([Int.max, 2], limit: .max) == nil, "overflow is refused, not trapped")
    }

    // Catches: integers taken by rounding to the nearest (ends half as likely), or past `high` at u = 1.
    @Test func integerFactorsTakeEveryWholeNumberEquallyOften() {
        let factor = SweepFactor(keyPath: "x", isInteger: true, low: 1, high: 4)
        #expect([0, 0.2499, 0.25, 0.5, 0.99, 1].map(factor.value(atUnit:)) == [1, 1, 2, 3, 4, 4])
        let unit = LatinHypercube.unitPoints(points: 400, dimensions: 1, seed: 5)
        let values = unit.map(factor.value(atUnit:))
        #expect([1.0, 2, 3, 4].map { v in values.filter { $0 == v }.count } == [100, 100, 100, 100])
        let real = SweepFactor(keyPath: "y", isInteger: false, low: 0.1, high: 0.5)
        #expect(real.value(atUnit: 0.5) == 0.1 + 0.5 * 0.4)
        #expect(real.unit(of: 0.3) == (0.3 - 0.1) / 0.4)
    }
}
