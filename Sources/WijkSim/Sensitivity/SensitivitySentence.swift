/// One plain-English sentence about a ranked parameter, e.g.
/// "barriers.siloPenalty matters most for connection rate: PRCC −0.62 (95% CI −0.66 to
/// −0.58); higher values lower it."
///
/// Numbers: PRCC with 2 decimals, other measures with 3 significant digits; negative numbers
/// with the minus sign U+2212. When the interval includes zero the sentence says there is no
/// detectable effect instead of naming a direction.
enum SensitivitySentence {
    /// The sentence for `entry` (which has a rank).
    static func sentence(for entry: SensitivityRanking.Entry, metricLabel: String) -> String {
        let result = entry.result
        let rank = entry.rank ?? 0
        let evidence = Self.evidence(result.headline)
        if result.headline.isUndetectable {
            if rank == 1 {
                return "No parameter has a detectable effect on \(metricLabel); the largest is \(result.parameter): \(evidence)."
            }
            return "\(result.parameter) (rank \(rank)) has no detectable effect on \(metricLabel): \(evidence)."
        }
        let lead = rank == 1 ? "matters most for" : "ranks \(ordinal(rank)) for"
        return "\(result.parameter) \(lead) \(metricLabel): \(evidence); \(clause(result.direction))."
    }

    /// The sentence for a group in which no parameter has an estimate.
    static func none(_ group: SensitivityRanking.Group, metricLabel: String) -> String {
        let reason = group.entries.first?.result.headline.notes.first ?? "no results"
        return "No sensitivity of \(metricLabel) could be estimated: \(reason)."
    }

    /// `PRCC −0.62 (95% CI −0.66 to −0.58)`, or `… (no interval)`.
    static func evidence(_ estimate: SensitivityEstimate) -> String {
        let digits = estimate.measure == .prcc ? fixedTwo : significantThree
        let value = estimate.value.map(digits) ?? "n/a"
        guard let interval = estimate.interval else { return "\(estimate.measure.label) \(value) (no interval)" }
        return "\(estimate.measure.label) \(value) (\(percent(interval.level)) CI \(digits(interval.low)) to \(digits(interval.high)))"
    }

    private static func clause(_ direction: SensitivityResult.Direction) -> String {
        switch direction {
        case .raises: "higher values raise it"
        case .lowers: "higher values lower it"
        case .mixed, .unknown: "the direction of its effect is not clear"
        }
    }

    /// `2nd`, `3rd`, `11th`, `21st`.
    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }

    /// `95%`, `99.5%`.
    static func percent(_ level: Double) -> String {
        var text = DecimalText.fixed(level * 100, 1)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text + "%"
    }

    private static func fixedTwo(_ value: Double) -> String { minus(DecimalText.fixed(value, 2)) }

    /// 3 significant digits in fixed notation (`1230`, `12.3`, `0.00123`); 0 as `0`.
    static func significantThree(_ value: Double) -> String {
        guard value != 0, value.isFinite else { return value == 0 ? "0" : DecimalText.fixed(value, 0) }
        var magnitude = 0
        var scaled = abs(value)
        while scaled >= 10 { scaled /= 10; magnitude += 1 }
        while scaled < 1 { scaled *= 10; magnitude -= 1 }
        let digits = min(12, max(0, 2 - magnitude))
        return minus(DecimalText.fixed(value, digits))
    }

    private static func minus(_ text: String) -> String {
        text.hasPrefix("-") ? "\u{2212}" + text.dropFirst() : text
    }
}
