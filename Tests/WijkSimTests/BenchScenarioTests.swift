import Foundation
import Testing
@testable import WijkSim
@testable import WijkSimBench
@testable import WijkSimCLI

/// The bench's scenario files load, validate and have the sizes issue 4 asks for.
@Suite("Bench: scenario files")
struct BenchScenarioTests {
    static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scenarios").path

    @Test("bench/rotterdam.json: 650,000 residents in 70 neighbourhoods, 40 connectors serving 1-2 each and all, 8 departments")
    func rotterdam() throws {
        let scenario = try ScenarioLoader.load(path: Self.scenarios + "/bench/rotterdam.json")
        #expect(scenario.name == "bench-rotterdam")
        #expect(scenario.description.contains("not a calibrated city"))
        let neighbourhoods = scenario.municipality.neighbourhoods
        #expect(neighbourhoods.count == 70)
        #expect(neighbourhoods.reduce(0) { $0 + $1.population } == 650_000)
        #expect(scenario.connectors.count == 40)
        for connector in scenario.connectors {
            #expect((1...2).contains(connector.neighbourhoods.count), "\(connector.name)")
        }
        let served = Set(scenario.connectors.flatMap(\.neighbourhoods))
        #expect(served == Set(neighbourhoods.map(\.name)))
        #expect(scenario.departments.count == 8)
        #expect(scenario.run.replicates == 1)
        #expect(scenario.run.weeks == 520)
    }

    @Test("bench/small.json: one neighbourhood of 5,000 residents, 52 weeks")
    func small() throws {
        let scenario = try ScenarioLoader.load(path: Self.scenarios + "/bench/small.json")
        #expect(scenario.name == "bench-small")
        #expect(scenario.description.contains("not a calibrated town"))
        #expect(scenario.municipality.neighbourhoods.map(\.population) == [5_000])
        #expect(scenario.connectors.count == 1)
        #expect(scenario.run.weeks == 52)
    }

    @Test("the plan's workloads have the sizes of the issue, full and quick")
    func planSizes() throws {
        let full = try BenchPlan(isQuick: false, scenarioFolder: Self.scenarios, cores: 2).workloads()
        #expect(full.map(\.name) == BenchPlan.workloadNames)
        let byName = Dictionary(uniqueKeysWithValues: full.map { ($0.name, $0) })
        #expect(byName["town-jobs1"]?.replicates == 1_000)
        #expect(byName["town-jobs1"]?.scenario.run.weeks == 104)
        #expect(byName["town-jobs1"]?.jobs == 1)
        #expect(byName["town-parallel"]?.jobs == 2)
        #expect(byName["town-engine"]?.path == .engine)
        #expect(byName["town-1week"]?.scenario.run.weeks == 1 && byName["town-1week"]?.replicates == 1_000)
        let town = try #require(byName["town-jobs1"]), scaled = try #require(byName["town-population-x10"])
        #expect(scaled.residents == 10 * town.residents && scaled.simulatedWeeks == town.simulatedWeeks)
        #expect(abs(scaled.scenario.residents.requestsPerYear * 10 - town.scenario.residents.requestsPerYear) < 1e-15)
        #expect(byName["city"]?.residents == 650_000)
        #expect(byName["city"]?.simulatedWeeks == 520)
        #expect(byName["many"]?.replicates == 100_000)
        #expect(byName["many-1000"]?.replicates == 1_000)
        #expect(byName["many"]?.residents == 5_000)
        #expect(byName["sweep"]?.replicates == 1_000, "as many replicates as town-parallel")
        #expect(byName["sweep"]?.sweepPoints == 50)
        #expect(byName["sweep"]?.path == .sweep)
        #expect(byName["sweep-points-100"]?.sweepPoints == 100)
        #expect(byName["sweep-points-10000"]?.sweepPoints == 10_000)

        let quick = try BenchPlan(isQuick: true, scale: 0.5, scenarioFolder: Self.scenarios, cores: 3).workloads()
        let quickByName = Dictionary(uniqueKeysWithValues: quick.map { ($0.name, $0) })
        #expect(quickByName["town-jobs1"]?.replicates == 10)
        #expect(quickByName["town-jobs1"]?.scenario.run.weeks == 26)
        #expect(quickByName["city"]?.residents == 32_466)
        #expect(quickByName["city"]?.scenario.run.weeks == 52)
        #expect(quickByName["many"]?.replicates == 1_000)
        #expect(quickByName["many"]?.jobs == 3)
        #expect(quick.allSatisfy { $0.repetitions == 1 })
    }

    @Test("the town falls back to baseline.json when katwijk.json is absent")
    func townFallback() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let plan = BenchPlan(isQuick: true, scenarioFolder: folder, cores: 1)
        #expect(plan.townScenarioFile == folder + "/baseline.json")
        try "{}".write(toFile: folder + "/katwijk.json", atomically: false, encoding: .utf8)
        #expect(plan.townScenarioFile == folder + "/katwijk.json")
    }
}
