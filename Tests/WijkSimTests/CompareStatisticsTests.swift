import Testing
@testable import WijkSim

@Suite("compare: paired statistics, timing rule and report")
struct CompareStatisticsTests {
    @Test("paired and Welch intervals match scipy; a pair with NaN or infinity is skipped as a whole")
    func pairedStatistics() {
        var stats = PairedStatistics()
        for (base, variant) in [(1.0, 2.0), (2, 4), (.nan, 1), (3, 5), (4, .infinity)] {
            stats.add(base: base, variant: variant)
        }
        #expect(stats.count == 3)
        #expect(stats.base.mean == 2)
        #expect(abs(stats.difference.mean - 5.0 / 3) < 1e-15)
        // scipy.stats.ttest_rel([2,4,5], [1,2,3]).confidence_interval(0.95)
        let paired = stats.pairedInterval()
        #expect(abs(paired.low - 0.23244909008351278) < 1e-9, "\(paired)")
        #expect(abs(paired.high - 3.100884243249821) < 1e-9, "\(paired)")
        // scipy.stats.ttest_ind([2,4,5], [1,2,3], equal_var=False).confidence_interval(0.95), df 3.448
        let welch = stats.welchInterval()
        #expect(abs(welch.low - -1.4542172852289288) < 1e-9, "\(welch)")
        #expect(abs(welch.high - 4.787550618562262) < 1e-9, "\(welch)")
    }

    @Test("identical pairs give difference 0 and interval [0, 0]; one pair gives no interval")
    func degenerateCases() {
        var same = PairedStatistics()
        for value in [0.3, 0.1, 0.7] { same.add(base: value, variant: value) }
        #expect(same.difference.mean == 0)
        #expect(same.pairedInterval() == (0, 0))
        let row = ComparisonRow(base: "b", variant: "v", metric: "m", statistics: same)
        #expect(row.excludesZero == false)
        #expect(row.csvRow[3...10] == ["3", "0.3666666666666667", "0.3666666666666667", "0", "0", "0", "0", "false"])
        var single = PairedStatistics()
        single.add(base: 0, variant: 1)
        let lone = ComparisonRow(base: "b", variant: "v", metric: "m", statistics: single)
        #expect(lone.excludesZero == nil)
        #expect(lone.csvRow == ["b", "v", "m", "1", "0", "1", "1", "NA", "NA", "NA", "NA", "NA", "NA"])
    }

    @Test("trailing means: 8-week window, shorter at the start, NaN weeks left out")
    func trailingMeans() {
        let means = ComparisonTiming.trailingMeans(of: [1, .nan, 3, 4, 5, 6, 7, 8, 9, .nan])
        #expect(means[0] == 1)
        #expect(means[1] == 1)
        #expect(means[2] == 2)
        #expect(means[8] == 6, "weeks 2-9: NaN, 3, ..., 9")
        #expect(means[9] == 6, "weeks 3-10: 3, ..., 9, NaN")
        #expect(ComparisonTiming.trailingMeans(of: [.nan, .nan])[1].isNaN)
    }

    @Test("display names and signed numbers")
    func formatting() {
        #expect(CompareReport.displayName(of: "katwijk-transition-manager", base: "katwijk") == "transition manager")
        #expect(CompareReport.displayName(of: "katwijk_documented-role", base: "katwijk") == "documented role")
        #expect(CompareReport.displayName(of: "publicity_only", base: "katwijk") == "publicity only")
        #expect(CompareReport.displayName(of: "katwijk-", base: "katwijk") == "katwijk ")
        #expect(CompareReport.displayName(of: "katwijk", base: "katwijk") == "katwijk")
        #expect(CompareReport.points(0.061) == "+6.1")
        #expect(CompareReport.points(-0.003) == "\u{2212}0.3")
        #expect(CompareReport.points(-0.0004) == "0.0")
        #expect(CompareReport.points(.nan) == "NA")
        #expect(CompareReport.signed(-12.44, 1) == "\u{2212}12.4")
        #expect(CompareReport.signed(0.00031, 4) == "+0.0003")
    }

    /// A replicate whose only non-zero values are `connection_rate_all`, the cohort rate
    /// (`cohort`, by default the same) and the weekly connection rate.
    private func result(rate: Double, cohort: Double? = nil, weekly: (Int) -> Double, weeks: Int) -> ReplicateResult {
        var scalars = [Double](repeating: 0, count: MetricCatalog.scalarNames.count)
        scalars[MetricCatalog.connectionRate(4)] = rate
        scalars[MetricCatalog.cohortConnectionRate(4)] = cohort ?? rate
        var values = [Double](repeating: 0, count: weeks * MetricCatalog.weeklyNames.count)
        for week in 0..<weeks {
            values[week * MetricCatalog.weeklyNames.count + ComparisonTiming.metric.rawValue] = weekly(week)
        }
        return ReplicateResult(scalars: scalars, weekly: values, weeks: weeks, requestsHandled: 0)
    }

