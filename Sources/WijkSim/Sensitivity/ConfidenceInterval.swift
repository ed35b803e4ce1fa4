/// A two-sided confidence interval `[low, high]` with its coverage and how it was computed.
///
/// Invariant: `low ≤ high`, both finite, `level` in (0, 1). Constructors in this folder
/// return `nil` rather than an interval with NaN ends.
public struct ConfidenceInterval: Sendable, Equatable {
    /// How an interval was computed, as written in the `ci_method` column.
    public enum Method: String, Sendable, Equatable, CaseIterable {
        /// Fisher's z transform of a (partial) correlation: `tanh(atanh r ± z·se)`.
        case fisherZ = "fisher-z"
        /// Percentile bootstrap: the (1 − level)/2 and (1 + level)/2 quantiles (type 7) of
        /// the estimate over seeded resamples.
        case bootstrapPercentile = "bootstrap-percentile"
        /// Student's t: `estimate ± t(1 − (1 − level)/2, df) · standard error`.
        case studentT = "t"
    }

    /// Lower end.
    public var low: Double
    /// Upper end.
    public var high: Double
    /// Coverage, e.g. 0.95.
    public var level: Double
    /// How it was computed.
    public var method: Method

    /// An interval; `nil` when an end is not finite or `low > high`.
    public init?(low: Double, high: Double, level: Double, method: Method) {
        guard low.isFinite, high.isFinite, low <= high, level > 0, level < 1 else { return nil }
        self.low = low
        self.high = high
        self.level = level
        self.method = method
    }

    /// Whether 0 lies in `[low, high]`: the data cannot tell the sign of the effect, or
    /// cannot tell it from zero ("no detectable effect").
    public var includesZero: Bool { low <= 0 && 0 <= high }
}
