import Foundation

/// One parameter a calibration fits: a scenario key path and its prior, uniform over the
/// parameter's plausible range (``ParameterSpec/plausible``).
///
/// Invariants: `low < high`, both whole for an integer parameter; the same key path, in the
/// same order, is a factor of every scenario's sweep.
public struct CalibrationParameter: Sendable, Equatable {
    /// The key path as the sweeps set it: list elements as `[*]` (every element the same),
    /// e.g. `barriers.siloPenalty`, `connectors[*].hoursPerWeek`.
    public var keyPath: String
    /// Lowest prior value (the plausible range's low), in the parameter's unit.
    public var low: Double
    /// Highest prior value.
    public var high: Double
    /// Whether it takes whole numbers.
    public var isInteger: Bool
    /// The catalog's evidence tag, e.g. `[E:001 L508; A]`.
    public var evidence: String
    /// Where the plausible range comes from.
    public var rangeSource: String

    /// Whether the key path sets every element of a list (`[*]`), which a scenario overlay
    /// cannot express (`calibrated-defaults.json` leaves it out and says so).
    public var setsListElements: Bool { keyPath.contains("[") }

    /// The posterior's 90% width over the uniform prior's (0.9 of the range), from the
    /// posterior's 5%, 50% and 95% quantiles: 1 = the patterns say nothing about the
    /// parameter, near 0 = they pin it down.
    public func widthRatio(_ quantiles: [Double]) -> Double {
        (quantiles[2] - quantiles[0]) / (0.9 * (high - low))
    }
}

extension ParameterSpec {
    /// Whether the evidence tag lists an assumption: `[A]`, `[A: …]`, or `A` among tags
    /// separated by `;` (`[E:001 L508; A]`). Narrower than ``isAssumption`` (the verdict over
    /// plausible worlds), which also counts `[C]` tags and ranges whose source says the size
    /// is assumed: a calibration group fits what is tagged an assumption, nothing else.
    public var hasAssumptionTag: Bool {
        Self.tagItems(evidence).contains { $0 == "A" || $0.hasPrefix("A:") || $0.hasPrefix("A ") }
    }
}
