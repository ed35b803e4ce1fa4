/// Count, mean and variance of a stream of values, updated one value at a time
/// (Welford's algorithm), in constant memory.
///
/// NaN values are skipped: they mark a metric that is undefined in a replicate
/// (for example a connection rate when no request of that kind was raised), so
/// ``count`` is the number of replicates where the metric is defined.
package struct RunningStatistics: Sendable, Equatable {
    /// Number of (non-NaN) values added.
    package private(set) var count: Int = 0
    /// Arithmetic mean; NaN while ``count`` is 0.
    package private(set) var mean: Double = .nan
    /// Sum of squared deviations from the mean (Welford's M2).
    private var sumOfSquares: Double = 0

    /// An empty accumulator.
    package init() {}

    /// Adds one value; NaN is ignored.
    package mutating func add(_ value: Double) {
        guard !value.isNaN else { return }
        count += 1
        if count == 1 {
            mean = value
            sumOfSquares = 0
            return
        }
        let delta = value - mean
        mean += delta / Double(count)
        sumOfSquares += delta * (value - mean)
    }

    /// Sample variance (denominator `count - 1`); NaN when `count < 2`.
    package var variance: Double {
        count < 2 ? .nan : sumOfSquares / Double(count - 1)
    }

    /// Sample standard deviation; NaN when `count < 2`.
    package var standardDeviation: Double { variance.squareRoot() }

    /// Standard error of the mean, `sd / √n`; NaN when `count < 2`.
    package var standardError: Double {
        count < 2 ? .nan : standardDeviation / Double(count).squareRoot()
    }

    /// Two-sided confidence interval of the mean from Student's t with `count - 1`
    /// degrees of freedom: `mean ± t(1 - (1 - level)/2, n - 1) · sd / √n`.
    ///
    /// - Parameter level: coverage in (0, 1); default 0.95.
    /// - Returns: `(NaN, NaN)` when `count < 2`. A zero standard deviation gives
    ///   an interval of width zero.
    package func confidenceInterval(level: Double = 0.95) -> (low: Double, high: Double) {
        guard count >= 2 else { return (.nan, .nan) }
        let t = StudentT.quantile(1 - (1 - level) / 2, degreesOfFreedom: Double(count - 1))
        let half = t * standardError
        return (mean - half, mean + half)
    }
}
