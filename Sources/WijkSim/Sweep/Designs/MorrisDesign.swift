/// Morris (1991) trajectories on the unit cube, for elementary-effects screening.
///
/// With p = `levels` (even) the grid levels are 0, 1/(p−1), …, 1 and Δ = p / (2(p − 1)), which
/// is p/2 levels. For each trajectory, in this order of draws: a base level ℓⱼ uniform in
/// 0..<p/2 and a direction dⱼ = ±1 (each half) for every factor j, then a random order of the
/// factors. The trajectory starts at level ℓⱼ (dⱼ = +1) or ℓⱼ + p/2 (dⱼ = −1) and moves the
/// factors one at a time, in that order, by dⱼ · p/2 levels: k + 1 points that stay on the
/// grid, each differing from the one before in exactly one factor, by ±Δ. This is Morris's
/// B* = (J x* + (Δ/2)((2B − J) D* + J)) P* with the base x* on the lower half of the grid.
enum MorrisDesign {
    /// A generated design.
    struct Trajectories: Sendable, Equatable {
        /// Unit coordinates, point-major (`unit[i * k + j]`), trajectory after trajectory.
        var unit: [Double]
        /// For each point, the factor changed from the point before; `nil` at a trajectory's first point.
        var changedFactor: [Int?]
    }

    /// Δ for `levels` levels: levels / (2 · (levels − 1)).
    static func delta(levels: Int) -> Double { Double(levels) / Double(2 * (levels - 1)) }

    /// `trajectories` trajectories of `factors` + 1 points each.
    /// - Parameters:
    ///   - trajectories: r ≥ 1.
    ///   - factors: k ≥ 1.
    ///   - levels: p, even, ≥ 2.
    ///   - seed: Seeds the generator.
    static func trajectories(_ trajectories: Int, factors: Int, levels: Int, seed: UInt64) -> Trajectories {
        precondition(trajectories >= 1 && factors >= 1 && levels >= 2 && levels % 2 == 0,
                     "Morris needs r ≥ 1, k ≥ 1 and an even p ≥ 2, got r = \(trajectories), k = \(factors), p = \(levels)")
        var rng = Xoshiro256StarStar(seed: seed)
        let half = levels / 2
        let top = Double(levels - 1)
        var unit: [Double] = []
        var changed: [Int?] = []
        unit.reserveCapacity(trajectories * (factors + 1) * factors)
        changed.reserveCapacity(trajectories * (factors + 1))
        for _ in 0..<trajectories {
            var level = [Int](repeating: 0, count: factors)
            var step = [Int](repeating: 0, count: factors)
            for factor in 0..<factors {
                let base = rng.uniformInt(below: half)
                let isUp = rng.uniformInt(below: 2) == 0
                level[factor] = isUp ? base : base + half
                step[factor] = isUp ? half : -half
            }
            var order = Array(0..<factors)
            rng.shuffle(&order)
            unit += level.map { Double($0) / top }
            changed.append(nil)
            for factor in order {
                level[factor] += step[factor]
                unit += level.map { Double($0) / top }
                changed.append(factor)
            }
        }
        return Trajectories(unit: unit, changedFactor: changed)
    }
}
