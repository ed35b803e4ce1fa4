/// One number of a sensitivity analysis for one parameter and one output metric: its
/// value, its interval, how many points it rests on and why it may be missing.
///
/// Invariant: ``value`` is `nil` or finite (never NaN); when it is `nil`, ``notes`` says
/// why. ``count`` + ``skipped`` is the number of points (or elementary effects) offered.
public struct SensitivityEstimate: Sendable, Equatable {
    /// What is measured.
    public var measure: SensitivityMeasure
    /// The factor level, for ``SensitivityMeasure/levelMean`` rows only; `nil` otherwise.
    public var level: Double?
    /// The estimate; `nil` when it cannot be computed (see ``notes``).
    public var value: Double?
    /// Its confidence interval; `nil` when there is none (see ``notes``).
    public var interval: ConfidenceInterval?
    /// Points used: sweep points (PRCC, main effect) or elementary effects (Morris).
    public var count: Int
    /// Points dropped because the metric was undefined (NaN) or an input not finite there.
    public var skipped: Int
    /// Short plain-English remarks, e.g. `output is constant`; joined by `; ` in the table.
    public var notes: [String]

    /// An estimate; a non-finite `value` is stored as `nil`.
    public init(measure: SensitivityMeasure, level: Double? = nil, value: Double?,
                interval: ConfidenceInterval? = nil, count: Int, skipped: Int, notes: [String] = []) {
        self.measure = measure
        self.level = level
        self.value = value.flatMap { $0.isFinite ? $0 : nil }
        self.interval = interval
        self.count = count
        self.skipped = skipped
        self.notes = notes
    }

    /// A missing estimate with the reason.
    static func missing(_ measure: SensitivityMeasure, level: Double? = nil, count: Int, skipped: Int,
                        because reason: String) -> SensitivityEstimate {
        SensitivityEstimate(measure: measure, level: level, value: nil, count: count, skipped: skipped,
                            notes: [reason])
    }

    /// Whether the interval includes zero; `false` when there is no interval.
    public var isUndetectable: Bool { interval?.includesZero ?? false }
}

extension SensitivityEstimate {
    /// The note added to a headline estimate whose interval includes zero.
    public static let undetectableNote = "no detectable effect (interval includes 0)"

    /// This estimate, with ``undetectableNote`` added when its interval includes zero.
    func flaggingUndetectable() -> SensitivityEstimate {
        guard isUndetectable else { return self }
        var flagged = self
        flagged.notes.append(Self.undetectableNote)
        return flagged
    }
}
