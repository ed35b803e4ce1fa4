/// A loaded calibration: the scenarios, the parameters and their priors, the patterns, and
/// one sweep per scenario that runs every prior sample there.
///
/// Made by ``CalibrationLoader/load(path:)``; the file format is in `docs/CALIBRATION.md`.
/// Sample i is design point i of every scenario's sweep: the sweeps have the same factors (the
/// parameters, in order), the same latin-hypercube points, the same replicates and the same
/// seed, so sample i sets the same values everywhere and replicate r of every sample and
/// scenario draws from the seed derived from (seed, r) (common random numbers).
///
/// Invariants: `scenarioNames.count == sweeps.count ≥ 1`; `parameters` non-empty and equal to
/// every sweep's factors; `patterns` non-empty with distinct ids.
public struct CalibrationPlan: Sendable {
    /// The calibration file's name without `.json`, e.g. `towns`.
    public internal(set) var name: String
    /// The calibration file, as the user named it.
    public internal(set) var file: String
    /// The scenarios' names (folder names and `metric@name` in statistics), in file order.
    public internal(set) var scenarioNames: [String]
    /// The scenario files as written, relative to the calibration file.
    public internal(set) var scenarioFiles: [String]
    /// One sweep per scenario, in the same order.
    public internal(set) var sweeps: [SweepPlan]
    /// The parameters fitted, in factor order.
    public internal(set) var parameters: [CalibrationParameter]
    /// The patterns, in file order.
    public internal(set) var patterns: [CalibrationPattern]
    /// Which samples are kept.
    public internal(set) var acceptance: CalibrationAcceptance
    /// Prior samples (design points of each sweep).
    public internal(set) var samples: Int
    /// Replicates per sample and scenario.
    public internal(set) var replicates: Int
    /// Master seed of every replicate.
    public internal(set) var seed: UInt64
    /// Notes to print and store: parameters that are not `[A]`, parameters left out of groups.
    public internal(set) var notes: [String]
    /// The resolved calibration as canonical JSON (sorted keys): what decides the results.
    public internal(set) var resolvedJSON: String
    /// SHA-256 of ``resolvedJSON``.
    public internal(set) var hash: String

    /// The values of sample `index`, in parameter order (whole numbers for integer parameters).
    public func values(ofSample index: Int) -> [Double] { sweeps[0].values(ofPoint: index) }

    /// The folder of scenario `index` under a calibration's results folder: its name.
    public func folder(ofScenario index: Int, in root: String) -> String { root + "/" + scenarioNames[index] }
}
