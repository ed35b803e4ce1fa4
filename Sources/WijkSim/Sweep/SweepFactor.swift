/// One parameter a sweep varies, in the order of the sweep file's `vary` (factor order).
///
/// Invariants: `low <= high`, both inside the parameter's allowed range; `low < high` for
/// ranges; for an integer factor (an integer parameter, or a switch as 0/1) `low` and `high`
/// are whole numbers; `gridValues`, when set, is non-empty, without duplicates, in file order,
/// and `low`/`high` are its least and greatest value.
public struct SweepFactor: Sendable, Equatable {
    /// The scenario key path, e.g. `connectors[*].hoursPerWeek`.
    public var keyPath: String
    /// Whether the parameter takes whole numbers only (integers; switches as 0 = false, 1 = true).
    public var isInteger: Bool
    /// Lowest value, in the parameter's unit: the range's `min`, the least grid value, or for a
    /// points design without `vary` the least value in the design. Unit coordinates scale from it.
    public var low: Double
    /// Highest value, in the parameter's unit (see ``low``).
    public var high: Double
    /// The values of a grid design, in file order; `nil` for other designs.
    public var gridValues: [Double]?

    /// Creates a factor.
    public init(keyPath: String, isInteger: Bool, low: Double, high: Double, gridValues: [Double]? = nil) {
        self.keyPath = keyPath
        self.isInteger = isInteger
        self.low = low
        self.high = high
        self.gridValues = gridValues
    }

    /// The parameter value at unit coordinate `u` in [0, 1] of a latin-hypercube or Morris design.
    ///
    /// A real factor takes `low + u · (high − low)`. An integer factor takes
    /// `low + ⌊u · (high − low + 1)⌋`, capped at `high` (reached at u = 1): each whole number of
    /// `low...high` gets an equal share of [0, 1], so a uniform `u` gives uniform integers.
    public func value(atUnit u: Double) -> Double {
        guard isInteger else { return low + u * (high - low) }
        return min(high, low + (u * (high - low + 1)).rounded(.down))
    }

    /// Where `value` lies between ``low`` and ``high``, as a fraction: `(value − low) / (high − low)`,
    /// 0 when `low == high`.
    public func unit(of value: Double) -> Double {
        high > low ? (value - low) / (high - low) : 0
    }
}
