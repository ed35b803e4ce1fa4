/// The cells of a full-factorial grid found in the data: points with the same value of every
/// factor form one cell (its replicates), and the within-cell spread gives the noise.
struct GridCells {
    /// Per cell: the factor values, in the order of the input columns.
    let levels: [[Double]]
    /// Per cell: the mean output.
    let means: [Double]
    /// Per cell: the number of points.
    let counts: [Int]
    /// Sum over cells of the squared deviations from the cell mean (ANOVA's within SS).
    let withinSumOfSquares: Double

    /// Groups points `0 ..< output.count` into cells; cells ordered by their factor values
    /// (lexicographically), points by index, so the sums do not depend on input order.
    /// - Parameters:
    ///   - inputs: the factor columns, all finite.
    ///   - output: the output at each point, all finite.
    init(inputs: [[Double]], output: [Double]) {
        let key = { (i: Int) in inputs.map { $0[i] } }
        let order = output.indices.sorted { a, b in
            let ka = key(a), kb = key(b)
            return ka.lexicographicallyPrecedes(kb) || (ka == kb && a < b)
        }
        var levels: [[Double]] = [], means: [Double] = [], counts: [Int] = []
        var within = 0.0
        var start = 0
        while start < order.count {
            let cell = key(order[start])
            var end = start + 1
            while end < order.count, key(order[end]) == cell { end += 1 }
            var statistics = RunningStatistics()
            for position in start..<end { statistics.add(output[order[position]]) }
            levels.append(cell)
            means.append(statistics.mean)
            counts.append(end - start)
            if statistics.count > 1 { within += statistics.variance * Double(statistics.count - 1) }
            start = end
        }
        self.levels = levels
        self.means = means
        self.counts = counts
        self.withinSumOfSquares = within
    }

    /// Residual degrees of freedom, points − cells.
    var degreesOfFreedom: Int { counts.reduce(0, +) - counts.count }

    /// The pooled within-cell variance (ANOVA's mean square error); `nil` without replicates.
    var pooledVariance: Double? {
        degreesOfFreedom > 0 ? withinSumOfSquares / Double(degreesOfFreedom) : nil
    }
}
