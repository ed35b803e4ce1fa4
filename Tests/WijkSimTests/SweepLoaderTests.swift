import Foundation
import Testing
@testable import WijkSim

/// A sweep file: `{`, one member per line (two-space indent), `}`; member n is on line n + 1.
func sweepText(_ members: String...) -> String { "{\n  " + members.joined(separator: ",\n  ") + "\n}" }

/// A base scenario for sweep tests: the defaults, 4 weeks.
let sweepTestBase = #"{"name": "base", "run": {"weeks": 4}}"#

@Suite("Sweep loader")
struct SweepLoaderTests {
    func load(_ sweep: String, extra: [String: String] = [:]) throws -> SweepPlan {
        let files = try ScenarioFiles(["base.json": sweepTestBase, "s.json": sweep].merging(extra) { $1 })
        return try SweepLoader.load(path: files.path("s.json"))
    }

    // Catches: a grid in the wrong order, a wrong count, settings not applied to the base.
    @Test func gridPlan() throws {
        let plan = try load(sweepText(#""base": "base.json""#, #""replicates": 3"#, #""seed": 9"#, #""weeks": 6"#,
                                      #""vary": {"barriers.siloPenalty": [0.1, 0.2], "connectors[*].hoursPerWeek": [16, 24, 32]}"#,
                                      #""design": {"type": "grid"}"#))
        #expect(plan.name == "s")
        #expect(plan.design == .grid)
        #expect(plan.pointCount == 6)
        #expect((0..<6).map(plan.values(ofPoint:)) == [[0.1, 16], [0.1, 24], [0.1, 32], [0.2, 16], [0.2, 24], [0.2, 32]])
        #expect(plan.factors == [SweepFactor(keyPath: "barriers.siloPenalty", isInteger: false, low: 0.1, high: 0.2, gridValues: [0.1, 0.2]),
                                 SweepFactor(keyPath: "connectors[*].hoursPerWeek", isInteger: false, low: 16, high: 32, gridValues: [16, 24, 32])])
        #expect(plan.replicates == 3 && plan.seed == 9)
        #expect(plan.base.run.replicates == 3 && plan.base.run.seed == 9 && plan.base.run.weeks == 6)
        #expect(plan.morrisStep(ofPoint: 0) == nil)
        #expect(plan.designSeed == nil)
    }

