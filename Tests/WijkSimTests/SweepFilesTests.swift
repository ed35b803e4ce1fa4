import Foundation
import Testing
@testable import WijkSim

/// The example sweeps in `Scenarios/sweeps/`, found on disk so a new one is covered too.
@Suite("Sweep files")
struct SweepFilesTests {
    static let folder = packageRoot.appendingPathComponent("Scenarios/sweeps").path

    static let files: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        .filter { $0.hasSuffix(".json") }.sorted()

    // Catches: an example that no longer loads (a renamed parameter, a changed range).
    @Test("every example sweep loads and checks every point", arguments: files)
    func loads(file: String) throws {
        let plan = try SweepLoader.load(path: Self.folder + "/" + file)
        #expect(plan.pointCount >= 1)
        #expect(plan.name + ".json" == file)
    }

    // Catches: an example renamed or removed (the loads test would then pass vacuously).
    @Test func theExamplesAreThere() {
        #expect(Set(Self.files).isSuperset(of: ["connectors-grid.json", "barriers-lhs.json", "barriers-morris.json", "test-small.json"]))
    }

    /// Each factor's range is the parameter's plausible range in the catalog.
    func expectPlausibleRanges(_ plan: SweepPlan) throws {
        for factor in plan.factors {
            let plausible = try #require(ParameterCatalog.spec(for: factor.keyPath)?.plausible, "\(factor.keyPath) has no plausible range")
            #expect(factor.low == plausible.low && factor.high == plausible.high,
                    "\(factor.keyPath): [\(factor.low), \(factor.high)], plausible [\(plausible.low), \(plausible.high)]")
        }
    }

    // Catches: ranges copied wrongly from ParameterCatalog, too few factors, a changed size.
    @Test func barriersLatinHypercube() throws {
        let plan = try SweepLoader.load(path: Self.folder + "/barriers-lhs.json")
        #expect(plan.design == .latinHypercube(points: 1000))
        #expect(plan.replicates == 20)
        #expect(plan.factors.count >= 8)
        try expectPlausibleRanges(plan)
    }

    // Catches: a barrier left out of the screening, or one added to the catalog and not here.
    @Test func barriersMorrisScreensEveryBarrier() throws {
        let plan = try SweepLoader.load(path: Self.folder + "/barriers-morris.json")
        let barriers = ParameterCatalog.all.map(\.keyPath).filter { $0.hasPrefix("barriers.") }
        #expect(plan.factors.map(\.keyPath) == barriers)
        guard case .morris(let trajectories, _) = plan.design else { Issue.record("not a Morris design"); return }
        #expect(plan.pointCount == trajectories * (barriers.count + 1))
        try expectPlausibleRanges(plan)
    }

    // Catches: the CI sweep growing beyond a few seconds of work.
    @Test func testSmallIsTiny() throws {
        let plan = try SweepLoader.load(path: Self.folder + "/test-small.json")
        #expect(plan.pointCount * plan.replicates <= 12)
        #expect(plan.base.run.weeks <= 8)
        #expect(plan.base.municipality.neighbourhoods.reduce(0) { $0 + $1.population } <= 5000)
    }

    // Catches: a connector-count factor that does not switch the fourth connector as described.
    @Test func connectorsGridSwitchesTheFourthConnector() throws {
        let plan = try SweepLoader.load(path: Self.folder + "/connectors-grid.json")
        #expect(plan.pointCount == 9)
        #expect(plan.base.connectors.count == 4)
        let starts = try (0..<plan.pointCount).map { try plan.scenario(forPoint: $0).connectors[3].startWeek }
        #expect(starts == [0, 13, 5200, 0, 13, 5200, 0, 13, 5200])
        #expect(5200 > plan.base.run.warmupWeeks + plan.base.run.weeks, "5200 means never within the run")
        let hours = try plan.scenario(forPoint: 8).connectors.map(\.hoursPerWeek)
        #expect(hours == [32, 32, 32, 32])
    }
}
