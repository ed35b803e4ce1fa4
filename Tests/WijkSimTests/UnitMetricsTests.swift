import Foundation
import Testing
@testable import WijkSim

/// The unit metrics (`Metrics/UnitMetrics.swift`, `Engine/UnitTally.swift`) against the
/// municipality's totals of the same replicate, and the layout of `ReplicateResult.units`.
@Suite("Unit metrics: per neighbourhood, connector and department")
struct UnitMetricsTests {
    /// The baseline at a tenth of its population, with a warm-up so that the counting rules
    /// (counted requests, recorded weeks) matter, and interventions that move hours and
    /// decisions around (consults, call-ins, a vacancy-prone team).
    static func scenario() -> Scenario {
        var scenario = CompareFixture.small(weeks: 30)
        scenario.run.warmupWeeks = 8
        scenario.interventions.transitionManager.enabled = true
        scenario.interventions.transitionManager.startWeek = 4
        scenario.barriers.staffTurnoverPerYear = 0.8
        return scenario
    }

    static let seeds: [UInt64] = [1, 2, 3, 20241]

    private func sum(_ values: [Double]) -> Double { values.reduce(0, +) }

    /// Catches: a request counted in no neighbourhood or in two (e.g. the tally updated on
    /// raising but not for call-ins, or both at raising and at closing), an outcome credited
    /// to the wrong slot, an untouched request not taken off its neighbourhood when touched.
    @Test("Σ over neighbourhoods of raised, connected, declined, stranded, abandoned, untouched = the totals", arguments: seeds)
    func neighbourhoodsAddUp(seed: UInt64) {
        let scenario = Self.scenario()
        let layout = UnitLayout(scenario: scenario)
        let result = Simulation.runReplicate(scenario: scenario, seed: seed)
        #expect(result.units.count == layout.count)
        let all = MetricAxis.allKinds
        let pairs: [(String, Int)] = [
            ("raised", MetricCatalog.raised(all)), ("connected", MetricCatalog.count(.connected, all)),
            ("declined", MetricCatalog.count(.declined, all)), ("stranded", MetricCatalog.count(.stranded, all)),
            ("abandoned", MetricCatalog.count(.abandoned, all)), ("untouched", MetricCatalog.count(.untouched, all)),
        ]
        for (metric, index) in pairs {
            let total = sum(result.unitValues(.neighbourhood, metric: metric, layout: layout))
            #expect(total == result.scalars[index], "seed \(seed): Σ \(metric) \(total) ≠ \(MetricCatalog.scalarNames[index]) \(result.scalars[index])")
        }
        #expect(result.scalars[MetricCatalog.raised(all)] > 100, "seed \(seed): the check needs requests")
    }

    /// Catches: hours of a connector or department left out (consult hours, follow-up, a
    /// vacant week counted as available) or booked twice, backlog or route closings credited
    /// to another connector, decisions not attributed to the deciding department.
    @Test("Σ over connectors and departments of hours, closings and backlog = the totals", arguments: seeds)
    func organisationAddsUp(seed: UInt64) {
        let scenario = Self.scenario()
        let layout = UnitLayout(scenario: scenario)
        let result = Simulation.runReplicate(scenario: scenario, seed: seed)
        func close(_ a: Double, _ b: Double, _ what: String) {
            #expect(abs(a - b) <= 1e-9 * max(1, abs(b)), "seed \(seed): \(what): units \(a) ≠ total \(b)")
        }
        let used = sum(result.unitValues(.connector, metric: "hours_used", layout: layout))
        let available = sum(result.unitValues(.connector, metric: "hours_available", layout: layout))
        close(used / available, result.scalars[MetricCatalog.Scalar.connectorUtilisation], "connector utilisation")
        let worked = sum(result.unitValues(.department, metric: "hours_used", layout: layout))
        let hours = sum(result.unitValues(.department, metric: "hours_available", layout: layout))
        close(worked / hours, result.scalars[MetricCatalog.Scalar.departmentUtilisation], "department utilisation")
        close(hours, Double(scenario.departments.reduce(0) { $0 + $1.hoursPerWeek }) * Double(scenario.run.weeks),
              "department hours available = Σ hoursPerWeek × recorded weeks")
        let connected = sum(result.unitValues(.connector, metric: "connected", layout: layout))
        let closed = sum(result.unitValues(.connector, metric: "closed", layout: layout))
        close(connected / closed, result.scalars[MetricCatalog.Scalar.connectorRouteConnectionRate], "connector route rate")
        close(sum(result.unitValues(.connector, metric: "backlog_end", layout: layout)),
              result.scalars[MetricCatalog.Scalar.connectorBacklogEnd], "connector backlog")
        let awareness = result.unitValues(.department, metric: "awareness_end", layout: layout)
        close(sum(awareness) / Double(awareness.count),
              result.scalars[MetricCatalog.scalarIndex(named: "mean_department_awareness")], "department awareness")
    }