    // Catches: a point scenario that pairs values with the wrong factors, misses `[*]`
    // elements, or loses the sweep's run settings.
    @Test func pointScenarioIsTheBaseWithThePointSet() throws {
        let plan = try load(sweepText(#""base": "base.json""#, #""replicates": 2"#,
                                      #""vary": {"barriers.siloPenalty": {"min": 0.1, "max": 0.5}, "connectors[*].hoursPerWeek": {"min": 12, "max": 36}, "residents.maxOpenRequests": {"min": 1, "max": 5}}"#,
                                      #""design": {"type": "latin-hypercube", "points": 10}"#))
        for point in [0, 4, 9] {
            let values = plan.values(ofPoint: point)
            var expected = plan.base
            try expected.set(keyPath: "barriers.siloPenalty", to: values[0])
            try expected.set(keyPath: "connectors[*].hoursPerWeek", to: values[1])
            try expected.set(keyPath: "residents.maxOpenRequests", to: values[2])
            #expect(try plan.scenario(forPoint: point) == expected, "point \(point)")
            #expect(values[2] == values[2].rounded() && (1...5).contains(values[2]), "integer factor is whole")
        }
        #expect(plan.base.run.seed == Scenario().run.seed, "seed defaults to the base's run.seed")
        #expect(plan.notes == ["residents.maxOpenRequests takes whole numbers: a unit coordinate u gives 1 + ⌊u · 5⌋ (5 at u = 1), so each of 1...5 is equally likely"])
    }

    // Catches: a plan's LHS that does not stratify the parameter's range, or ignores `design.seed`.
    @Test func latinHypercubePlanStratifiesEachRange() throws {
        let vary = #""vary": {"barriers.siloPenalty": {"min": 0.1, "max": 0.5}, "trust.gainOnSuccess": {"min": 0.02, "max": 0.2}}"#
        let plan = try load(sweepText(#""base": "base.json""#, #""replicates": 2"#, vary, #""design": {"type": "latin-hypercube", "points": 40, "seed": 5}"#))
        #expect(plan.design == .latinHypercube(points: 40))
        #expect(plan.designSeed == 5)
        for factor in 0..<2 {
            let unit = (0..<40).map { plan.unitValues(ofPoint: $0)[factor] }
            #expect(unit.map { LatinHypercube.stratum(of: $0, points: 40) }.sorted() == Array(0..<40))
            let f = plan.factors[factor]
            #expect((0..<40).allSatisfy { plan.values(ofPoint: $0)[factor] == f.low + unit[$0] * (f.high - f.low) })
        }
        let other = try load(sweepText(#""base": "base.json""#, #""replicates": 2"#, vary, #""design": {"type": "latin-hypercube", "points": 40, "seed": 6}"#))
        #expect(other.values(ofPoint: 0) != plan.values(ofPoint: 0))
        #expect(other.hash != plan.hash)
    }

    // Catches: Morris steps in value space that are not ±Δ of the range, a wrong point count,
    // or morrisStep out of step with the points.
    @Test func morrisPlanStepsByDeltaOfTheRange() throws {
        let plan = try load(sweepText(#""base": "base.json""#, #""replicates": 2"#,
                                      #""vary": {"barriers.siloPenalty": {"min": 0.1, "max": 0.5}, "barriers.feedbackGap": {"min": 0.3, "max": 0.7}, "trust.gainOnSuccess": {"min": 0.02, "max": 0.2}}"#,
                                      #""design": {"type": "morris", "trajectories": 5, "levels": 6}"#))
        #expect(plan.design == .morris(trajectories: 5, levels: 6))
        #expect(plan.pointCount == 5 * 4)
        let delta = 6.0 / 10
        for point in 0..<plan.pointCount {
            let step = try #require(plan.morrisStep(ofPoint: point))
            #expect(step.trajectory == point / 4)
            guard let factor = step.changedFactor else { #expect(point % 4 == 0); continue }
            let range = plan.factors[factor].high - plan.factors[factor].low
            let change = plan.values(ofPoint: point)[factor] - plan.values(ofPoint: point - 1)[factor]
            #expect(abs(abs(change) - delta * range) < 1e-12, "point \(point): change \(change)")
            let others = (0..<3).filter { $0 != factor }
            #expect(others.allSatisfy { plan.values(ofPoint: point)[$0] == plan.values(ofPoint: point - 1)[$0] })
        }
    }

    // Catches: inline points read in the wrong factor order, switches not taking true/false.
    @Test func inlinePoints() throws {
        let plan = try load(sweepText(#""base": "base.json""#, #""replicates": 2"#, """
            "design": {"type": "points", "points": [
                {"barriers.siloPenalty": 0.2, "interventions.publicity.enabled": true},
                {"interventions.publicity.enabled": 0, "barriers.siloPenalty": 0.4}
              ]}
            """))
        #expect(plan.design == .points)
        #expect(plan.factors.map(\.keyPath) == ["barriers.siloPenalty", "interventions.publicity.enabled"])
        #expect(plan.values(ofPoint: 0) == [0.2, 1] && plan.values(ofPoint: 1) == [0.4, 0])
        #expect(plan.factors[0].low == 0.2 && plan.factors[0].high == 0.4)
        #expect(try plan.scenario(forPoint: 0).interventions.publicity.enabled)
        #expect(plan.resolvedJSON.contains("\"points\": [\n      [0.2, 1],\n      [0.4, 0]\n    ]"))
    }

    // Catches: a CSV reader that trips on R's quoted header and row names, or that does not
    // round integer factors (SALib writes every value as a real number).
    @Test func csvPointsFromRAndSALib() throws {
        let csv = "\"\",\"barriers.siloPenalty\",\"connectorTeam.vacancyWeeks\"\r\n\"1\",0.15,4.4\r\n\"2\",0.35,12.5\r\n\"3\",4.5e-1,26\r\n"
        let plan = try load(sweepText(#""base": "base.json""#, #""replicates": 2"#,
                                      #""vary": {"barriers.siloPenalty": {"min": 0.1, "max": 0.5}, "connectorTeam.vacancyWeeks": {"min": 4, "max": 26}}"#,
                                      #""design": {"type": "points", "file": "design/x.csv"}"#), extra: ["design/x.csv": csv])
        #expect(plan.pointCount == 3)
        #expect((0..<3).map(plan.values(ofPoint:)) == [[0.15, 4], [0.35, 13], [0.45, 26]])
        #expect(plan.factors[1] == SweepFactor(keyPath: "connectorTeam.vacancyWeeks", isInteger: true, low: 4, high: 26))
        #expect(plan.notes == ["x.csv: column 1 has no header and is ignored (a row index)",
                               "connectorTeam.vacancyWeeks takes whole numbers: 2 of 3 design values were rounded to the nearest (halves away from zero)"])
        #expect(plan.unitValues(ofPoint: 2) == [(0.45 - 0.1) / 0.4, 1])
    }

    // Catches: columns read without vary in an order other than the file's.
    @Test func csvWithoutVary() throws {
        let csv = "trust.gainOnSuccess,barriers.siloPenalty\n0.05,0.3\n\n0.1,0.2\n"
        let plan = try load(sweepText(#""base": "base.json""#, #""replicates": 2"#, #""design": {"type": "points", "file": "d.csv"}"#), extra: ["d.csv": csv])
        #expect(plan.factors.map(\.keyPath) == ["trust.gainOnSuccess", "barriers.siloPenalty"])
        #expect(plan.values(ofPoint: 1) == [0.1, 0.2])
    }

    // Catches: a hash that depends on where the files are, or that misses a change.
    @Test func hashFollowsContentNotLocation() throws {
        let sweep = sweepText(#""base": "base.json""#, #""replicates": 2"#, #""vary": {"barriers.siloPenalty": [0.1, 0.2]}"#, #""design": {"type": "grid"}"#)
        let first = try load(sweep), second = try load(sweep)
        #expect(first.resolvedJSON == second.resolvedJSON)
        #expect(first.hash == second.hash)
        #expect(first.hash.count == 64 && first.hash.allSatisfy { $0.isHexDigit })
        let changed = try load(sweep.replacingOccurrences(of: "0.2]", with: "0.25]"))
        #expect(changed.hash != first.hash)
        let otherBase = try load(sweep, extra: ["base.json": #"{"name": "base", "run": {"weeks": 5}}"#])
        #expect(otherBase.hash != first.hash, "the base scenario is part of the hash")
        #expect(first.resolvedJSON.hasSuffix("}\n"))
        _ = try JSONParser.parse(first.resolvedJSON, file: "resolved")
    }

    // Catches: a design seed that is not derived from the sweep seed.
    @Test func designSeedDerivesFromTheSweepSeed() throws {
        func plan(seed: Int) throws -> SweepPlan {
            try load(sweepText(#""base": "base.json""#, #""replicates": 2"#, "\"seed\": \(seed)",
                               #""vary": {"barriers.siloPenalty": {"min": 0.1, "max": 0.5}}"#, #""design": {"type": "latin-hypercube", "points": 5}"#))
        }
        let a = try plan(seed: 1), b = try plan(seed: 2), c = try plan(seed: 1)
        #expect(a.designSeed != b.designSeed && a.designSeed == c.designSeed)
        #expect(a.values(ofPoint: 0) == c.values(ofPoint: 0))
    }

    // Catches: a SHA-256 that is not the standard one (FIPS 180-2 examples).
    @Test func sha256KnownAnswers() {
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(String(repeating: "a", count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
