import Testing
@testable import WijkSim

/// Every weekly metric's value appears under its own name, and in its own slot of the week's row.
@Suite("Weekly metrics: each name carries its own value")
struct WeeklyMetricsTests {
    /// The expected value of every weekly metric for `inputs`, by name, straight from the tally.
    static func expected(_ inputs: MetricInputs) -> [(String, Double)] {
        let t = inputs.tally
        let raised = t.raised.reduce(0, +)
        let connected = (0..<4).reduce(0) { $0 + t.outcomes[$1 * 4] }
        let untouched = t.untouchedOpen.reduce(0, +)
        return [
            ("raised", Double(t.weekRaised)),
            ("connected", Double(t.weekConnected)),
            ("resolved", Double(t.weekResolved)),
            ("connection_rate", Double(t.weekConnected) / Double(t.weekResolved)),
            ("connector_route_connection_rate", Double(t.weekRouteConnected) / Double(t.weekRouteResolved)),
            ("cumulative_connection_rate", Double(connected) / Double(raised)),
            ("untouched_open", Double(untouched)),
            ("in_progress_open", Double(raised - t.outcomes.reduce(0, +) - untouched)),
            ("connector_backlog", Double(inputs.connectorBacklog)),
            ("department_backlog_hours", inputs.departmentBacklogHours),
            ("mean_trust", inputs.trustSum / Double(inputs.residentCount)),
            ("aware_share", Double(inputs.awareCount) / Double(inputs.residentCount)),
            ("mean_department_awareness", inputs.meanDepartmentAwareness),
            ("escalations", Double(t.weekEscalations)),
        ]
    }

    /// Catches: an accessor reading another counter (`resolved` reading `weekConnected`), two
    /// declarations that swapped names or accessors, and a row written at the wrong offset
    /// (week 2's values landing in week 1, or shifted by one metric).
    @Test("each weekly metric's value, in its week's row and under its name, is the expected one")
    func valuesSitUnderTheirNames() {
        let inputs = MetricInputsSample.make()
        let expected = Self.expected(inputs)
        let width = MetricCatalog.weeklyNames.count
        var rows = [Double](repeating: -1, count: 3 * width)
        MetricCatalog.writeWeeklyValues(inputs, into: &rows, at: width)
        #expect(rows[..<width].allSatisfy { $0 == -1 } && rows[(2 * width)...].allSatisfy { $0 == -1 },
                "the week's row spilled outside its slot")
        for (metric, name) in MetricCatalog.weeklyNames.enumerated() {
            let value = rows[width + metric]
            guard let want = expected.first(where: { $0.0 == name })?.1 else { continue }
            #expect(abs(value - want) <= 1e-12 * max(1, abs(want)), "\(name) = \(value), expected \(want)")
        }
    }

    /// Catches a new weekly metric declared without its expected value here.
    @Test("every declared weekly metric has an expected value here, and nothing else does")
    func expectationsCoverTheCatalog() {
        let named = Self.expected(MetricInputsSample.make()).map(\.0)
        #expect(named.sorted() == MetricCatalog.weeklyNames.sorted(),
                "missing here: \(MetricCatalog.weeklyNames.filter { !named.contains($0) }); not declared: \(named.filter { !MetricCatalog.weeklyNames.contains($0) })")
    }

    /// Catches a sample in which two weekly metrics agree (a swap between them would go unseen).
    @Test("in the sample, no two weekly metrics have the same value")
    func sampleValuesAreDistinct() {
        let coincidences = MetricInputsSample.coincidences(Self.expected(MetricInputsSample.make()))
        #expect(coincidences.isEmpty, "\(coincidences)")
    }
}
