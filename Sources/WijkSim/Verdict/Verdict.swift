/// The verdict on one variant against its base: the headline effect with its time pattern,
/// the side effects worth naming and where the change in connected requests comes from —
/// pure functions of the variant's paired estimates (``VariantEffects``), so that
/// `compare` and every world of `compare --worlds` reach it the same way.
package struct Verdict: Sendable {
    /// The headline metric (index in ``MetricCatalog/scalarNames``) a comparison prefers: the
    /// cohort connection rate `connection_rate_cohort_all` (docs/ODD.md §5.1), which counts only
    /// requests raised early enough to get the residents' mean patience before the end, so a
    /// request still open at the end does not count as a failure. The table is sorted by the
    /// headline and the sentence opens with it. A rate, shown in percentage points.
    /// `compare --worlds` reads every world on it.
    package static let headlineMetric = MetricCatalog.cohortConnectionRate(MetricAxis.allKinds)
    /// The headline when the cohort is empty (``headlineMetric(for:)``): `connection_rate_all`.
    package static let allRequestsHeadlineMetric = MetricCatalog.connectionRate(MetricAxis.allKinds)

    /// The headline of a comparison of `variants`: the cohort rate when its paired difference is
    /// defined for every variant (base and variant cohorts both non-empty), else
    /// `connection_rate_all` for all of them, so that one table never mixes the two. The cohort
    /// is empty when the horizon is shorter than the residents' mean patience for every kind
    /// (e.g. `--weeks 8` with the baseline's patience of 8 weeks and more), or nothing was raised.
    package static func headlineMetric(for variants: [VariantEffects]) -> Int {
        variants.allSatisfy { $0[headlineMetric].difference.isFinite } ? headlineMetric : allRequestsHeadlineMetric
    }

    /// This verdict's headline metric (``headlineMetric`` or ``allRequestsHeadlineMetric``).
    package var headlineMetric: Int
    /// The paired estimate of ``headlineMetric-swift.property``.
    package var headline: ComparisonEstimate
    /// The side effects the sentence names, in declaration order.
    package var sideEffects: [SideEffectFinding]
    /// The change in connected requests by flow × kind.
    package var decomposition: ComparisonDecomposition
    /// When the headline effect shows; `nil` when unknown (no weekly series).
    package var timing: ComparisonTiming?

    /// The verdict read off `effects` on `headlineMetric` (by default the rule of
    /// ``headlineMetric(for:)`` applied to this variant alone), with `timing` from the weekly
    /// series (if any).
    package init(_ effects: VariantEffects, timing: ComparisonTiming?, headlineMetric: Int? = nil,
                 declarations: [SideEffect] = SideEffect.declarations) {
        self.headlineMetric = headlineMetric ?? Self.headlineMetric(for: [effects])
        headline = effects[self.headlineMetric]
        sideEffects = SideEffectFinding.findings(in: effects, declarations: declarations)
        decomposition = ComparisonDecomposition(effects)
        self.timing = timing
    }

    /// Whether the headline is the cohort rate (else all requests raised).
    package var usesCohort: Bool { headlineMetric == Self.headlineMetric }

    /// Whether the headline effect is clearly positive (its interval lies above zero).
    package var isClearlyUp: Bool { headline.excludesZero == true && headline.difference > 0 }

    /// The plain sentence for the variant called `name`, e.g.
    /// `transition manager: connection rate +0.72 points (95% CI +0.71 to +0.74), starts in
    /// week 14 and is visible from week 33; but residents give up waiting 16% more often (95% CI +14% to +18%).`
    package func sentence(name: String, language: Language) -> String {
        let t = Localizer(language)
        let digits = Self.digits(headline)
        var text = t(.termSentenceHead, name, t.signed(headline.difference * 100, digits))
        if let excludesZero = headline.excludesZero {
            let interval = t(.termInterval, t(.intervalRange, t.signed(headline.low * 100, digits),
                                              t.signed(headline.high * 100, digits)))
            text += excludesZero ? t(.termIntervalAfter, interval) + (timing.map { Self.timingPhrase($0, t) } ?? "")
                : t(.termNoClearEffect, interval)
        } else {
            text += t(.termNoInterval)
        }
        return text + Self.sideEffectClause(sideEffects, afterClearRise: isClearlyUp, language: language) + "."
    }

    /// The time pattern, e.g. `, starts in week 14 and is visible from week 33 and fades after week 60`.
    static func timingPhrase(_ timing: ComparisonTiming, _ t: Localizer) -> String {
        guard let visible = timing.visibleFromWeek else { return t(.termNotVisible) }
        let weeks = t.list(timing.segments.map { "\($0.firstWeek)\u{2013}\($0.lastWeek)" })
        if timing.pattern == .onAndOff { return t(.termVisibleIn, weeks) }
        let start = timing.startsInWeek.map { t(.termStartsVisible, String($0), String(visible)) }
            ?? t(.termVisible, String(visible))
        switch timing.pattern {
        case .fades: return start + t(.termFades, String(timing.fadesAfterWeek ?? visible))
        case .yearly: return start + t(.termRecurs, weeks)
        case .steady, .notVisible, .onAndOff: return start
        }
    }

    /// The side effects as the end of a sentence: `; but …` for the unwelcome ones when the
    /// headline rose clearly (`; …` otherwise), then `; …` for the welcome ones; empty when none.
    package static func sideEffectClause(_ findings: [SideEffectFinding], afterClearRise: Bool,
                                         language: Language) -> String {
        let t = Localizer(language)
        let worse = findings.filter(\.isWorse).map { $0.phrase(language) }
        let better = findings.filter { !$0.isWorse }.map { $0.phrase(language) }
        var clause = ""
        if !worse.isEmpty { clause += (afterClearRise ? t(.termSideBut) : "; ") + t.list(worse) }
        if !better.isEmpty { clause += "; " + t.list(better) }
        return clause
    }

    /// Decimals for a rate in points: one, or two when a non-empty interval's ends would
    /// print the same with one (`+0.7 to +0.7` becomes `+0.68 to +0.73`).
    package static func digits(_ estimate: ComparisonEstimate) -> Int {
        let low = estimate.low * 100, high = estimate.high * 100
        guard low.isFinite, high.isFinite, high > low else { return 1 }
        return DecimalText.fixed(low, 1) == DecimalText.fixed(high, 1) ? 2 : 1
    }
}