    /// Catches: per-role success computed from another kind's counts, or the connector's
    /// closings not matching the municipality's role success (towards residents).
    @Test("connectors' closings per role pool to the municipality's role success")
    func roleSuccessPools() {
        let scenario = Self.scenario()
        let layout = UnitLayout(scenario: scenario)
        let result = Simulation.runReplicate(scenario: scenario, seed: 5)
        for kind in RequestKind.allCases {
            let rates = result.unitValues(.connector, metric: "success_\(kind.roleName)", layout: layout)
            let scalar = result.scalars[MetricCatalog.roleSuccess(kind.rawValue, direction: 0)]
            let defined = rates.filter(\.isFinite)
            // The pooled rate lies between the smallest and the largest connector's rate.
            if let low = defined.min(), let high = defined.max() {
                #expect(scalar >= low - 1e-12 && scalar <= high + 1e-12, "\(kind): \(scalar) outside \(low)…\(high)")
            }
        }
    }

    /// Catches: the department that decides not being the one credited (all connectors
    /// here share one home department, so its acceptance rate is the home acceptance).
    @Test("the home department's acceptance rate equals home_department_acceptance when every connector shares it")
    func homeAcceptance() {
        let scenario = Self.scenario()
        #expect(Set(scenario.connectors.map(\.homeDepartment)).count == 1)
        let layout = UnitLayout(scenario: scenario)
        let result = Simulation.runReplicate(scenario: scenario, seed: 9)
        let home = try! #require(scenario.departments.firstIndex { $0.name == scenario.connectors[0].homeDepartment })
        let rates = result.unitValues(.department, metric: "acceptance_rate", layout: layout)
        let expected = result.scalars[MetricCatalog.scalarIndex(named: "home_department_acceptance")]
        #expect(abs(rates[home] - expected) < 1e-12, "\(rates[home]) vs \(expected)")
    }

    /// Catches: a layout whose offsets disagree with the order the values are written in,
    /// and duplicate connector names that would merge two connectors' rows.
    @Test("layout: blocks in type order, duplicate connector names numbered")
    func layout() {
        var scenario = Self.scenario()
        scenario.connectors[2].name = scenario.connectors[0].name
        let layout = UnitLayout(scenario: scenario)
        let name = scenario.connectors[0].name
        #expect(layout.units(.connector) == ["\(name) #1", scenario.connectors[1].name, "\(name) #3"])
        #expect(layout.units(.neighbourhood) == scenario.municipality.neighbourhoods.map(\.name))
        let perType = UnitType.allCases.map { MetricCatalog.unitMetricNames($0).count }
        #expect(layout.count == scenario.municipality.neighbourhoods.count * perType[0]
                + scenario.connectors.count * perType[1] + scenario.departments.count * perType[2])
        #expect(layout.offset(.neighbourhood, unit: 0, metric: 0) == 0)
        #expect(layout.offset(.connector, unit: 0, metric: 0) == scenario.municipality.neighbourhoods.count * perType[0])
        #expect(layout.offset(.department, unit: scenario.departments.count - 1, metric: perType[2] - 1) == layout.count - 1)
    }

    /// Catches: a unit metric outside its unit's range (a share above 1, a negative count).
    @Test("every unit value lies in its unit's range", arguments: seeds)
    func ranges(seed: UInt64) {
        let scenario = Self.scenario()
        let layout = UnitLayout(scenario: scenario)
        let result = Simulation.runReplicate(scenario: scenario, seed: seed)
        for type in UnitType.allCases {
            for (m, column) in MetricCatalog.unitColumns[type.position].enumerated() {
                for u in layout.units(type).indices {
                    let value = result.units[layout.offset(type, unit: u, metric: m)]
                    guard value.isFinite else { continue }
                    let name = "\(type.rawValue) \(layout.units(type)[u]) \(column.name)"
                    switch column.unit {
                    case .requests, .events, .connectorWeeks: #expect(value >= 0 && value == value.rounded(), "\(name) = \(value)")
                    case .fraction, .trust, .level: #expect(value >= 0 && value <= 1, "\(name) = \(value)")
                    case .trustDifference: #expect(value >= -1 && value <= 1, "\(name) = \(value)")
                    case .hours, .weeks: #expect(value >= -1e-6, "\(name) = \(value)")
                    }
                }
            }
        }
    }

    /// Catches: a phase that moves a request between neighbourhoods' counts, or closes one
    /// without taking it off its neighbourhood's untouched tally (checked every week, not
    /// only at the end, so a miscount that later cancels out is caught too).
    @Test("every week, per neighbourhood: raised = closed + open, untouched tally = untouched open requests")
    func weeklyNeighbourhoodConservation() {
        var world = World(scenario: Self.scenario(), seed: 17)
        while world.week < world.totalWeeks {
            world.step()
            let problems = world.invariantViolations()
            #expect(problems.isEmpty, "after week \(world.week): \(problems)")
            if !problems.isEmpty { break }
            world.week += 1
        }
        #expect(world.unitTally.hoodRaised.reduce(0, +) > 100, "the check is not vacuous")
    }
}
