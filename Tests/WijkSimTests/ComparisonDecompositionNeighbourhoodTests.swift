import Foundation
import Testing
@testable import WijkSim

/// The decomposition of the change in connected requests by neighbourhood
/// (``ComparisonDecomposition/neighbourhoods``, read from the unit metric `connected`): the
/// parts are each neighbourhood's own requests, add up to the whole in every replicate pair,
/// and the terminal line names what they say.
@Suite("compare: decomposition of connected requests by neighbourhood")
struct ComparisonDecompositionNeighbourhoodTests {
    /// The small municipality (four neighbourhoods of different sizes and cohesion) over 30
    /// weeks after a warm-up of 6, so that uncounted requests raised in the warm-up close in
    /// recorded weeks.
    static func base() -> Scenario {
        var scenario = CompareFixture.small(weeks: 30)
        scenario.run.warmupWeeks = 6
        return scenario
    }

    /// The base with a transition manager from week 4 and an extra connector hour budget: more
    /// requests end connected, through several routes.
    static func variant() -> Scenario {
        var scenario = base()
        scenario.name = "small-manager"
        scenario.interventions.transitionManager.enabled = true
        scenario.interventions.transitionManager.startWeek = 4
        return scenario
    }

    /// Per neighbourhood (scenario order), the counted requests of its residents that closed
    /// `connected`, recounted from the request store of `world`, independently of `UnitTally`.
    private static func recount(_ world: World) -> [Double] {
        var counts = [Double](repeating: 0, count: world.scenario.municipality.neighbourhoods.count)
        for request in world.requests where request.counted && request.stage == .closed && request.closedAs == .connected {
            counts[world.residents.neighbourhood(of: world.residents.id(ofSlot: Int(request.resident)))] += 1
        }
        return counts
    }

    /// Catches: a connected request credited to another neighbourhood than its resident's (e.g.
    /// the connector's first neighbourhood, or the department's), counted twice (at hand-over
    /// and at closing) or not at all (call-ins, app requests); and a recorder that pairs the
    /// variant's neighbourhood with another base neighbourhood.
    @Test("per replicate the neighbourhoods' connected requests are their residents' own and add up to connected_all; so do the pairs' differences")
    func partsAddUpPerReplicate() throws {
        let base = Self.base(), variant = Self.variant()
        let bases = ObservedSample(base, replicates: 3), variants = ObservedSample(variant, replicates: 3)
        let layouts = [UnitLayout(scenario: base), UnitLayout(scenario: variant)]
        var recorder = ComparisonRecorder(baseName: base.name, variantNames: [variant.name], weeks: base.run.weeks,
                                          warmupWeeks: base.run.warmupWeeks, layouts: layouts)
        let connectedAll = MetricCatalog.count(.connected, MetricAxis.allKinds)
        var moved = 0.0
        for (b, v) in zip(bases.replicates, variants.replicates) {
            recorder.record(base: b.result, variants: [v.result])
            var perHood: [[Double]] = []
            for (replicate, layout) in zip([b, v], layouts) {
                let hoods = replicate.result.unitValues(.neighbourhood, metric: "connected", layout: layout)
                #expect(hoods == Self.recount(replicate.world), "unit counts vs the requests' own neighbourhoods")
                #expect(hoods.reduce(0, +) == replicate.result.scalars[connectedAll])
                #expect(hoods.filter { $0 > 0 }.count == hoods.count, "every neighbourhood must have connected requests")
                perHood.append(hoods)
            }
            let differences = zip(perHood[1], perHood[0]).map { $0 - $1 }
            let total = v.result.scalars[connectedAll] - b.result.scalars[connectedAll]
            #expect(differences.reduce(0, +) == total, "Σ neighbourhood differences \(differences) ≠ \(total)")
            moved += differences.map(abs).reduce(0, +)
        }
        #expect(moved > 0, "the variant must change some neighbourhood, or a mix-up of them would pass")

        let decomposition = ComparisonDecomposition(recorder.effects(variant: 0))
        #expect(decomposition.neighbourhoods.map(\.neighbourhood) == base.municipality.neighbourhoods.map(\.name))
        let sum = decomposition.neighbourhoods.reduce(0) { $0 + $1.estimate.difference }
        #expect(abs(sum - decomposition.total.estimate.difference) < 1e-9, "\(sum) vs \(decomposition.total.estimate.difference)")
        let baseSum = decomposition.neighbourhoods.reduce(0) { $0 + $1.estimate.baseMean }
        #expect(abs(baseSum - decomposition.total.estimate.baseMean) < 1e-9)
        if decomposition.total.estimate.difference != 0 {
            #expect(abs(decomposition.neighbourhoods.reduce(0) { $0 + $1.shareOfTotal } - 1) < 1e-9)
        }

        let rows = decomposition.csvRows(base: base.name, variant: variant.name)
        let hoods = base.municipality.neighbourhoods.count
        #expect(rows.count == FlowRoute.count * (RequestKind.count + 1) + hoods + 1)
        let hoodRows = rows.dropLast().suffix(hoods)
        #expect(hoodRows.map { $0[2...4] } == base.municipality.neighbourhoods.map { ["all", "all", $0.name] })
        #expect(rows.last?[2...4] == ["all", "all", "all"])
        #expect(rows.allSatisfy { $0.count == ComparisonDecomposition.csvHeader.count })
    }

