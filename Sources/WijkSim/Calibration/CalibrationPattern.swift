/// One target pattern of a calibration (Grimm et al. 2005): an observation from the sources,
/// the statistic of the model that is compared with it, and how far off still counts as close.
///
/// The target is a value (`low == high`) or an interval. The pattern's error for a statistic
/// `s` is `(s − high) / scale` above the target, `(s − low) / scale` below it, and 0 inside
/// (so a point target gives `(s − target) / scale`). Invariants: `low <= high`, `scale > 0`.
public struct CalibrationPattern: Sendable, Equatable {
    /// Short name, e.g. `P1`: a column of `samples.csv` and a row of `patterns.csv`.
    public var id: String
    /// What the sources observe, for people.
    public var observed: String
    /// Where: evidence lines, e.g. `[E:001 L409]`.
    public var source: String
    /// The statistic as written.
    public var statisticText: String
    /// The statistic, parsed.
    public var statistic: StatisticExpression
    /// Lowest value on target, in the statistic's unit.
    public var low: Double
    /// Highest value on target (`low` for a point target).
    public var high: Double
    /// Tolerance: the distance from the target that counts as one unit of error. Same unit.
    public var scale: Double

    /// Creates a pattern. - Precondition: `low <= high`, `scale > 0`.
    public init(id: String, observed: String, source: String, statisticText: String, statistic: StatisticExpression,
                low: Double, high: Double, scale: Double) {
        precondition(low <= high && scale > 0, "pattern \(id): target [\(low), \(high)], scale \(scale)")
        self.id = id
        self.observed = observed
        self.source = source
        self.statisticText = statisticText
        self.statistic = statistic
        self.low = low
        self.high = high
        self.scale = scale
    }

    /// The signed error of `value` in units of ``scale``: 0 on target; NaN for NaN.
    public func error(of value: Double) -> Double {
        if value.isNaN { return .nan }
        if value > high { return (value - high) / scale }
        if value < low { return (value - low) / scale }
        return 0
    }

    /// How `value` meets the target, as `patterns.csv` says it: `yes` on target (inside the
    /// interval, or exactly the value), `near` within one ``scale`` of it (`|error| ≤ 1`),
    /// `no` further off or undefined.
    public func verdict(for value: Double) -> String {
        let e = error(of: value)
        if e.isNaN { return "no" }
        return e == 0 ? "yes" : abs(e) <= 1 ? "near" : "no"
    }

    /// The target as `patterns.csv` and the summary print it: `0.3` or `0.59–0.94`.
    public var targetDescription: String {
        low == high ? CSVWriter.format(low) : "\(CSVWriter.format(low))–\(CSVWriter.format(high))"
    }
}
