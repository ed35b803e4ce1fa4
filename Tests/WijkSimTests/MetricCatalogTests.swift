import Foundation
import Testing
@testable import WijkSim

/// The catalog read off the declaration lists: names, the headers built from them, and the
/// lookups code uses by meaning.
@Suite("Metric catalog")
struct MetricCatalogTests {
    static let kinds = ["question", "signal", "initiative", "conflict", "all"]

    /// Catches a declaration copied and renamed incompletely: two columns with one name, of which
    /// a reader by name (R, the report, `summary(named:)`) silently picks one.
    @Test func catalogNamesAreUnique() {
        #expect(Set(MetricCatalog.scalarNames).count == MetricCatalog.scalarNames.count)
        #expect(Set(MetricCatalog.weeklyNames).count == MetricCatalog.weeklyNames.count)
        let patterns = MetricCatalog.scalarDeclarations.map(\.pattern)
        #expect(Set(patterns).count == patterns.count)
    }

    /// Catches a name that is not snake_case (a leftover `{placeholder}`, a capital, a space),
    /// which scripts could not use as a column name.
    @Test("every name is snake_case")
    func namesAreSnakeCase() {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789_")
        for name in MetricCatalog.scalarNames + MetricCatalog.weeklyNames {
            #expect(!name.isEmpty && name.allSatisfy(allowed.contains) && !name.hasPrefix("_")
                    && !name.hasSuffix("_") && !name.contains("__"), "\(name)")
        }
    }

    /// Catches a header or a value vector built from anything but the declared columns: a name
    /// added to a header by hand (no accessor, so every later column would carry its
    /// neighbour's value), or an accessor list longer than the names. A declaration cannot hold
    /// a name without an accessor: ``MetricDeclaration`` takes both.
    @Test("the CSV headers are the declared names, and there is one value per name")
    func headersAndValuesComeFromTheColumns() {
        #expect(RunRecorder.runsHeader == ["scenario", "replicate", "seed"] + MetricCatalog.scalarNames)
        #expect(TimeSeriesCollector(weeks: 1).metricNames == MetricCatalog.weeklyNames)
        #expect(ScalarCollector().metricNames == MetricCatalog.scalarNames)
        let inputs = MetricInputsSample.make()
        #expect(MetricCatalog.scalarValues(inputs).count == MetricCatalog.scalarNames.count)
        #expect(MetricCatalog.scalarDeclarations.reduce(0) { $0 + $1.columns.count } == MetricCatalog.scalarNames.count)
        #expect(MetricCatalog.weeklyColumns.count == MetricCatalog.weeklyNames.count)
        var world = World(scenario: Self.tinyScenario(), seed: 7)
        let result = world.run()
        #expect(result.scalars.count == MetricCatalog.scalarNames.count)
        #expect(result.weekly.count == result.weeks * MetricCatalog.weeklyNames.count)
    }

    /// Catches a lookup that points at another column: an outcome family found under the wrong
    /// outcome, a statistic index read as another, a role × direction cell transposed.
    @Test("the index lookups point at the columns of those names")
    func lookupsNameTheirColumns() {
        let names = MetricCatalog.scalarNames
        for (k, kind) in Self.kinds.enumerated() {
            #expect(names[MetricCatalog.raised(k)] == "raised_\(kind)")
            for outcome in Outcome.allCases {
                #expect(names[MetricCatalog.count(outcome, k)] == "\(outcome.name)_\(kind)")
            }
            #expect(names[MetricCatalog.connectionRate(k)] == "connection_rate_\(kind)")
            #expect(names[MetricCatalog.clearAnswerRate(k)] == "clear_answer_rate_\(kind)")
            for (stat, statistic) in ["mean", "median", "p90"].enumerated() {
                #expect(names[MetricCatalog.timeToResult(stat, k)] == "time_to_result_\(statistic)_\(kind)")
            }
        }
        #expect((0..<4).map { names[MetricCatalog.connectionRateByDepartments($0)] }
                == ["connection_rate_0_departments", "connection_rate_1_department",
                    "connection_rate_2_departments", "connection_rate_3plus_departments"])
        for kind in RequestKind.allCases {
            #expect(names[MetricCatalog.roleSuccess(kind.rawValue, direction: 0)] == "\(kind.roleName)_success_towards_residents")
            #expect(names[MetricCatalog.roleSuccess(kind.rawValue, direction: 1)] == "\(kind.roleName)_success_towards_civil_servants")
        }
        #expect(names[MetricCatalog.Scalar.meanTrust] == "mean_trust")
        #expect(names[MetricCatalog.Scalar.connectorRouteConnectionRate] == "connector_route_connection_rate")
        #expect(MetricCatalog.Weekly.allCases.map(\.name) == MetricCatalog.weeklyNames)
        #expect(MetricCatalog.Weekly.connectionRate.name == "connection_rate")
        #expect(MetricCatalog.Weekly.allCases.map(\.rawValue) == Array(MetricCatalog.weeklyNames.indices))
    }

    /// Catches a definition that would break its documentation table row (a line break) or say
    /// nothing.
    @Test("every declaration has a one-paragraph definition")
    func definitionsAreOneParagraph() {
        for declaration in MetricCatalog.scalarDeclarations + MetricCatalog.weeklyDeclarations {
            #expect(!declaration.definition.isEmpty && !declaration.definition.contains("\n"), "\(declaration.pattern)")
        }
    }

    /// A scenario small enough to run in a test in milliseconds.
    static func tinyScenario() -> Scenario {
        var scenario = Scenario()
        scenario.run.weeks = 6
        scenario.run.warmupWeeks = 2
        for index in scenario.municipality.neighbourhoods.indices { scenario.municipality.neighbourhoods[index].population = 50 }
        return scenario
    }
}
