/// When a variant's effect shows and how it runs over time — steady, starting late, fading
/// after an end week, recurring yearly or on and off — read from the weekly paired
/// differences of ``metric`` (the weekly connection rate, the weekly counterpart of the
/// headline `connection_rate_all`).
///
/// Weeks are recorded weeks numbered from 1, as in `comparison-timeseries.csv` (week 1 is
/// the first week after the warm-up; with no warm-up an intervention with `startWeek: s`
/// is in force from week `s + 1`).
///
/// **Clear weeks.** For each replicate and week, the *trailing mean* is the mean of that
/// replicate's weekly differences `variant − base` over the ``window`` weeks ending at the
/// week (fewer at the start of the horizon; weeks where either rate is undefined are left
/// out). The *threshold* is half the size of the overall weekly effect, the mean over all
/// recorded weeks of the mean weekly difference. A week is *clear* when the 95% t interval
/// (over replicates) of its trailing mean lies entirely beyond the threshold on the side of
/// the overall effect (the sign of the headline difference).
///
/// Why a threshold and not zero: under common random numbers the two runs of a replicate
/// are identical until the intervention starts and nearly so just after, so even a
/// difference of a hundredth of a point is statistically clear at once. "Clear" means the
/// effect has clearly reached half its average size, not merely that it is not zero.
///
/// **On-segments.** A segment starts in a week that begins a run of at least
/// ``confirmationWeeks`` + 1 clear weeks (so at most in week `weeks − 8`; a horizon shorter
/// than 9 weeks must be clear in every week) and runs to the last clear week of that run.
/// Runs shorter than that are noise and ignored; two segments less than ``window`` weeks
/// apart are one (a dip, not an end). A segment is shown as *weeks a–b*: `a` is its first
/// clear week (the effect is *visible from* `a`); `b`, its *last week*, is the last week of
/// the final trailing window (the 8 weeks up to its last clear week) whose mean weekly
/// difference is itself beyond the threshold — the trailing mean lags an end by up to 7
/// weeks, the weekly difference does not.
///
/// **Patterns** (``pattern``), from the segments:
/// - *not visible*: no segment;
/// - *yearly* (periodic): two or more segments, each one after the first repeating the one
///   before it a year later: its first week or its last week lies ``yearWeeks`` ±
///   ``yearTolerance`` weeks after the previous one's, or it starts at most ``yearTolerance``
///   weeks after a turn of the year (absolute week a multiple of 52, when yearly budgets are
///   renewed, `World+Schedule.swift`) that falls after the previous one. The second form
///   finds a budget that runs out each year within two years, when the first year's
///   segment began with the intervention rather than with the year;
/// - *on and off*: two or more segments that do not repeat yearly;
/// - *fades after week F*: one segment, whose last clear week is at least
///   ``confirmationWeeks`` weeks before the end of the horizon; F is the segment's last week;
/// - *steady*: one segment that lasts to the end (or ends too near it to tell).
///
/// **Late start** (``startsInWeek``): going back from the first segment's first week, the
/// first week of the run of weeks whose trailing interval lies entirely on the effect's side
/// of zero; reported when it is later than week ``window`` (before it the variant did not
/// differ from the base at all — under common random numbers the difference is exactly 0
/// until the intervention starts) and earlier than the visible week.
package struct ComparisonTiming: Sendable, Equatable {
    /// The weekly metric whose differences are read.
    package static let metric = MetricCatalog.Weekly.connectionRate
    /// Weeks in the trailing mean. Unit: weeks.
    package static let window = 8
    /// Clear weeks after a segment's first week needed to start it, and unclear weeks after
    /// its end needed to call it a fade. Unit: weeks.
    package static let confirmationWeeks = 8
    /// The period of a yearly pattern. Unit: weeks.
    package static let yearWeeks = EngineConstants.weeksPerYear
    /// How far a repeat may be from a year apart and still count as yearly. Unit: weeks.
    package static let yearTolerance = 8

    /// A run of clear weeks (1-based recorded weeks).
    package struct Segment: Sendable, Equatable {
        /// First clear week: the effect is visible from here.
        package var firstWeek: Int
        /// Last week of the effect (see the type's discussion); `firstWeek < lastWeek ≤ lastClearWeek`
        /// when the segment spans two weeks or more.
        package var lastWeek: Int
        /// Last clear week of the trailing mean.
        package var lastClearWeek: Int
    }

    /// How the effect runs over time.
    package enum Pattern: Sendable, Equatable {
        case notVisible
        case steady
        case fades
        case yearly
        case onAndOff
    }

    /// The on-segments, in week order.
    package var segments: [Segment] = []
    /// The pattern the segments make.
    package var pattern = Pattern.notVisible
    /// The week the effect starts, when it starts late (see the type's discussion); else `nil`.
    package var startsInWeek: Int?
    /// Half the size of the mean weekly difference over all weeks (≥ 0); NaN if undefined.
    package var threshold: Double

    /// First week from which the effect is visible (1-based recorded week); `nil` if never.
    package var visibleFromWeek: Int? { segments.first?.firstWeek }
    /// The week after which the effect fades, for pattern ``Pattern/fades``; else `nil`.
    package var fadesAfterWeek: Int? { pattern == .fades ? segments.last?.lastWeek : nil }

    /// Applies the rules to a variant's statistics.
    /// - Parameters:
    ///   - trailing: per week, the statistics over replicates of the trailing-mean difference.
    ///   - weeklyDifference: per week, the mean paired difference of ``metric``.
    ///   - direction: the overall effect's sign (`> 0` up, `< 0` down); 0 or NaN: nothing is visible.
    ///   - warmupWeeks: the warm-up, so that recorded week `r` is absolute week `warmupWeeks + r − 1`
    ///     (for the turns of the year). Unit: weeks.
    package init(trailing: [RunningStatistics], weeklyDifference: [Double], direction: Double, warmupWeeks: Int = 0) {
        precondition(trailing.count == weeklyDifference.count,
                     "\(trailing.count) trailing weeks, \(weeklyDifference.count) weekly differences")
        let weeks = weeklyDifference.count
        let defined = weeklyDifference.filter(\.isFinite)
        threshold = defined.isEmpty ? .nan : 0.5 * abs(defined.reduce(0, +) / Double(defined.count))
        guard direction != 0, !direction.isNaN, !trailing.isEmpty, !threshold.isNaN else { return }
        let sign: Double = direction > 0 ? 1 : -1
        let threshold = threshold
        let intervals = trailing.map { $0.confidenceInterval(level: 0.95) }
        let clear = intervals.map { sign > 0 ? $0.low > threshold : $0.high < -threshold }
        let runs = Self.segments(clear: clear)
        guard let first = runs.first else { return }
        segments = runs.map { run in
            // The last week of the final window whose own mean difference is beyond the threshold.
            let windowStart = max(run.lowerBound, run.upperBound - Self.window + 1)
            let last = (windowStart...run.upperBound).last { sign * weeklyDifference[$0] > threshold } ?? windowStart
            return Segment(firstWeek: run.lowerBound + 1, lastWeek: min(max(last, run.lowerBound + 1), run.upperBound) + 1,
                           lastClearWeek: run.upperBound + 1)
        }
        pattern = Self.pattern(of: segments, weeks: weeks, warmupWeeks: warmupWeeks)
        var start = first.lowerBound
        let onSide = intervals.map { sign > 0 ? $0.low > 0 : $0.high < 0 }
        while start > 0 && onSide[start - 1] { start -= 1 }
        if start + 1 > Self.window && start < first.lowerBound { startsInWeek = start + 1 }
    }

    /// The on-segments of `clear` as 0-based week ranges: runs of at least
    /// ``confirmationWeeks`` + 1 clear weeks (all weeks for a shorter horizon), joined when
    /// less than ``window`` weeks apart.
    static func segments(clear: [Bool]) -> [ClosedRange<Int>] {
        let minimum = min(clear.count, confirmationWeeks + 1)
        var runs: [ClosedRange<Int>] = []
        var week = 0
        while week < clear.count {
            guard clear[week] else { week += 1; continue }
            var end = week
            while end + 1 < clear.count && clear[end + 1] { end += 1 }
            if end - week + 1 >= minimum {
                if let previous = runs.last, week - previous.upperBound - 1 < window {
                    runs[runs.count - 1] = previous.lowerBound...end
                } else {
                    runs.append(week...end)
                }
            }
            week = end + 1
        }
        return runs
    }

    /// The pattern of `segments` over a horizon of `weeks` recorded weeks after `warmupWeeks`.
    static func pattern(of segments: [Segment], weeks: Int, warmupWeeks: Int = 0) -> Pattern {
        guard let last = segments.last else { return .notVisible }
        guard segments.count == 1 else {
            let yearly = zip(segments, segments.dropFirst()).allSatisfy { earlier, later in
                // The last turn of the year at or before `later` starts (recorded week, 1-based).
                let absolute = warmupWeeks + later.firstWeek - 1
                let turn = absolute / yearWeeks * yearWeeks - warmupWeeks + 1
                return abs(later.firstWeek - earlier.firstWeek - yearWeeks) <= yearTolerance
                    || abs(later.lastWeek - earlier.lastWeek - yearWeeks) <= yearTolerance
                    || (absolute >= yearWeeks && turn > earlier.lastWeek && later.firstWeek - turn <= yearTolerance)
            }
            return yearly ? .yearly : .onAndOff
        }
        return weeks - last.lastClearWeek >= confirmationWeeks ? .fades : .steady
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
