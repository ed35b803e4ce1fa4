import Testing
@testable import WijkSim

/// Side effects in the verdict (``SideEffectFinding``, ``Verdict``): named exactly when the
/// change is clear and reaches every declared threshold.
@Suite("compare: side effects in the verdict")
struct SideEffectFindingTests {
    /// An estimate of `metric` with base mean `base`, difference `difference` and interval `low…high`.
    private func estimate(_ metric: String, base: Double, difference: Double, low: Double, high: Double) -> ComparisonEstimate {
        ComparisonEstimate(metric: metric, baseMean: base, variantMean: base + difference, difference: difference,
                           low: low, high: high)
    }

    private static let headline = MetricCatalog.scalarNames[Verdict.headlineMetric]
    private static let abandoned = MetricCatalog.scalarNames[MetricCatalog.count(.abandoned, 4)]
    private static let untouched = MetricCatalog.scalarNames[MetricCatalog.count(.untouched, 4)]
    private static let time = MetricCatalog.scalarNames[MetricCatalog.timeToResult(0, 4)]

    /// A verdict whose headline rose clearly by 0.72 points, with `others` as its other estimates.
    private func verdict(_ others: [ComparisonEstimate], headlineLow: Double = 0.0071) -> Verdict {
        let rate = estimate(Self.headline, base: 0.3, difference: 0.0072, low: headlineLow, high: 0.0074)
        return Verdict(VariantEffects([rate] + others), timing: nil)
    }

    private func reported(_ estimate: ComparisonEstimate) -> [String] {
        verdict([estimate]).sideEffects.map(\.effect.metric)
    }

