/// Everything a unit metric accessor reads: the replicate's per-unit running counts and the
/// per-unit end state of its world (``World/unitInputs``), or numbers a test chose.
///
/// Arrays are indexed by unit in scenario order (``UnitLayout``).
struct UnitMetricInputs {
    /// Running counts per unit since the warm-up.
    var tally: UnitTally
    /// Mean trust of each neighbourhood's residents at the end; NaN for an empty neighbourhood.
    var hoodMeanTrust: [Double]
    /// Mean trust of each neighbourhood's residents at initialisation (week 0, before warm-up).
    var hoodInitialTrust: [Double]
    /// Share of each neighbourhood's residents aware of a connector at the end.
    var hoodAwareShare: [Double]
    /// Each connector's `backlog` at the end: open requests waiting for intake.
    var connectorBacklog: [Int]
    /// Each department's `backlogHours` at the end (hours of accepted work queued).
    var departmentBacklogHours: [Double]
    /// Each department's awareness at the end, in [0, 1].
    var departmentAwareness: [Double]

    /// `numerator / denominator`, NaN when the denominator is 0.
    func ratio(_ numerator: Int, _ denominator: Int) -> Double {
        denominator > 0 ? Double(numerator) / Double(denominator) : .nan
    }

    /// `numerator / denominator`, NaN when the denominator is not positive.
    func ratio(_ numerator: Double, _ denominator: Double) -> Double {
        denominator > 0 ? numerator / denominator : .nan
    }

    /// Counted requests of neighbourhood `h` closed with `outcome` (a closed outcome only).
    func hoodCount(_ h: Int, _ outcome: Outcome) -> Int { tally.hoodOutcomes[h * 4 + outcome.rawValue] }

    /// Σ over kinds of a connector × kind array for connector `c`.
    func connectorTotal(_ values: [Int], _ c: Int) -> Int { values[c * 4] + values[c * 4 + 1] + values[c * 4 + 2] + values[c * 4 + 3] }
}
