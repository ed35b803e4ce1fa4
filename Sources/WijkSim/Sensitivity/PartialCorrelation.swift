/// Partial correlations from the centred cross-product (Gram) matrix of a set of columns.
///
/// Regressing two columns on a set of controls by least squares and correlating the
/// residuals is the same as eliminating the controls from their Gram matrix one at a time
/// (the Schur complement, Gauss–Jordan "sweep"): after eliminating control `s`,
/// `G[a][b] ← G[a][b] − G[a][s]·G[s][b] / G[s][s]` is the cross product of the residuals of
/// `a` and `b` on the controls so far. A control whose remaining diagonal is at most
/// ``tolerance`` times its original one is constant or a linear combination of earlier
/// controls; it adds nothing and is skipped, which is what a rank-revealing least-squares
/// solve would do. The cost is O(n·m²) for the matrix and O(m³) per partial correlation.
struct PartialCorrelation {
    /// What one partial correlation came to.
    enum Outcome: Equatable {
        /// The correlation in [−1, 1], and the number of controls actually eliminated.
        case value(Double, controls: Int)
        /// The column itself is constant.
        case constantColumn
        /// The target column is constant.
        case constantTarget
        /// The column is a linear combination of the controls (nothing left to correlate).
        case columnExplained
        /// The target is a linear combination of the controls.
        case targetExplained
    }

    /// Relative size below which a remaining diagonal counts as zero.
    static let tolerance = 1e-10

    /// Centred cross products `G[a][b] = Σ_i (x_a[i] − x̄_a)(x_b[i] − x̄_b)`, symmetric.
    let gram: [[Double]]

    /// The Gram matrix of `columns`, each of the same length n ≥ 1.
    init(columns: [[Double]]) {
        let centred = columns.map { column -> [Double] in
            let mean = column.reduce(0, +) / Double(column.count)
            return column.map { $0 - mean }
        }
        var gram = [[Double]](repeating: [Double](repeating: 0, count: columns.count), count: columns.count)
        for a in centred.indices {
            for b in a..<centred.count {
                var sum = 0.0
                for i in centred[a].indices { sum += centred[a][i] * centred[b][i] }
                gram[a][b] = sum
                gram[b][a] = sum
            }
        }
        self.gram = gram
    }

    /// The correlation of column `a` with column `target` after both are regressed on
    /// `controls` (with an intercept), controls eliminated in the order given.
    func partial(_ a: Int, with target: Int, controlling controls: [Int]) -> Outcome {
        if gram[a][a] <= 0 { return .constantColumn }
        if gram[target][target] <= 0 { return .constantTarget }
        var g = gram
        var active = controls
        var used = 0
        while !active.isEmpty {
            let s = active.removeFirst()
            let pivot = g[s][s]
            guard gram[s][s] > 0, pivot > Self.tolerance * gram[s][s] else { continue }
            used += 1
            let row = g[s]
            for x in active + [a, target] {
                let factor = g[x][s] / pivot
                for y in active + [a, target] { g[x][y] -= factor * row[y] }
            }
        }
        if g[a][a] <= Self.tolerance * gram[a][a] { return .columnExplained }
        if g[target][target] <= Self.tolerance * gram[target][target] { return .targetExplained }
        let r = g[a][target] / (g[a][a] * g[target][target]).squareRoot()
        return .value(min(1, max(-1, r)), controls: used)
    }
}
