import Testing
@testable import WijkSim
@Test func catalogNamesAreUnique() { #expect(Set(MetricCatalog.scalarNames).count == MetricCatalog.scalarNames.count) }
