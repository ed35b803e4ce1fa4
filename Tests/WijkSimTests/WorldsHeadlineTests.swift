import Testing
@testable import WijkSim

/// The headline a verdict over worlds reads (``WorldsPlan/headline(weeks:scenarios:factors:)``).
/// Catches: a rule that ignores a varied patience (worlds drawing 52 weeks of patience in a
/// 40-week run would have empty cohorts), one that ignores the scenarios' own patience, or an
/// off-by-one at the boundary (the cohort needs `raisedWeek + ⌈patience⌉ ≤ T` with week ≥ 1).
@Suite("Worlds: which connection rate the verdict reads")
struct WorldsHeadlineTests {
    static let patience = WorldFactor(keyPath: "residents.patienceWeeks", label: "patience", low: 4, high: 52, isInteger: false)
    static let other = WorldFactor(keyPath: "barriers.extraWorkFraming", label: "framing", low: 0, high: 1, isInteger: false)

    @Test func cohortWhenEveryWorldHasWeeksToFillIt() {
        let base = Scenario()   // patience 8, 13, 30, 10 weeks
        #expect(WorldsPlan.headline(weeks: 104, scenarios: [base], factors: [Self.patience]) == WorldsFiles.headlineMetric)
        #expect(WorldsPlan.headline(weeks: 31, scenarios: [base], factors: [Self.other]) == WorldsFiles.headlineMetric)
    }

    @Test func allRequestsWhenSomeWorldCannotFillIt() {
        let base = Scenario()
        #expect(WorldsPlan.headline(weeks: 40, scenarios: [base], factors: [Self.patience]) == WorldsFiles.allRequestsHeadlineMetric)
        #expect(WorldsPlan.headline(weeks: 30, scenarios: [base], factors: [Self.other]) == WorldsFiles.allRequestsHeadlineMetric)
        let patient = base.with { $0.residents.patienceWeeks.question = 60 }
        #expect(WorldsPlan.headline(weeks: 52, scenarios: [base, patient], factors: [Self.other]) == WorldsFiles.allRequestsHeadlineMetric)
    }
}
