/// The interval of a numeric parameter that a careful modeller would still defend, and why.
///
/// Where a parameter rests on a source, the interval is what that source supports; where it is
/// an assumption (`[A]`), the interval says honestly how wide our ignorance is, which is often
/// most of the allowed range. Invariant: `low <= high`, both within the parameter's allowed range
/// (checked by a test over the whole catalog).
public struct PlausibleRange: Sendable, Equatable {
    /// Lowest defensible value, in the parameter's unit.
    public var low: Double
    /// Highest defensible value, in the parameter's unit.
    public var high: Double
    /// Where the interval comes from: source lines (`E:001 L508`), outside data, or
    /// `assumption: …` with the reasoning.
    public var source: String

    /// Creates a range; `low` must not exceed `high`.
    public init(low: Double, high: Double, source: String) {
        precondition(low <= high, "plausible range [\(low), \(high)] is reversed")
        self.low = low
        self.high = high
        self.source = source
    }

    /// Whether `value` lies in `[low, high]`.
    public func contains(_ value: Double) -> Bool { value >= low && value <= high }
}
