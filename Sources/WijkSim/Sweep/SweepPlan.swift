/// A loaded sweep: the base scenario, the factors, and every design point, ready to run.
///
/// Made by ``SweepLoader/load(path:)``; see `docs/SWEEPS.md` for the file format. Points
/// are numbered from 0 in design order (grid: first factor slowest; Morris: trajectory after
/// trajectory). Every point's scenario is the base with the point's values set and the
/// sweep's run settings: `run.replicates` = ``replicates``, `run.seed` = ``seed`` (the same for
/// every point, so replicate i of every point draws the same random numbers: common random
/// numbers across the design) and `run.weeks` = the sweep's `weeks` when it gives one.
///
/// Invariants: `pointCount ≥ 1`; `factors` non-empty; the stored points hold
/// `pointCount × factors.count` values, each inside its parameter's allowed range and whole
/// for integer factors.
public struct SweepPlan: Sendable {
    /// The sweep file's name without `.json`, e.g. `barriers-lhs`.
    public internal(set) var name: String
    /// The sweep file, as the user named it.
    public internal(set) var file: String
    /// The base scenario with the sweep's run settings applied (replicates, seed, weeks).
    public internal(set) var base: Scenario
    /// The factors, in the order of `vary` (or of the design's columns).
    public internal(set) var factors: [SweepFactor]
    /// How the points were chosen.
    public internal(set) var design: SweepDesign
    /// Replicates per design point, 1...1,000,000.
    public internal(set) var replicates: Int
    /// Master seed of every point's replicates (`run.seed` of each point's scenario).
    public internal(set) var seed: UInt64
    /// Number of design points.
    public internal(set) var pointCount: Int
    /// Notes to print and store with the results: how integer factors are rounded, columns ignored.
    public internal(set) var notes: [String]
    /// The resolved sweep as canonical JSON (sorted keys, two-space indent, ending in a newline):
    /// run settings, design with its seed, factors, the base scenario in full, and for a
    /// points design the points themselves. Same sweep, same text; for `manifest.json`.
    public internal(set) var resolvedJSON: String
    /// SHA-256 of ``resolvedJSON``'s UTF-8 bytes, 64 lowercase hex digits.
    public internal(set) var hash: String

    /// Seed of the design's random draws (latin hypercube, Morris); `nil` for grid and points.
    public internal(set) var designSeed: UInt64?

    /// Values, point-major: `pointValues[i * factors.count + j]`.
    var pointValues: [Double]
    /// Unit coordinates, laid out as `pointValues`.
    var unitPoints: [Double]
    /// Morris only: the factor each point changes from the point before (`nil` at a trajectory's start).
    var morrisChanges: [Int?]
    /// `base` with a slot at each factor's leaves, in factor order.
    var template: ScenarioTemplate

    /// The values of point `index` in factor order, in the parameters' units; whole numbers for
    /// integer factors (switches 0 or 1).
    /// - Precondition: `0 <= index < pointCount`.
    public func values(ofPoint index: Int) -> [Double] {
        precondition(index >= 0 && index < pointCount, "design point \(index) is not in 0..<\(pointCount)")
        let k = factors.count
        return Array(pointValues[(index * k)..<((index + 1) * k)])
    }

    /// The unit coordinates of point `index` in factor order: the design's own coordinates in
    /// [0, 1] for latin-hypercube and Morris designs (before integer factors are rounded), else
    /// each value's place between its factor's `low` and `high` (``SweepFactor/unit(of:)``).
    /// - Precondition: `0 <= index < pointCount`.
    public func unitValues(ofPoint index: Int) -> [Double] {
        precondition(index >= 0 && index < pointCount, "design point \(index) is not in 0..<\(pointCount)")
        let k = factors.count
        return Array(unitPoints[(index * k)..<((index + 1) * k)])
    }

    /// The scenario of point `index`: the base with the point's values set, checked like a
    /// scenario file (the loader has already checked every point, unless told not to).
    /// - Precondition: `0 <= index < pointCount`.
    /// - Throws: ``ScenarioError`` naming the sweep file, the scenario key path of the broken
    ///   rule and the point (`… at design point 17 (barriers.siloPenalty = 0.3)`).
    public func scenario(forPoint index: Int) throws(ScenarioError) -> Scenario {
        let values = values(ofPoint: index)
        do throws(ScenarioError) {
            return try template.scenario(values: values, file: file)
        } catch {
            var located = error
            located.message += " at design point \(index) (" + pointDescription(values) + ")"
            throw located
        }
    }

    /// For a Morris design, the trajectory of point `index` (from 0) and the factor it changes
    /// from the point before (`nil` at the trajectory's first point); `nil` for other designs.
    /// - Precondition: `0 <= index < pointCount`.
    public func morrisStep(ofPoint index: Int) -> (trajectory: Int, changedFactor: Int?)? {
        precondition(index >= 0 && index < pointCount, "design point \(index) is not in 0..<\(pointCount)")
        guard case .morris = design else { return nil }
        return (index / (factors.count + 1), morrisChanges[index])
    }

    /// `barriers.siloPenalty = 0.3, connectors[*].hoursPerWeek = 24`, the first four factors and `…`.
    func pointDescription(_ values: [Double]) -> String {
        let shown = zip(factors, values).prefix(4).map { "\($0.keyPath) = \(CSVWriter.format($1))" }
        return (shown + (factors.count > 4 ? ["…"] : [])).joined(separator: ", ")
    }
}
