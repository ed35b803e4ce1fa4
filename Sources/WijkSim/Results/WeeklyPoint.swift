/// One week of a weekly series read from `timeseries.csv` or `comparison-timeseries.csv`:
/// the mean (or mean difference) and its 95% interval, in the metric's unit.
package struct WeeklyPoint: Sendable, Equatable {
    /// Recorded week, from 1.
    package var week: Int
    /// Mean over replicates (or mean paired difference). NaN when undefined.
    package var value: Double
    /// Lower end of the 95% interval; NaN when undefined.
    package var low: Double
    /// Upper end of the 95% interval; NaN when undefined.
    package var high: Double
}
