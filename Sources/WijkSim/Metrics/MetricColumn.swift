/// One column of `runs.csv` (a scalar metric) or one metric of `timeseries.csv` (a weekly
/// metric): its name and the accessor that computes its value.
///
/// Columns are made only by expanding a ``MetricDeclaration``, so a name always travels with
/// its own accessor: the header and the values are both read off the same array of columns.
public struct MetricColumn: Sendable {
    /// snake_case name, stable: scripts in R, Python or Excel rely on it.
    public let name: String
    /// What the value measures.
    public let unit: MetricUnit
    /// The value of this metric for the replicate's state in `inputs` (NaN when undefined,
    /// e.g. a ratio with denominator 0). Computes, never allocates.
    let value: @Sendable (_ inputs: MetricInputs) -> Double
}
