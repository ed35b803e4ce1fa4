import Foundation
import Testing
@testable import WijkSim

/// The Bospolder-Tussendijken preset (`Scenarios/rotterdam-botu-2028.json`) and its variant
/// with the method 'veerkrachtige professionals': the structure evidence/000.md gives holds
/// (two neighbourhoods, the four clusters, the kernteam as an integral table from the start,
/// responsiegeld as a large initiative budget, posts held for about two years), and the
/// preset runs. `ScenarioFilesTests` runs both files through the CLI and checks that the
/// variant changes only `interventions.training`; docs/PRESETS.md tables every value.
@Suite("Rotterdam BoTu 2028 preset")
struct RotterdamBoTuPresetTests {
    static let preset = ScenarioFilesTests.folder + "/rotterdam-botu-2028.json"
    static let variant = ScenarioFilesTests.folder + "/rotterdam-botu-2028-veerkrachtige-professionals.json"
    /// The four clusters involved in the method [E:000 L241-243].
    static let clusters = ["Stadsbeheer", "Stadsontwikkeling", "Maatschappelijke Ontwikkeling", "Werk & Inkomen"]

    /// The effective parameters of `week` in a world of `scenario` (only the interventions run).
    static func effective(at week: Int, _ scenario: Scenario) -> (EffectiveParameters, World) {
        var world = World(scenario: scenario, seed: 1)
        var effective = EffectiveParameters()
        for t in 0...week {
            world.week = t
            effective = world.applyInterventions()
        }
        return (effective, world)
    }

    // Would catch: a third neighbourhood, the baseline's six departments left in place (the
    // departments list not replacing the baseline's), a cluster renamed or dropped, connectors
    // serving a neighbourhood the preset does not have.
    @Test("two neighbourhoods, the four clusters as departments, connectors housed in a cluster", arguments: [preset, variant])
    func structure(path: String) throws {
        let scenario = try ScenarioLoader.load(path: path)
        #expect(scenario.municipality.neighbourhoods.map(\.name) == ["Bospolder", "Tussendijken"])
        #expect(scenario.departments.map(\.name) == Self.clusters)
        #expect(!scenario.connectors.isEmpty)
        for connector in scenario.connectors {
            #expect(Self.clusters.contains(connector.homeDepartment), "\(connector.name) is housed in \(connector.homeDepartment)")
            #expect(connector.neighbourhoods.count == 1, "\(connector.name): one wijknetwerker per neighbourhood")
        }
        #expect(Set(scenario.connectors.flatMap(\.neighbourhoods)) == ["Bospolder", "Tussendijken"], "both neighbourhoods are served")
    }

    // Would catch: the integral table left at the intervention default (start week 13), or
    // switched off; the kernteam existed before the interviews [E:000 L1327-1329].
    @Test("the kernteam is an integral table in force from week 0", arguments: [preset, variant])
    func kernteamIsIntegralTable(path: String) throws {
        let scenario = try ScenarioLoader.load(path: path)
        #expect(Self.effective(at: 0, scenario).0.hasIntegralTable)
        let baseline = try ScenarioLoader.load(path: ScenarioFilesTests.folder + "/baseline.json")
        #expect(!Self.effective(at: 0, baseline).0.hasIntegralTable, "control: the baseline has no table")
    }

    // Would catch: the baseline's 0.15 a year (mean tenure 6.4 years), "two years" written as
    // 0.5 a year (1.4 years), or 1/104 taken as the yearly rate (about 100 years).
    @Test("connector turnover gives a mean tenure of about two years", arguments: [preset, variant])
    func turnoverIsTwoYearRotation(path: String) throws {
        let scenario = try ScenarioLoader.load(path: path)
        let perWeek = Self.effective(at: 0, scenario).0.turnoverPerWeek
        let meanTenureWeeks = 1 / perWeek
        #expect(meanTenureWeeks > 0.9 * 104 && meanTenureWeeks < 1.1 * 104,
                "mean tenure \(meanTenureWeeks) weeks (p_week \(perWeek)); the source speaks of about 2 years [E:000 L1442]")
    }

    // Would catch: responsiegeld left at the baseline's budget per inhabitant, or put in the
    // connectors' mandate (which pays small requests, not initiatives) instead.
    @Test("responsiegeld: a yearly initiative budget larger per inhabitant than the baseline's")
    func responsiegeldIsLargeBudget() throws {
        let scenario = try ScenarioLoader.load(path: Self.preset)
        let baseline = try ScenarioLoader.load(path: ScenarioFilesTests.folder + "/baseline.json")
        func perInhabitant(_ s: Scenario) -> Double {
            s.council.initiativeBudgetPerYear / Double(s.municipality.neighbourhoods.reduce(0) { $0 + $1.population })
        }
        #expect(perInhabitant(scenario) > perInhabitant(baseline), "'jaarlijks een groot budget' [E:000 L1319]")
        #expect(!scenario.interventions.connectorMandate.enabled)
    }

    // Would catch: the variant not switching training on, starting it at another week than the
    // other variants, or the base preset already containing the method (then the compare is empty).
    @Test("the method raises every cluster's cooperation and flexibility in week 13, the base preset does not")
    func methodTrainsEveryCluster() throws {
        let base = Self.effective(at: 13, try ScenarioLoader.load(path: Self.preset)).1
        let method = Self.effective(at: 13, try ScenarioLoader.load(path: Self.variant)).1
        let before = Self.effective(at: 12, try ScenarioLoader.load(path: Self.variant)).1
        for d in base.departments.indices {
            #expect(method.departments[d].cooperation > base.departments[d].cooperation, "\(Self.clusters[d])")
            #expect(method.departments[d].ruleFlexibility > base.departments[d].ruleFlexibility, "\(Self.clusters[d])")
            #expect(before.departments[d].cooperation == base.departments[d].cooperation, "\(Self.clusters[d]): not before week 13")
        }
    }

    // Would catch: a preset that loads but cannot run (a department count that breaks the
    // department-count shares, connectors with no work reaching them), or one whose invariants fail.
    @Test("a short run keeps the invariants, and requests reach the connectors and get results")
    func shortRun() throws {
        var scenario = try ScenarioLoader.load(path: Self.preset)
        scenario.run.weeks = 26
        let result = Simulation.runReplicate(scenario: scenario, seed: 7, checkingInvariants: true)
        let raised = result.scalars[MetricCatalog.scalarIndex(named: "raised_all")]
        let connected = result.scalars[MetricCatalog.scalarIndex(named: "connected_all")]
        let byConnectors = result.scalars[MetricCatalog.scalarIndex(named: "contacts_by_connectors")]
        #expect(raised > 0 && connected > 0 && connected <= raised, "raised \(raised), connected \(connected)")
        #expect(byConnectors > 0)
    }
}
