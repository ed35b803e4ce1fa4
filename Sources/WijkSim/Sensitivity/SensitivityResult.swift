/// The sensitivity of one output metric to one parameter under one design: the headline
/// estimate that is ranked (PRCC, μ* or range) and the estimates that explain it (μ and σ,
/// or the per-level means).
public struct SensitivityResult: Sendable, Equatable {
    /// Which way the output moves when the parameter goes up.
    public enum Direction: String, Sendable, Equatable {
        /// Higher values raise the output.
        case raises
        /// Higher values lower the output.
        case lowers
        /// The sign of the effect is not settled: the interval of the signed effect includes
        /// zero, or the level means are not monotone.
        case mixed
        /// No estimate.
        case unknown
    }

    /// The output metric's name (a column of runs.csv).
    public var metric: String
    /// The parameter's key path, e.g. `barriers.siloPenalty`.
    public var parameter: String
    /// The design the estimate was computed from.
    public var design: SensitivityDesign
    /// The ranked estimate: ``SensitivityMeasure/prcc``, ``SensitivityMeasure/muStar`` or
    /// ``SensitivityMeasure/range``.
    public var headline: SensitivityEstimate
    /// Supporting estimates, written after the headline row: μ and σ, or level means in
    /// ascending order of level.
    public var details: [SensitivityEstimate]
    /// Which way the output moves.
    public var direction: Direction

    /// A result.
    public init(metric: String, parameter: String, design: SensitivityDesign, headline: SensitivityEstimate,
                details: [SensitivityEstimate] = [], direction: Direction) {
        self.metric = metric
        self.parameter = parameter
        self.design = design
        self.headline = headline
        self.details = details
        self.direction = direction
    }
}
