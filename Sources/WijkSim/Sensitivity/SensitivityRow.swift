/// One row of `sensitivity.csv`: an estimate with the metric, parameter and design it
/// belongs to, and its rank among the parameters (headline rows only).
public struct SensitivityRow: Sendable, Equatable {
    /// The output metric's name.
    public var metric: String
    /// The parameter's key path.
    public var parameter: String
    /// The design.
    public var design: SensitivityDesign
    /// The estimate.
    public var estimate: SensitivityEstimate
    /// 1 for the parameter that matters most; equal |estimate| share a rank (1, 2, 2, 4);
    /// `nil` for detail rows and for headline rows without a value.
    public var rank: Int?

    /// A row.
    public init(metric: String, parameter: String, design: SensitivityDesign, estimate: SensitivityEstimate,
                rank: Int? = nil) {
        self.metric = metric
        self.parameter = parameter
        self.design = design
        self.estimate = estimate
        self.rank = rank
    }
}
