/// The metrics of one simulated replicate, in the order of ``MetricCatalog``.
///
/// Plain arrays of `Double` so that the batch layer can aggregate any model's
/// output without knowing its meaning.
///
/// Invariants: `scalars.count == MetricCatalog.scalarNames.count`;
/// `weekly.count == weeks * MetricCatalog.weeklyNames.count`, row-major by
/// week (`weekly[week * weeklyNames.count + metric]`).
public struct ReplicateResult: Sendable, Equatable {
    /// One value per name in ``MetricCatalog/scalarNames``.
    public var scalars: [Double]
    /// Recorded weeks (after warm-up) × ``MetricCatalog/weeklyNames``, row-major.
    public var weekly: [Double]
    /// Number of recorded weeks in `weekly`.
    public var weeks: Int
    /// Requests that reached a terminal outcome (for throughput figures).
    public var requestsHandled: Int

    public init(scalars: [Double], weekly: [Double], weeks: Int, requestsHandled: Int) {
        self.scalars = scalars
        self.weekly = weekly
        self.weeks = weeks
        self.requestsHandled = requestsHandled
    }

    /// The value of weekly metric `metric` in recorded week `week` (0-based).
    @inlinable
    public func weeklyValue(week: Int, metric: Int) -> Double {
        weekly[week * MetricCatalog.weeklyNames.count + metric]
    }
}
