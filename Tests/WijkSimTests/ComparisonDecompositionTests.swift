import Foundation
import Testing
@testable import WijkSim

/// Where the change in connected requests comes from (``ComparisonDecomposition``, the
/// `connected_{flow}_{kind}` metrics): the parts add up to the whole.
@Suite("compare: decomposition of connected requests by route and kind")
struct ComparisonDecompositionTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/refactor")

    /// The fixture scenario `name` with `weeks` recorded weeks.
    private func scenario(_ name: String, weeks: Int) throws -> Scenario {
        var scenario = try ScenarioLoader.resolve(path: Self.fixtures.appendingPathComponent(name + ".json").path).scenario
        scenario.run.weeks = weeks
        return scenario
    }

    private static func connected(_ flow: FlowRoute, _ kind: Int, in result: ReplicateResult) -> Double {
        result.scalars[MetricCatalog.scalarIndex(named: ComparisonDecomposition.metric(flow, kind: kind))]
    }

    @Test("in every replicate the flows × kinds add up exactly to connected requests, app and call-ins included")
    func partsAddUpPerReplicate() throws {
        // Every intervention (app triage from its start week, plans and call-ins) against the plain baseline.
        // Catches: a flow that misses app requests (route `app`), call-ins (`fromDepartment`) or misrouted ones.
        let base = try scenario("baseline", weeks: 40), variant = try scenario("all-interventions", weeks: 40)
        let bases = ReplicateSample(base, replicates: 3).results
        let variants = ReplicateSample(variant, replicates: 3).results
        var recorder = ComparisonRecorder(baseName: "base", variantNames: ["variant"], weeks: 40)
        var reverse = 0.0, general = 0.0
        for (b, v) in zip(bases, variants) {
            recorder.record(base: b, variants: [v])
            for result in [b, v] {
                for kind in 0...MetricAxis.allKinds {
                    let parts = FlowRoute.allCases.reduce(0) { $0 + Self.connected($1, kind, in: result) }
                    #expect(parts == result.scalars[MetricCatalog.count(.connected, kind)], "kind slot \(kind)")
                }
                reverse += Self.connected(.reverse, MetricAxis.allKinds, in: result)
                general += Self.connected(.general, MetricAxis.allKinds, in: result)
            }
            // The pair's differences: every cell's add up to the total's, exactly (whole numbers).
            let cells = FlowRoute.allCases.flatMap { flow in
                RequestKind.allCases.map { Self.connected(flow, $0.rawValue, in: v) - Self.connected(flow, $0.rawValue, in: b) }
            }
            let total = v.scalars[MetricCatalog.count(.connected, 4)] - b.scalars[MetricCatalog.count(.connected, 4)]
            #expect(cells.reduce(0, +) == total)
        }
        #expect(reverse > 0, "the scenarios must have connected call-ins, or a flow missing them would pass")
        #expect(general > 0)

        let decomposition = ComparisonDecomposition(VariantEffects(rows: recorder.rows(variant: 0)))
        let sum = decomposition.cells.joined().reduce(0) { $0 + $1.estimate.difference }
        #expect(abs(sum - decomposition.total.estimate.difference) < 1e-9, "\(sum) vs \(decomposition.total.estimate.difference)")
        let shares = decomposition.cells.joined().reduce(0) { $0 + $1.shareOfTotal }
        #expect(decomposition.total.estimate.difference == 0 || abs(shares - 1) < 1e-9)
        for flow in FlowRoute.allCases {
            let kinds = decomposition.cells[flow.rawValue].reduce(0) { $0 + $1.estimate.difference }
            #expect(abs(kinds - decomposition.flows[flow.rawValue].estimate.difference) < 1e-9, "\(flow)")
        }
        let rows = decomposition.csvRows(base: "base", variant: "variant")
        #expect(rows.count == FlowRoute.count * (RequestKind.count + 1) + 1)
        #expect(rows.map { "\($0[2]),\($0[3]),\($0[4])" }.prefix(6) == [
            "connector,question,all", "connector,signal,all", "connector,initiative,all", "connector,conflict,all",
            "connector,all,all", "general,question,all",
        ])
        #expect(rows.last?[2...4] == ["all", "all", "all"])
        #expect(rows.allSatisfy { $0.count == ComparisonDecomposition.csvHeader.count })
    }

    /// Effects where connected requests change by `cells[flow][kind]` (interval ±`spread` around
    /// each; the total's base mean 100), and by `hoods` per neighbourhood (`Wijk 1`, `Wijk 2`, …,
    /// each with base mean 25 and interval ±`spread` unless `hoodSpread` says otherwise).
    static func effects(_ cells: [[Double]], spread: Double = 1, hoods: [Double] = [],
                        hoodSpread: [Double]? = nil) -> VariantEffects {
        var estimates: [ComparisonEstimate] = []
        func add(_ metric: String, _ difference: Double) {
            estimates.append(ComparisonEstimate(metric: metric, baseMean: 100, variantMean: 100 + difference,
                                                difference: difference, low: difference - spread, high: difference + spread))
        }
        for flow in FlowRoute.allCases {
            for kind in RequestKind.allCases { add(ComparisonDecomposition.metric(flow, kind: kind.rawValue), cells[flow.rawValue][kind.rawValue]) }
            add(ComparisonDecomposition.metric(flow, kind: 4), cells[flow.rawValue].reduce(0, +))
        }
        add(MetricCatalog.scalarNames[MetricCatalog.count(.connected, 4)], cells.joined().reduce(0, +))
        let neighbourhoods = hoods.enumerated().map { index, d in
            let width = hoodSpread?[index] ?? spread
            return VariantEffects.Neighbourhood(name: "Wijk \(index + 1)", estimate: ComparisonEstimate(
                metric: "connected", baseMean: 25, variantMean: 25 + d, difference: d, low: d - width, high: d + width))
        }
        return VariantEffects(estimates, neighbourhoods: neighbourhoods)
    }

    private func effects(_ cells: [[Double]], spread: Double = 1) -> VariantEffects { Self.effects(cells, spread: spread) }

    @Test("the terminal line names the route and kind that carry the change, and the routes that did not move")
    func summaryLine() {
        // Catches: a lead picked without the half-share rule, or a route shift hidden behind a small total.
        let signals = ComparisonDecomposition(effects([[2, 80, 1, 0], [0.5, 0, 0, 0], [0, 0, 0, 3]]))
        #expect(signals.summary(.english) == """
            connected requests +86.5 per replicate (95% CI +85.5 to +87.5): mostly signals via the connector (+80.0); \
            general channel unchanged; reverse flow +3.0
            """)
        // The largest cell is named, wherever it sits: not the first cell, nor the first flow's.
        let initiatives = ComparisonDecomposition(effects([[3, 2, 0, 0], [0, 0, 70, 0], [0, 0, 0, 4]]))
        #expect(initiatives.summary(.english).hasSuffix("""
            : mostly initiatives via the general channel (+70.0); connector +5.0; reverse flow +4.0
            """))
        let route = ComparisonDecomposition(effects([[20, 20, 20, 0], [10, 0, 0, 0], [0, 0, 0, 0]]))
        #expect(route.summary(.english).hasSuffix(": mostly via the connector (+60.0); general channel +10.0; reverse flow unchanged"))
        let spread = ComparisonDecomposition(effects([[20, 0, 0, 0], [20, 0, 0, 0], [20, 0, 0, 0]]))
        #expect(spread.summary(.english).hasSuffix(": spread over the routes; connector +20.0; general channel +20.0; reverse flow +20.0"))
        // A documented role: fewer via the connector, more via the general channel, about the same in total.
        let shift = ComparisonDecomposition(effects([[-30, 0, 0, 0], [30, 0, 0, 0], [0, 0, 0, 0]], spread: 0.4))
        #expect(shift.summary(.english) == """
            connected requests: no clear change (95% CI \u{2212}0.4 to +0.4); connector \u{2212}30.0; general channel +30.0; \
            reverse flow unchanged
            """)
        #expect(shift.summary(.dutch).contains("wijkverbinder \u{2212}30,0; algemeen kanaal +30,0"))
    }
}
