import Foundation
import Testing
@testable import WijkSim

/// The sweep's ranking recovers what is known by construction.
@Suite("Sweep: the sensitivity ranking recovers a known ordering")
struct SweepSensitivityRecoveryTests {
    /// A town where every barrier is zero but the extra-work framing, which a Latin
    /// hypercube varies together with the training's cooperation gain — a parameter the
    /// model ignores while training is switched off (the negative control).
    ///
    /// Catches a ranking that sorts by the wrong key or sign, PRCC columns paired with the
    /// wrong parameter names, outputs read from the wrong `points.csv` column, and an
    /// interval that cannot include zero.
    @Test("Only one barrier non-zero: it ranks first; an ignored parameter ranks last with an interval including zero")
    func onlyOneBarrierMatters() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let root = SweepRunTests.root
        try TestSupport.write("""
            {"extends": "\(root)/Scenarios/bench/small.json", "name": "one-barrier",
             "barriers": {"extraWorkFraming": 0.5, "otherClusterPenalty": 0, "siloPenalty": 0, "ruleRigidity": 0,
                          "liabilityAversion": 0, "roleAmbiguity": 0, "escalationStigma": 0, "feedbackGap": 0,
                          "politicalVeto": 0, "staffTurnoverPerYear": 0}}
            """, to: folder + "/one-barrier.json")
        try TestSupport.write("""
            {"base": "one-barrier.json", "replicates": 2, "seed": 11, "weeks": 26,
             "vary": {"interventions.training.cooperationGain": {"min": 0, "max": 1},
                      "barriers.extraWorkFraming": {"min": 0, "max": 1}},
             "design": {"type": "latin-hypercube", "points": 40}}
            """, to: folder + "/lhs.json")
        let plan = try SweepLoader.load(path: folder + "/lhs.json")
        let outcome = try SweepRunTests.run(plan, into: folder + "/out")
        let ranking = try #require(outcome.ranking)
        let group = try #require(ranking.groups.first { $0.metric == "connection_rate_all" })
        #expect(group.measure == .prcc)
        let first = group.entries[0], last = group.entries[1]
        #expect(first.result.parameter == "barriers.extraWorkFraming")
        #expect(first.rank == 1)
        let interval = try #require(first.result.headline.interval)
        #expect(interval.high < 0, "more extra-work framing, fewer connections: \(interval)")
        #expect(last.result.parameter == "interventions.training.cooperationGain")
        #expect(last.result.headline.isUndetectable, "the ignored parameter's interval includes zero")
        let csv = TestSupport.read(folder + "/out/sensitivity.csv")
        #expect(csv.contains("connection_rate_all,barriers.extraWorkFraming,latin-hypercube,prcc,"))
    }
}
