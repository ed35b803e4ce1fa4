/// How a sweep chooses its design points (the `design` object of a sweep file).
public enum SweepDesign: Sendable, Equatable {
    /// Full factorial over each factor's ``SweepFactor/gridValues``; the first factor varies
    /// slowest, the last fastest. Points: the product of the value counts.
    case grid
    /// Latin hypercube (McKay, Beckman & Conover 1979) of `points` points: each factor's range
    /// is cut into `points` equal strata and every stratum holds exactly one point, at a
    /// uniformly random place within it; strata are paired across factors by independent
    /// random permutations.
    case latinHypercube(points: Int)
    /// Morris (1991) elementary-effects screening: `trajectories` trajectories of k + 1 points
    /// on a grid of `levels` (even) levels per factor, each step changing one factor by
    /// Δ = levels / (2 · (levels − 1)) of its range, up or down.
    case morris(trajectories: Int, levels: Int)
    /// Points listed in the sweep file or read from a CSV file.
    case points

    /// The `type` a sweep file writes: `grid`, `latin-hypercube`, `morris` or `points`.
    public var typeName: String {
        switch self {
        case .grid: "grid"
        case .latinHypercube: "latin-hypercube"
        case .morris: "morris"
        case .points: "points"
        }
    }

    /// Every `type` a sweep file may write, in the order messages list them.
    public static let typeNames = ["grid", "latin-hypercube", "morris", "points"]
}
