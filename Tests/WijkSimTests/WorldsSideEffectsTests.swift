import Testing
@testable import WijkSim

/// How a side effect is classed in one world (`<metric>_finding` in `worlds.csv`) and how the
/// classes are reported over the worlds.
@Suite("Worlds: side effects per world and over the worlds")
struct WorldsSideEffectsTests {
    /// Paired statistics of `pairs` (base, variant).
    static func statistics(_ pairs: [(Double, Double)]) -> PairedStatistics {
        var s = PairedStatistics()
        for (b, v) in pairs { s.add(base: b, variant: v) }
        return s
    }

    static let abandoned = SideEffect.declarations[0]
    static let trust = SideEffect.declarations.first { $0.metric == "mean_trust_askers" }!

    // Catches: a class that ignores materiality (a clear +1% would be "worse"), one that ignores
    // clarity (a noisy +20% would be "worse"), and a direction turned round for a metric whose
    // increase is welcome (trust of askers).
    @Test func classIsTheSingleWorldVerdicts() {
        let clearRise = Self.statistics([(100, 120), (102, 121), (98, 119), (101, 122)])
        #expect(WorldsFiles.SideEffectClass(Self.abandoned, clearRise) == .worse)
        let clearFall = Self.statistics([(100, 80), (102, 81), (98, 79), (101, 82)])
        #expect(WorldsFiles.SideEffectClass(Self.abandoned, clearFall) == .better)
        let tiny = Self.statistics([(100, 101), (102, 103), (98, 99), (101, 102.1)])
        #expect(WorldsFiles.SideEffectClass(Self.abandoned, tiny) == .none, "clear but below 5% of the base")
        let noisy = Self.statistics([(100, 160), (102, 80), (98, 150), (101, 90)])
        #expect(WorldsFiles.SideEffectClass(Self.abandoned, noisy) == .none, "material on average but not clear")
        let trustUp = Self.statistics([(0.50, 0.52), (0.51, 0.53), (0.49, 0.51), (0.50, 0.521)])
        #expect(WorldsFiles.SideEffectClass(Self.trust, trustUp) == .better)
        #expect(WorldsFiles.SideEffectClass(Self.abandoned, PairedStatistics()) == .none)
    }

    // Catches: shares over the wrong denominator, side effects named in no world listed anyway,
    // and an order that is not "most often worse first".
    @Test func lineListsWhatWasNamedMostOftenWorseFirst() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let same = try WorldsTests.scenario("same", in: folder)
        let plan = try WorldsPlan.load(WorldsTests.setup(WorldsTests.small, [same], worlds: 2), checksEveryWorld: false)
        let report = WorldsReport(plan: plan, summary: WorldsSummary(verdicts: [], factors: [], worldCount: 4), wallTimeSeconds: nil,
                                  jobs: 1, files: [], language: .english)
        var shares = SideEffect.declarations.map { WorldsSummary.SideEffectShares(metric: $0.metric, worse: 0, better: 0) }
        shares[0].worse = 1; shares[0].better = 2      // abandoned
        shares[2].worse = 3                            // untouched
        #expect(report.sideEffectLine(shares, worlds: 4)
                == "side effects (share of worlds where clearly and materially worse / better): untouched 75% / 0%, abandoned 25% / 50%.")
        let none = SideEffect.declarations.map { WorldsSummary.SideEffectShares(metric: $0.metric, worse: 0, better: 0) }
        #expect(report.sideEffectLine(none, worlds: 4) == "no side effect is clearly and materially changed in any world.")
    }
}
