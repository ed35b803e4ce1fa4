/// Full-factorial grids: every combination of each factor's values.
enum GridDesign {
    /// The points, point-major (`result[i * k + j]`), first factor slowest, last fastest:
    /// point i takes value number ⌊i / (n_{j+1} ⋯ n_{k−1})⌋ mod n_j of factor j.
    /// - Parameter values: Each factor's values, none empty; their counts' product is the point count.
    static func points(_ values: [[Double]]) -> [Double] {
        let count = values.reduce(1) { $0 * $1.count }
        var result = [Double](repeating: 0, count: count * values.count)
        for point in 0..<count {
            var rest = point
            for factor in values.indices.reversed() {
                let options = values[factor]
                result[point * values.count + factor] = options[rest % options.count]
                rest /= options.count
            }
        }
        return result
    }

    /// The product of `counts`, or `nil` when it exceeds `limit` (no overflow on any input).
    static func pointCount(_ counts: [Int], limit: Int) -> Int? {
        var product = 1
        for count in counts {
            let (next, overflow) = product.multipliedReportingOverflow(by: count)
            guard !overflow, next <= limit else { return nil }
            product = next
        }
        return product
    }
}
