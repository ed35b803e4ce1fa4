/// The kind of sweep design a sensitivity estimate was computed from, as written in the
/// `design` column of `sensitivity.csv`.
///
/// Which analysis fits which design:
/// - ``grid`` (full factorial): ``MainEffect``; ``PartialRankCorrelation`` also works.
/// - ``latinHypercube`` and ``points``: ``PartialRankCorrelation``.
/// - ``morris`` (one-at-a-time trajectories): ``MorrisEffect``.
public enum SensitivityDesign: String, Sendable, Equatable, CaseIterable {
    /// A full-factorial grid of levels.
    case grid
    /// A Latin-hypercube sample.
    case latinHypercube = "latin-hypercube"
    /// Morris trajectories (elementary effects).
    case morris
    /// Points listed by hand.
    case points
}
