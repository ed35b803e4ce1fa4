/// Latin-hypercube samples on the unit cube (McKay, Beckman & Conover 1979).
///
/// For `points` = n and `dimensions` = k: for each dimension in turn, a random permutation π
/// of 0..<n (``Xoshiro256StarStar/shuffle(_:)``) and then n uniform draws uᵢ, giving point i
/// the coordinate (π(i) + uᵢ) / n. So every stratum [j/n, (j+1)/n) of every dimension holds
/// exactly one point (a coordinate that floating-point rounding would push into the next
/// stratum is moved back by one ulp), and the same seed always gives the same points.
enum LatinHypercube {
    /// The unit coordinates, point-major: `result[i * dimensions + d]` is point i's coordinate
    /// in dimension d, in [0, 1).
    /// - Parameters:
    ///   - points: n ≥ 1.
    ///   - dimensions: k ≥ 1.
    ///   - seed: Seeds the generator; see ``SweepPlan`` for how a sweep derives it.
    static func unitPoints(points: Int, dimensions: Int, seed: UInt64) -> [Double] {
        precondition(points >= 1 && dimensions >= 1, "a latin hypercube needs points and dimensions, got \(points) × \(dimensions)")
        var rng = Xoshiro256StarStar(seed: seed)
        var result = [Double](repeating: 0, count: points * dimensions)
        let n = Double(points)
        for dimension in 0..<dimensions {
            var strata = Array(0..<points)
            rng.shuffle(&strata)
            for point in 0..<points {
                var u = (Double(strata[point]) + rng.uniform()) / n
                while stratum(of: u, points: points) > strata[point] { u = u.nextDown }
                while stratum(of: u, points: points) < strata[point] { u = u.nextUp }
                result[point * dimensions + dimension] = u
            }
        }
        return result
    }

    /// The stratum ⌊u · n⌋ that unit coordinate `u` falls in, for n = `points`.
    static func stratum(of u: Double, points: Int) -> Int {
        Int((u * Double(points)).rounded(.down))
    }
}