    /// A replicate whose neighbourhood `connected` values are `connected` under `layout` (every
    /// other value 0), with `connected_all` their sum, and one recorded week.
    private static func result(_ connected: [Double], _ layout: UnitLayout) -> ReplicateResult {
        var units = [Double](repeating: 0, count: layout.count)
        let metric = MetricCatalog.unitMetricIndex(.neighbourhood, named: "connected")
        for (h, value) in connected.enumerated() { units[layout.offset(.neighbourhood, unit: h, metric: metric)] = value }
        var scalars = [Double](repeating: 0, count: MetricCatalog.scalarNames.count)
        scalars[MetricCatalog.count(.connected, MetricAxis.allKinds)] = connected.reduce(0, +)
        return ReplicateResult(scalars: scalars, weekly: Array(repeating: 0, count: MetricCatalog.weeklyNames.count),
                               weeks: 1, requestsHandled: 0, units: units)
    }

    private static func layout(_ hoods: [String]) -> UnitLayout { UnitLayout(unitNames: [hoods, ["c"], ["d"]]) }

    /// Catches: a variant's neighbourhoods paired by position instead of by name, and a
    /// decomposition over neighbourhoods that are not the base's (which would not add up).
    @Test("neighbourhoods are paired by name; a variant with other neighbourhoods gets no neighbourhood rows")
    func pairedByName() {
        let base = Self.layout(["Noord", "Zuid"])
        let reordered = Self.layout(["Zuid", "Noord"]), renamed = Self.layout(["Noord", "Oost"])
        var recorder = ComparisonRecorder(baseName: "town", variantNames: ["reordered", "renamed"], weeks: 1,
                                          layouts: [base, reordered, renamed])
        for (n, z) in [(10.0, 20.0), (12.0, 21.0), (11.0, 25.0)] {
            // The reordered variant has 5 more in Noord, 1 fewer in Zuid, listed Zuid first.
            recorder.record(base: Self.result([n, z], base),
                            variants: [Self.result([z - 1, n + 5], reordered), Self.result([n, z], renamed)])
        }
        let hoods = recorder.neighbourhoods(variant: 0)
        #expect(hoods.map(\.name) == ["Noord", "Zuid"])
        #expect(hoods.map(\.estimate.difference) == [5, -1])
        #expect(hoods.map(\.estimate.baseMean) == [11, 22])
        #expect(recorder.neighbourhoods(variant: 1).isEmpty)
        let renamedRows = ComparisonDecomposition(recorder.effects(variant: 1)).csvRows(base: "town", variant: "renamed")
        #expect(renamedRows.count == FlowRoute.count * (RequestKind.count + 1) + 1)
        #expect(ComparisonRecorder(baseName: "town", variantNames: ["v"], weeks: 1).neighbourhoods(variant: 0).isEmpty)
    }