    @Test("named exactly at the threshold, not just below it, and never with an interval covering zero")
    func thresholds() {
        // Catches: `>` for `>=` (at the threshold), a rule that ignores the interval or one of two thresholds.
        let a = Self.abandoned
        #expect(reported(estimate(a, base: 100, difference: 5, low: 4, high: 6)) == [a], "exactly 5%")
        #expect(reported(estimate(a, base: 100, difference: 4.99, low: 4, high: 6)) == [], "just under 5%")
        #expect(reported(estimate(a, base: 100, difference: 10, low: -1, high: 21)) == [], "interval covers zero")
        #expect(reported(estimate(a, base: 100, difference: 10, low: 0, high: 21)) == [], "interval touches zero")
        #expect(reported(estimate(a, base: 10, difference: 0.9, low: 0.8, high: 1)) == [], "9% but under 1 request")
        #expect(reported(estimate(a, base: 10, difference: 1, low: 0.8, high: 1.2)) == [a], "10% and 1 request")
        #expect(reported(estimate(a, base: 0, difference: 3, low: 2, high: 4)) == [], "no base to be relative to")
        #expect(reported(estimate(a, base: 100, difference: -5, low: -6, high: -4)) == [a], "a decrease counts too")
        let u = Self.untouched
        #expect(reported(estimate(u, base: 50, difference: 5, low: 4, high: 6)) == [u], "exactly 10%")
        #expect(reported(estimate(u, base: 50, difference: 4.9, low: 4, high: 6)) == [])
        let t = Self.time
        #expect(reported(estimate(t, base: 3, difference: 0.5, low: 0.4, high: 0.6)) == [t], "half a week")
        #expect(reported(estimate(t, base: 3, difference: 0.49, low: 0.4, high: 0.6)) == [])
        #expect(reported(estimate("mean_trust_askers", base: 0.5, difference: 0.01, low: 0.008, high: 0.012))
                == ["mean_trust_askers"])
        #expect(reported(estimate("mean_trust_askers", base: 0.5, difference: 0.0099, low: 0.008, high: 0.012)) == [])
        #expect(reported(estimate("connector_hours_used", base: 1000, difference: 50, low: 40, high: 60))
                == ["connector_hours_used"])
        #expect(reported(estimate("connector_hours_used", base: 1000, difference: 49.9, low: 40, high: 60)) == [])
        #expect(reported(estimate("department_hours_used", base: 1000, difference: -50, low: -60, high: -40))
                == ["department_hours_used"])
        // Trust over all residents is not a side effect: most residents never ask (issue 11).
        #expect(reported(estimate("mean_trust", base: 0.5, difference: 0.05, low: 0.04, high: 0.06)) == [])
    }

    @Test("the sentence names each side effect with its interval: 'but' after a clear rise, welcome ones after")
    func sentence() {
        // Catches: side effects left out of the sentence, a wrong sign or scale in the interval, "but" for a
        // welcome change or after a headline that did not rise.
        let effects = [
            estimate(Self.abandoned, base: 200, difference: 33, low: 28, high: 36),
            estimate(Self.untouched, base: 20, difference: 1.5, low: 1, high: 2),          // 7.5%: below 10%
            estimate(Self.time, base: 4, difference: -0.8, low: -1.0, high: -0.6),
            estimate("mean_trust_askers", base: 0.5, difference: 0.012, low: 0.01, high: 0.014),
            estimate("connector_hours_used", base: 2000, difference: 240, low: 200, high: 280),
        ]
        let up = verdict(effects)
        #expect(up.sentence(name: "transition manager", language: .english) == """
            transition manager: connection rate +0.72 points (95% CI +0.71 to +0.74); but residents give up \
            waiting 17% more often (95% CI +14% to +18%) and connectors work 12% more hours (95% CI +10% to \
            +14%); results come 0.8 weeks sooner (95% CI \u{2212}1.0 to \u{2212}0.6) and trust of residents who \
            asked rises by 0.012 (95% CI +0.010 to +0.014).
            """)
        #expect(up.sentence(name: "transitiemanager", language: .dutch).contains(
            "; maar inwoners haken 17% vaker af tijdens het wachten (95%-BI +14% tot +18%)"))
        let unclear = verdict(effects, headlineLow: -0.001)
        #expect(unclear.sentence(name: "x", language: .english).hasPrefix("""
            x: connection rate +0.7 points, no clear effect (95% CI \u{2212}0.1 to +0.7); residents give up waiting
            """))
        #expect(verdict([]).sentence(name: "x", language: .english)
                == "x: connection rate +0.72 points (95% CI +0.71 to +0.74).")
    }

    @Test("a narrow interval gets one more decimal so its ends differ")
    func narrowInterval() {
        // Catches: "(95% CI +16% to +16%)", as 1,000 replicates print without the extra decimal.
        let narrow = verdict([estimate(Self.abandoned, base: 1000, difference: 162, low: 159, high: 164)])
        #expect(narrow.sideEffects.map { $0.phrase(.english) }
                == ["residents give up waiting 16.2% more often (95% CI +15.9% to +16.4%)"])
        let wide = verdict([estimate(Self.abandoned, base: 1000, difference: 162, low: 140, high: 180)])
        #expect(wide.sideEffects.map { $0.phrase(.english) } == ["residents give up waiting 16% more often (95% CI +14% to +18%)"])
    }

    @Test("the help lines and the README table are read off the declarations")
    func documentation() {
        // Catches: a declaration whose threshold is not documented, or a stale hand-written copy.
        #expect(SideEffect.helpLines.count == 2 * SideEffect.declarations.count)
        #expect(SideEffect.helpLines[0] == "  abandoned_all: at least 5% of the base mean and at least 1 (requests)")
        #expect(SideEffect.helpLines[1] == "      a twentieth more or fewer residents giving up; at least one request per replicate")
        #expect(SideEffect.markdownTable.contains("| time to result, weeks | `time_to_result_mean_all` | at least 0.5 (weeks) |"))
        for effect in SideEffect.declarations {
            #expect(MetricCatalog.scalarNames.contains(effect.metric), "\(effect.metric) is a declared scalar metric")
            #expect(effect.relativeThreshold != nil || effect.absoluteThreshold != nil, "\(effect.metric) has a threshold")
        }
    }
}
