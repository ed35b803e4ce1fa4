/// The files of a sweep's results folder and their headers, declared once for the
/// sweep, the resume and the merge.
///
/// - `runs.csv`: one row per point × replicate: `point`, every varied parameter (its
///   key path as the column name), `replicate`, `seed` (text, `s` + digits, as in
///   `wijksim run`), then every scalar metric of ``MetricCatalog/scalarNames``.
/// - `points.csv`: one row per point: `point`, the varied parameters, `replicates`,
///   then for each metric `<metric>_mean`, `<metric>_ci_low`, `<metric>_ci_high`
///   (Student-t 95% interval over the point's replicates; `NA` where undefined).
/// - `units.csv` (unless `--units off`): `point`, `replicate`, `unit_type`, `unit`, `metric`,
///   `value`: the columns of `units.csv` of `wijksim run` with `point` in place of `scenario`
///   (the point's parameter values are in `points.csv`, joined on `point`), one row per point ×
///   replicate × unit × unit metric, point-major, in ``UnitLayout`` order within a replicate.
/// - `units-summary.csv` (unless `--units off`): `point`, `unit_type`, `unit`, `metric`, `n`,
///   `mean`, `sd`, `ci_low`, `ci_high`: per point, unit and unit metric, as `units-summary.csv`
///   of `wijksim run` of that point.
/// - `sensitivity.csv`: the ranking (``SensitivityTable``), written by a whole sweep
///   and by the merge, not by a shard.
/// - `completed.log`: the append-only completion log (``SweepCompletionLog``).
/// - `manifest.json`: the resolved sweep, its hash, version, shard and command.
public enum SweepFiles {
    /// `runs.csv`.
    public static let runs = "runs.csv"
    /// `points.csv`.
    public static let points = "points.csv"
    /// `sensitivity.csv`.
    public static let sensitivity = "sensitivity.csv"
    /// `completed.log`.
    public static let completionLog = "completed.log"
    /// `manifest.json`.
    public static let manifest = "manifest.json"
    /// `units.csv`: the name `wijksim run` gives its unit file.
    public static let units = UnitRecorder.unitsFile
    /// `units-summary.csv`: the name `wijksim run` gives its unit summary.
    public static let unitsSummary = UnitRecorder.summaryFile
    /// The CSV files that get an Excel copy with `--excel` (the unit files when written).
    public static let excelSources = [runs, points, sensitivity, units, unitsSummary]
    /// Every file a sweep or a merge writes into a results folder.
    public static let all = [runs, points, sensitivity, completionLog, manifest, units, unitsSummary]

    /// The metrics ranked in `sensitivity.csv` and the terminal: connection rate
    /// overall, by the connector route, untouched requests and mean trust.
    public static let keyMetrics = ["connection_rate_all", "connector_route_connection_rate", "untouched_all", "mean_trust"]

    /// The `runs.csv` header for `factors`.
    public static func runsHeader(_ factors: [SweepFactor]) -> [String] {
        ["point"] + factors.map(\.keyPath) + ["replicate", "seed"] + MetricCatalog.scalarNames
    }

    /// The `points.csv` header for `factors`.
    public static func pointsHeader(_ factors: [SweepFactor]) -> [String] {
        ["point"] + factors.map(\.keyPath) + ["replicates"]
            + MetricCatalog.scalarNames.flatMap { ["\($0)_mean", "\($0)_ci_low", "\($0)_ci_high"] }
    }

    /// The `units.csv` header: that of `wijksim run` with `point` for `scenario`.
    public static let unitsHeader = ["point"] + UnitRecorder.unitsHeader.dropFirst()

    /// The `units-summary.csv` header: that of `wijksim run` with `point` for `scenario`.
    public static let unitsSummaryHeader = ["point"] + UnitRecorder.summaryHeader.dropFirst()

    /// The folder of shard `index` under a sweep's folder: `shard-K`.
    public static func shardFolder(_ index: Int) -> String { "shard-\(index)" }
}