    private func line(hoods: [Double], hoodSpread: [Double]? = nil, cells: [[Double]] = [[2, 80, 1, 0], [0.5, 0, 0, 0], [0, 0, 0, 3]],
                      spread: Double = 1, _ language: Language = .english) -> String {
        ComparisonDecomposition(ComparisonDecompositionTests.effects(cells, spread: spread, hoods: hoods, hoodSpread: hoodSpread))
            .summary(language)
    }

    /// Catches: the first neighbourhood named instead of the largest, a lead without the
    /// half-share rule or without its own clear interval, a base share from the wrong
    /// neighbourhood, and a phrase for a town of one neighbourhood.
    @Test("the line names the neighbourhood carrying most of a clear change, or says it is spread")
    func neighbourhoodPhrase() {
        // Total +86.5; Wijk 3 carries 60 of it (69%), the first neighbourhood only 5.
        #expect(line(hoods: [5, 21.5, 60]) == """
            connected requests +86.5 per replicate (95% CI +85.5 to +87.5): mostly signals via the connector (+80.0); \
            general channel unchanged; reverse flow +3.0; mostly in Wijk 3 (+60.0; 25% of connected requests in the base)
            """)
        #expect(line(hoods: [5, 21.5, 60], .dutch).hasSuffix("""
            ; vooral in Wijk 3 (+60,0; 25% van de afgehandelde verzoeken in de basis)
            """))
        // No neighbourhood carries half, and none is clearly the largest (30 ± 1 twice): spread.
        #expect(line(hoods: [30, 30, 26.5]).hasSuffix("; reverse flow +3.0; spread over the neighbourhoods"))
        #expect(line(hoods: [30, 30, 26.5], .dutch).hasSuffix("; verspreid over de wijken"))
        // No neighbourhood carries half, but Wijk 3 (46%) is clearly the largest part: named.
        #expect(line(hoods: [10, 12, 40, 24.5]).hasSuffix("""
            ; spread over the neighbourhoods, most in Wijk 3 (+40.0; 25% of connected requests in the base)
            """))
        #expect(line(hoods: [10, 12, 40, 24.5], .dutch).hasSuffix("""
            ; verspreid over de wijken, het meest in Wijk 3 (+40,0; 25% van de afgehandelde verzoeken in de basis)
            """))
        // Its interval touches the runner-up's (40 ± 1 against 38 ± 1): not clearly the largest.
        #expect(line(hoods: [8.5, 38, 40]).hasSuffix("; spread over the neighbourhoods"))
        // A fall: the largest part is the most negative one, not the one nearest zero.
        let fall: [[Double]] = [[-2, -80, -1, 0], [-0.5, 0, 0, 0], [0, 0, 0, -3]]
        #expect(line(hoods: [-10, -40, -12, -24.5], cells: fall).hasSuffix("""
            ; spread over the neighbourhoods, most in Wijk 2 (\u{2212}40.0; 25% of connected requests in the base)
            """))
        #expect(line(hoods: [-10, -60, -16.5], cells: fall).hasSuffix("; mostly in Wijk 2 (\u{2212}60.0; 25% of connected requests in the base)"))
        // Half the total but its own interval covers zero: not named.
        #expect(line(hoods: [50, 36.5], hoodSpread: [60, 1]).hasSuffix("; spread over the neighbourhoods"))
        // Exactly half leads (the rule is "at least half").
        #expect(line(hoods: [43.25, 43.25]).hasSuffix("; mostly in Wijk 1 (+43.3; 25% of connected requests in the base)"))
        // One neighbourhood carries everything trivially: nothing is said.
        #expect(line(hoods: [86.5]).hasSuffix("; reverse flow +3.0"))
        #expect(line(hoods: []).hasSuffix("; reverse flow +3.0"))
    }

    /// Catches: neighbourhoods that only trade requests hidden behind "no clear change", and
    /// the clear ones listed in input order rather than by size.
    @Test("without a clear total the line lists the neighbourhoods that changed clearly, largest first")
    func noClearTotal() {
        let shift: [[Double]] = [[-30, 0, 0, 0], [30, 0, 0, 0], [0, 0, 0, 0]]
        #expect(line(hoods: [-4, 0.2, 9, -5.2], cells: shift, spread: 0.4) == """
            connected requests: no clear change (95% CI \u{2212}0.4 to +0.4); connector \u{2212}30.0; general channel +30.0; \
            reverse flow unchanged; Wijk 3 +9.0, Wijk 4 \u{2212}5.2, Wijk 1 \u{2212}4.0
            """)
        #expect(line(hoods: [0.1, -0.1], cells: shift, spread: 0.4).hasSuffix("; reverse flow unchanged; neighbourhoods unchanged"))
        #expect(line(hoods: [0.1, -0.1], cells: shift, spread: 0.4, .dutch).hasSuffix("; wijken onveranderd"))
    }
}

/// The neighbourhood rows end to end: `wijksim compare` writes them, with and without
/// `--units off`, they agree with `units-comparison.csv`, and a report reads them back.
@Suite("compare: neighbourhood rows of comparison-decomposition.csv end to end")
struct ComparisonDecompositionNeighbourhoodFileTests {
    /// Catches: neighbourhood rows that depend on `--units` (or vanish with it), rows paired
    /// differently from `units-comparison.csv` (another code path over the same values), and a
    /// results folder read back without them (the report's line would then lose its
    /// neighbourhood part).
    @Test("written with and without --units off, equal to units-comparison.csv, read back by the report")
    func endToEnd() throws {
        let fixture = CompareFixture()
        defer { fixture.remove() }
        let base = ComparisonDecompositionNeighbourhoodTests.base()
        let files = [fixture.write(base), fixture.write(ComparisonDecompositionNeighbourhoodTests.variant())]
        let on = fixture.compare(files, ["--replicates", "4"], out: "on")
        let off = fixture.compare(files, ["--replicates", "4", "--units", "off"], out: "off")
        #expect(on.status == 0 && off.status == 0, "\(on.standardError) \(off.standardError)")
        let decomposition = TestSupport.read(on.folder + "/comparison-decomposition.csv")
        #expect(decomposition == TestSupport.read(off.folder + "/comparison-decomposition.csv"))
        #expect(!POSIXFiles.exists(off.folder + "/units-comparison.csv"))

        let rows = CSVTable(decomposition).rows.filter { $0["route"] == "all" && $0["neighbourhood"] != "all" }
        let names = base.municipality.neighbourhoods.map(\.name)
        #expect(rows.map { $0["neighbourhood"] } == names)
        let units = CSVTable(TestSupport.read(on.folder + "/units-comparison.csv")).rows
            .filter { $0["unit_type"] == "neighbourhood" && $0["metric"] == "connected" }
        #expect(units.map { $0["unit"] } == names)
        for (row, unit) in zip(rows, units) {
            for column in ["base_mean", "variant_mean", "difference", "ci_low", "ci_high"] {
                #expect(row[column] == unit[column], "\(row["neighbourhood"] ?? "?") \(column)")
            }
        }

        guard case .compare(let results) = try LoadedResults.read(folder: off.folder) else {
            Issue.record("not read back as a comparison")
            return
        }
        let variant = try #require(results.variants.first)
        #expect(results.neighbourhoods[variant]?.map(\.name) == names)
        #expect(results.neighbourhoods[variant]?.map { CSVWriter.format($0.estimate.difference) } == rows.map { $0["difference"] })
        let line = ComparisonDecomposition(results.effects(variant)).summary(.english)
        #expect(on.standardOutput.contains("  " + line + "."), "the report's line is the terminal's: \(line)")
    }
}
