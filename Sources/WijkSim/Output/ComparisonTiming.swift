/// When a variant's effect shows and whether it fades, read from the weekly paired
/// differences of ``metric`` (the weekly connection rate, the weekly counterpart of the
/// headline `connection_rate_all`).
///
/// Weeks are recorded weeks numbered from 1, as in `comparison-timeseries.csv` (week 1 is
/// the first week after the warm-up; with no warm-up an intervention with `startWeek: s`
/// is in force from week `s + 1`).
///
/// **Visible from week W.** For each replicate and week, the *trailing mean* is the mean of
/// that replicate's weekly differences `variant − base` over the ``window`` weeks ending at
/// the week (fewer at the start of the horizon; weeks where either rate is undefined are
/// left out). The *threshold* is half the size of the overall weekly effect, the mean over
/// all recorded weeks of the mean weekly difference. W is the first week in which the 95% t
/// interval (over replicates) of the trailing mean lies entirely beyond the threshold on the
/// side of the overall effect (the sign of the headline difference), and keeps doing so in
/// each of the ``confirmationWeeks`` weeks after it (so W is at most `weeks − 8`; a horizon
/// shorter than 9 weeks must show it in every week). When no week qualifies the effect is
/// "not clearly visible in any week".
///
/// Why a threshold and not zero: under common random numbers the two runs of a replicate
/// are identical until the intervention starts and nearly so just after, so even a
/// difference of a hundredth of a point is statistically clear at once. "Visible" means the
/// effect has clearly reached half its average size, not merely that it is not zero.
///
/// **Fades after week F.** Only for a visible effect: the peak is the largest mean trailing
/// difference (on the effect's side) from week W on, over full 8-week windows (week 8 on),
/// reached first in week F. The effect
/// fades when F lies before the last quarter of the horizon (the last `max(1, weeks / 4)`
/// weeks) and the mean weekly difference over that last quarter is less than half the peak.
package struct ComparisonTiming: Sendable, Equatable {
    /// The weekly metric whose differences are read.
    package static let metric = MetricCatalog.Weekly.connectionRate
    /// Weeks in the trailing mean. Unit: weeks.
    package static let window = 8
    /// Weeks after W in which the interval must still lie beyond the threshold. Unit: weeks.
    package static let confirmationWeeks = 8

    /// First week from which the effect is visible (1-based recorded week); `nil` if never.
    package var visibleFromWeek: Int?
    /// Week of the peak trailing difference, when the effect fades afterwards; else `nil`.
    package var fadesAfterWeek: Int?
    /// Largest mean trailing difference on the effect's side from the visible week on
    /// (signed, in the metric's unit); NaN when not visible.
    package var peakDifference: Double
    /// Mean weekly difference over the last quarter of the horizon (signed); NaN if undefined.
    package var lastQuarterDifference: Double
    /// Half the size of the mean weekly difference over all weeks (≥ 0); NaN if undefined.
    package var threshold: Double

    /// Applies the rules to a variant's statistics.
    /// - Parameters:
    ///   - trailing: per week, the statistics over replicates of the trailing-mean difference.
    ///   - weeklyDifference: per week, the mean paired difference of ``metric``.
    ///   - direction: the overall effect's sign (`> 0` up, `< 0` down); 0 or NaN: nothing is visible.
    package init(trailing: [RunningStatistics], weeklyDifference: [Double], direction: Double) {
        precondition(trailing.count == weeklyDifference.count,
                     "\(trailing.count) trailing weeks, \(weeklyDifference.count) weekly differences")
        let weeks = weeklyDifference.count
        let quarter = max(1, weeks / 4)
        let tail = weeklyDifference.suffix(quarter).filter(\.isFinite)
        lastQuarterDifference = tail.isEmpty ? .nan : tail.reduce(0, +) / Double(tail.count)
        peakDifference = .nan
        let defined = weeklyDifference.filter(\.isFinite)
        threshold = defined.isEmpty ? .nan : 0.5 * abs(defined.reduce(0, +) / Double(defined.count))
        guard direction != 0, !direction.isNaN, !trailing.isEmpty, !threshold.isNaN else { return }
        let sign: Double = direction > 0 ? 1 : -1
        let threshold = threshold
        let clear = trailing.map { stats -> Bool in
            let interval = stats.confidenceInterval(level: 0.95)
            return sign > 0 ? interval.low > threshold : interval.high < -threshold
        }
        // The run must fit in the horizon: a short horizon is read as a whole.
        let run = min(weeks, Self.confirmationWeeks + 1)
        guard let start = clear.indices.dropLast(run - 1).first(where: { week in
            clear[week..<week + run].allSatisfy { $0 }
        }) else { return }
        visibleFromWeek = start + 1
        // The peak is read from full 8-week windows only (the first weeks' shorter windows are noisier).
        let first = weeks >= Self.window ? max(start, Self.window - 1) : start
        var peakWeek = first
        var peak = -Double.infinity
        for week in first..<weeks where trailing[week].mean.isFinite && sign * trailing[week].mean > peak {
            peak = sign * trailing[week].mean
            peakWeek = week
        }
        peakDifference = sign * peak
        if sign * lastQuarterDifference < 0.5 * peak, peakWeek < weeks - quarter {
            fadesAfterWeek = peakWeek + 1
        }
    }

    /// The trailing mean, for one replicate, of `differences` (its weekly `variant − base`
    /// values, NaN where undefined) over the ``window`` weeks ending at each week.
    /// - Returns: one value per week; NaN where the window holds no defined difference.
    package static func trailingMeans(of differences: [Double]) -> [Double] {
        var means = [Double](repeating: .nan, count: differences.count)
        for week in differences.indices {
            let values = differences[max(0, week - window + 1)...week].filter(\.isFinite)
            if !values.isEmpty { means[week] = values.reduce(0, +) / Double(values.count) }
        }
        return means
    }
}
