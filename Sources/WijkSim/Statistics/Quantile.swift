/// Sample quantiles, R's default definition (Hyndman & Fan type 7).
///
/// For sorted values `x[0] ≤ … ≤ x[n-1]` and probability `p` in [0, 1]:
/// `h = (n - 1)·p`, `q = x[⌊h⌋] + (h - ⌊h⌋)·(x[⌊h⌋ + 1] - x[⌊h⌋])`.
/// So p = 0 is the minimum, p = 1 the maximum and p = 0.5 the usual median.
/// NaN values are dropped first; with no values left the result is NaN.
package enum Quantile {
    /// The type-7 quantiles `probabilities` of `values` (any order; NaN dropped).
    /// - Parameters:
    ///   - probabilities: each in [0, 1].
    ///   - values: the sample.
    /// - Returns: one quantile per probability, in the same order.
    package static func type7(_ probabilities: [Double], of values: [Double]) -> [Double] {
        let sorted = values.filter { !$0.isNaN }.sorted()
        return probabilities.map { type7(probability: $0, sorted: sorted) }
    }

    /// The type-7 quantile of already sorted, NaN-free values.
    package static func type7(probability p: Double, sorted: [Double]) -> Double {
        precondition((0...1).contains(p), "quantile probability \(p) outside [0, 1]")
        guard !sorted.isEmpty else { return .nan }
        let h = Double(sorted.count - 1) * p
        let low = Int(h.rounded(.down))
        guard low + 1 < sorted.count else { return sorted[sorted.count - 1] }
        let fraction = h - Double(low)
        if fraction == 0 { return sorted[low] }
        return sorted[low] + fraction * (sorted[low + 1] - sorted[low])
    }
}
