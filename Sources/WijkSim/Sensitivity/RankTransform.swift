/// Ranks of values, ties sharing their average rank (the "fractional" ranking used by
/// Spearman's correlation and PRCC).
enum RankTransform {
    /// The rank of each value: 1 for the smallest … n for the largest; equal values get the
    /// mean of the ranks they span (`[10, 20, 20, 30]` → `[1, 2.5, 2.5, 4]`).
    ///
    /// Sorted by (value, index), so the result does not depend on sort stability.
    /// - Parameter values: finite values.
    static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, values[order[end]] == values[order[start]] { end += 1 }
            let average = Double(start + 1 + end) / 2  // mean of ranks start+1 … end
            for position in start..<end { ranks[order[position]] = average }
            start = end
        }
        return ranks
    }
}
