/// What a sensitivity estimate measures, as written in the `measure` column of
/// `sensitivity.csv`.
public enum SensitivityMeasure: String, Sendable, Equatable, CaseIterable {
    /// Partial rank correlation coefficient of an input with the output, in [−1, 1].
    case prcc
    /// Morris μ: the mean elementary effect, in output units per full range of the input.
    case mu
    /// Morris μ*: the mean absolute elementary effect, same unit as ``mu``; ≥ 0.
    case muStar = "mu_star"
    /// Morris σ: the standard deviation of the elementary effects, same unit as ``mu``; ≥ 0.
    case sigma
    /// Main effect: the largest minus the smallest marginal mean over the levels of a
    /// grid factor, in output units; ≥ 0.
    case range
    /// Main effect: the marginal mean of the output at one level of a grid factor.
    case levelMean = "level_mean"

    /// Whether rows of this measure are ranked (the headline measure of its design).
    public var isRanked: Bool {
        switch self {
        case .prcc, .muStar, .range: true
        case .mu, .sigma, .levelMean: false
        }
    }

    /// The short label used in sentences: `PRCC`, `μ*`, `range of level means`.
    var label: String {
        switch self {
        case .prcc: "PRCC"
        case .mu: "μ"
        case .muStar: "μ*"
        case .sigma: "σ"
        case .range: "range of level means"
        case .levelMean: "level mean"
        }
    }
}