    /// Catches: a headline that stays on `connection_rate_all` (the cohort effects here are
    /// the opposite sign), a fallback per variant that mixes the two rates in one table, and
    /// a fallback that does not say so.
    @Test("the headline is the cohort rate, or all requests for every variant when one cohort is empty")
    func headlineRule() {
        func report(emptyCohortIn empty: Int?) -> CompareReport {
            var recorder = ComparisonRecorder(baseName: "town", variantNames: ["town-a", "town-b"], weeks: 10)
            for replicate in 0..<4 {
                let jitter = Double(replicate) * 0.001
                recorder.record(base: result(rate: 0.3, cohort: 0.4, weekly: { _ in 0.3 }, weeks: 10), variants: [0, 1].map { v in
                    result(rate: 0.3 + 0.02 * Double(v + 1) + jitter, cohort: v == empty ? .nan : 0.4 - 0.01 * Double(v + 1) + jitter,
                           weekly: { _ in 0.3 }, weeks: 10)
                })
            }
            let headline = CompareReport.headlineMetric(of: recorder)
            return CompareReport(baseName: "town", replicates: 4, weeks: 10, seed: 1,
                                 variants: [0, 1].map { CompareReport.Variant(recorder: recorder, variant: $0, baseName: "town", headlineMetric: headline) },
                                 wallTimeSeconds: 0, jobs: 1, files: [])
        }
        let cohort = report(emptyCohortIn: nil)
        #expect(cohort.variants.map(\.verdict.headlineMetric) == [Verdict.headlineMetric, Verdict.headlineMetric])
        #expect(cohort.variants.map(\.displayName) == ["a", "b"], "cohort effects: a −1, b −2 points")
        #expect(cohort.text.contains("Connection rate: of the requests raised at least the residents' mean patience before the end"))
        let fallback = report(emptyCohortIn: 1)
        #expect(fallback.variants.map(\.verdict.headlineMetric) == [Verdict.allRequestsHeadlineMetric, Verdict.allRequestsHeadlineMetric])
        #expect(fallback.variants.map(\.displayName) == ["b", "a"], "all requests: b +4, a +2 points")
        #expect(fallback.text.contains("Connection rate: of all requests raised; 10 weeks leave no request"))
    }

    @Test("the report sorts by connection-rate effect and says each variant's effect in one sentence")
    func reportSentences() {
        let weeks = 60
        // (name, overall effect, alternating spread, weekly effect)
        let variants: [(String, Double, Double, (Int) -> Double)] = [
            ("town-noise", -0.001, 0.004, { _ in 0 }),
            ("town-invisible", 0.041, 0.001, { _ in 0 }),
            ("town-pilot", 0.051, 0.001, { (29..<40).contains($0) ? 0.06 : 0 }),
            ("town-manager", 0.061, 0.001, { $0 >= 29 ? 0.06 : 0 }),
        ]
        var recorder = ComparisonRecorder(baseName: "town", variantNames: variants.map(\.0), weeks: weeks)
        for replicate in 0..<10 {
            let sign: Double = replicate % 2 == 0 ? 1 : -1
            let base = result(rate: 0.3, weekly: { _ in 0.3 }, weeks: weeks)
            recorder.record(base: base, variants: variants.map { _, effect, spread, weekly in
                result(rate: 0.3 + effect + sign * spread, weekly: { 0.3 + weekly($0) }, weeks: weeks)
            })
        }
        let report = CompareReport(
            baseName: "town", replicates: 10, weeks: weeks, seed: 1,
            variants: variants.indices.map { CompareReport.Variant(recorder: recorder, variant: $0, baseName: "town") },
            wallTimeSeconds: 0.25, jobs: 2, files: ["R/comparison.csv"])
        #expect(report.variants.map(\.displayName) == ["manager", "pilot", "invisible", "noise"])
        #expect(report.variants.map(CompareReport.sentence(for:)) == [
            "manager: connection rate +6.1 points (95% CI +6.0 to +6.2), starts in week 30 and is visible from week 32.",
            "pilot: connection rate +5.1 points (95% CI +5.0 to +5.2), visible from week 30 and fades after week 40.",
            "invisible: connection rate +4.1 points (95% CI +4.0 to +4.2), not clearly visible in any week.",
            "noise: connection rate \u{2212}0.1 points, no clear effect (95% CI \u{2212}0.4 to +0.2).",
        ])
        // Relative side effects are NA: every base mean but the rate's is 0 here.
        #expect(report.table == [
            "variant     connection rate, points (95% CI)   via connector, points   abandoned   abandoned in queue   untouched   time to result, weeks   trust of askers   connector hours   department hours",
            "manager                  +6.1 (+6.0 to +6.2)                     0.0          NA                   NA          NA                     0.0             0.000                NA                 NA",
            "pilot                    +5.1 (+5.0 to +5.2)                     0.0          NA                   NA          NA                     0.0             0.000                NA                 NA",
            "invisible                +4.1 (+4.0 to +4.2)                     0.0          NA                   NA          NA                     0.0             0.000                NA                 NA",
            "noise                    \u{2212}0.1 (\u{2212}0.4 to +0.2)                     0.0          NA                   NA          NA                     0.0             0.000                NA                 NA",
        ])
        #expect(report.text.hasPrefix("Compared with town: 10 paired replicates × 60 weeks, seed 1\n\nvariant "))
    }

    @Test("a narrow interval is printed with two decimals so its ends differ")
    func narrowIntervalDigits() {
        var narrow = PairedStatistics(), wide = PairedStatistics(), zero = PairedStatistics()
        for i in 0..<100 {
            let jitter = Double(i % 2 == 0 ? 1 : -1) * 0.0002
            narrow.add(base: 0.30, variant: 0.3072 + jitter)
            wide.add(base: 0.30, variant: 0.3610 + 50 * jitter)
            zero.add(base: 0.30, variant: 0.30)
        }
        func row(_ s: PairedStatistics) -> ComparisonRow { ComparisonRow(base: "b", variant: "v", metric: "m", statistics: s) }
        #expect(CompareReport.digits(row(narrow)) == 2)
        #expect(CompareReport.digits(row(wide)) == 1)
        #expect(CompareReport.digits(row(zero)) == 1)
    }
}
