import Testing
@testable import WijkSim

/// The members of a good sweep file, to which a case adds or from which it replaces.
private let base = #""base": "base.json""#
private let replicates = #""replicates": 2"#
private let grid = #""design": {"type": "grid"}"#
private let lhs = #""design": {"type": "latin-hypercube", "points": 10}"#
private let siloList = #""vary": {"barriers.siloPenalty": [0.1, 0.2]}"#
private let siloRange = #""vary": {"barriers.siloPenalty": {"min": 0.1, "max": 0.5}}"#

/// One bad sweep file and its exact message (`{dir}` = the temporary folder).
struct SweepErrorCase: Sendable, CustomTestStringConvertible {
    var id: String
    var sweep: String
    var files: [String: String] = [:]
    var message: String
    var exitCode: ExitCode = .dataError
    var testDescription: String { id }
}

// Each case catches a message that drifts, a missing "did you mean", a wrong line:column,
// or a check that is not made at all (the load would succeed and the case fail).
let sweepErrorCases: [SweepErrorCase] = [
    SweepErrorCase(id: "missing sweep file", sweep: "", message: "{dir}/none.json: cannot read sweep file: no such file", exitCode: .noInput),
    SweepErrorCase(id: "invalid JSON", sweep: "{\n  \"base\": \"base.json\",\n}",
                   message: "{dir}/s.json:3:1: invalid JSON: expected a string key after ','"),
    SweepErrorCase(id: "unknown key", sweep: sweepText(#""bse": "base.json""#, replicates, siloList, grid),
                   message: "{dir}/s.json:2:3: bse: unknown key; did you mean 'base'?"),
    SweepErrorCase(id: "unknown key without a near miss", sweep: sweepText(base, replicates, siloList, grid, #""colour": 1"#),
                   message: "{dir}/s.json:6:3: colour: unknown key; expected one of base, description, replicates, seed, weeks, vary, design"),
    SweepErrorCase(id: "no base", sweep: sweepText(replicates, siloList, grid),
                   message: "{dir}/s.json:1:1: base: expected the name of the base scenario file, found none"),
    SweepErrorCase(id: "missing base", sweep: sweepText(#""base": "sub/../nope.json""#, replicates, siloList, grid),
                   message: "{dir}/nope.json: cannot read scenario file: no such file (base of {dir}/s.json)", exitCode: .noInput),
    SweepErrorCase(id: "bad base", sweep: sweepText(base, replicates, siloList, grid), files: ["base.json": #"{"barriers": {"siloPenalty": 2}}"#],
                   message: "{dir}/base.json:1:30: barriers.siloPenalty: expected a number in [0, 1], found 2 (base of {dir}/s.json)"),
    SweepErrorCase(id: "no replicates", sweep: sweepText(base, siloList, grid),
                   message: "{dir}/s.json:1:1: replicates: expected an integer in [1, 1000000] (replicates per design point; a sweep does not take the base's run.replicates), found none"),
    SweepErrorCase(id: "zero replicates", sweep: sweepText(base, #""replicates": 0"#, siloList, grid),
                   message: "{dir}/s.json:3:17: replicates: expected an integer in [1, 1000000] (replicates per design point), found 0"),
    SweepErrorCase(id: "weeks out of range", sweep: sweepText(base, replicates, #""weeks": 6000"#, siloList, grid),
                   message: "{dir}/s.json:4:12: weeks: expected an integer in [1, 5200], found 6000"),
    SweepErrorCase(id: "no design", sweep: sweepText(base, replicates, siloList),
                   message: "{dir}/s.json:1:1: design: expected an object with a type (grid, latin-hypercube, morris, points), found none"),
    SweepErrorCase(id: "unknown design type", sweep: sweepText(base, replicates, siloRange, #""design": {"type": "latin-hypercub", "points": 10}"#),
                   message: "{dir}/s.json:5:22: design.type: expected one of \"grid\", \"latin-hypercube\", \"morris\", \"points\", found \"latin-hypercub\"; did you mean 'latin-hypercube'?"),
    SweepErrorCase(id: "unknown design key", sweep: sweepText(base, replicates, siloRange, #""design": {"type": "morris", "trajectory": 10}"#),
                   message: "{dir}/s.json:5:32: design.trajectory: unknown key for a morris design; did you mean 'trajectories'?"),
    SweepErrorCase(id: "key of another design", sweep: sweepText(base, replicates, siloList, #""design": {"type": "grid", "points": 10}"#),
                   message: "{dir}/s.json:5:30: design.points: unknown key for a grid design; expected one of type"),
    SweepErrorCase(id: "no points", sweep: sweepText(base, replicates, siloRange, #""design": {"type": "latin-hypercube"}"#),
                   message: "{dir}/s.json:5:13: design.points: expected the number of points, an integer in [1, 1000000], found none"),
    SweepErrorCase(id: "odd levels", sweep: sweepText(base, replicates, siloRange, #""design": {"type": "morris", "trajectories": 10, "levels": 5}"#),
                   message: "{dir}/s.json:5:62: design.levels: expected an even integer in [2, 100] (Morris's Δ = levels / (2 · (levels − 1)) needs an even number of levels), found 5"),
    SweepErrorCase(id: "points and file", sweep: sweepText(base, replicates, #""design": {"type": "points", "points": [], "file": "d.csv"}"#),
                   message: "{dir}/s.json:4:54: design.file: expected either points or file, found both (points at line 4)"),
    SweepErrorCase(id: "no vary", sweep: sweepText(base, replicates, grid),
                   message: "{dir}/s.json:1:1: vary: expected an object of key paths to vary (such as \"barriers.siloPenalty\"), found none"),
    SweepErrorCase(id: "empty vary", sweep: sweepText(base, replicates, #""vary": {}"#, grid),
                   message: "{dir}/s.json:4:11: vary: expected at least one parameter to vary, found none"),
    SweepErrorCase(id: "key path not in the scenario", sweep: sweepText(base, replicates, #""vary": {"barriers.siloPenaly": [0.1]}"#, grid),
                   message: "{dir}/s.json:4:12: vary.barriers.siloPenaly: unknown parameter; did you mean 'barriers.siloPenalty'?"),
    SweepErrorCase(id: "index out of range", sweep: sweepText(base, replicates, #""vary": {"departments[6].hoursPerWeek": [10]}"#, grid),
                   message: "{dir}/s.json:4:12: vary.departments[6].hoursPerWeek: expected an index in 0...5 (departments has 6 elements), found 6"),
    SweepErrorCase(id: "a choice", sweep: sweepText(base, replicates, #""vary": {"council.portfolio": [1]}"#, grid),
                   message: "{dir}/s.json:4:12: vary.council.portfolio: expected a number, an integer or a switch, found a parameter that takes one of \"none\", \"implicit\", \"one\", \"all\""),
    SweepErrorCase(id: "the run's seed", sweep: sweepText(base, replicates, #""vary": {"run.seed": [1, 2]}"#, grid),
                   message: "{dir}/s.json:4:12: vary.run.seed: expected a parameter the sweep does not set itself, found run.seed, which the sweep's 'seed' sets"),
    SweepErrorCase(id: "overlapping factors", sweep: sweepText(base, replicates, #""vary": {"connectors[*].hoursPerWeek": [16], "connectors[1].hoursPerWeek": [20]}"#, grid),
                   message: "{dir}/s.json:4:48: vary.connectors[1].hoursPerWeek: expected a parameter no other factor sets, found connectors[1].hoursPerWeek, which vary.connectors[*].hoursPerWeek sets too"),
    SweepErrorCase(id: "range for a grid", sweep: sweepText(base, replicates, siloRange, grid),
                   message: "{dir}/s.json:4:36: vary.barriers.siloPenalty: expected a list of values for a grid design, found a range; a range needs a latin-hypercube or morris design"),
    SweepErrorCase(id: "list for a latin hypercube", sweep: sweepText(base, replicates, siloList, lhs),
                   message: "{dir}/s.json:4:36: vary.barriers.siloPenalty: expected a range {\"min\": …, \"max\": …} for a latin-hypercube design, found a list; a list of values needs a grid design"),
    SweepErrorCase(id: "number for a factor", sweep: sweepText(base, replicates, #""vary": {"barriers.siloPenalty": 0.3}"#, grid),
                   message: "{dir}/s.json:4:36: vary.barriers.siloPenalty: expected a list of values, found 0.3"),
    SweepErrorCase(id: "empty list", sweep: sweepText(base, replicates, #""vary": {"barriers.siloPenalty": []}"#, grid),
                   message: "{dir}/s.json:4:36: vary.barriers.siloPenalty: expected at least one value, found none"),
    SweepErrorCase(id: "repeated value", sweep: sweepText(base, replicates, #""vary": {"barriers.siloPenalty": [0.1, 0.2, 0.1]}"#, grid),
                   message: "{dir}/s.json:4:47: vary.barriers.siloPenalty[2]: expected values that differ, found 0.1 again (first at vary.barriers.siloPenalty[0])"),
    SweepErrorCase(id: "value out of range", sweep: sweepText(base, replicates, #""vary": {"barriers.siloPenalty": [0.1, 1.5]}"#, grid),
                   message: "{dir}/s.json:4:42: vary.barriers.siloPenalty[1]: expected a number in [0, 1], found 1.5"),
    SweepErrorCase(id: "fraction for an integer", sweep: sweepText(base, replicates, #""vary": {"residents.maxOpenRequests": [1, 2.5]}"#, grid),
                   message: "{dir}/s.json:4:45: vary.residents.maxOpenRequests[1]: expected an integer in [1, 100], found 2.5"),
    SweepErrorCase(id: "range above the allowed", sweep: sweepText(base, replicates, #""vary": {"barriers.siloPenalty": {"min": 0.1, "max": 1.5}}"#, lhs),
                   message: "{dir}/s.json:4:56: vary.barriers.siloPenalty.max: expected a number in [0, 1], found 1.5"),
    SweepErrorCase(id: "reversed range", sweep: sweepText(base, replicates, #""vary": {"barriers.siloPenalty": {"min": 0.8, "max": 0.2}}"#, lhs),
                   message: "{dir}/s.json:4:56: vary.barriers.siloPenalty.max: expected a value greater than min (0.8), found 0.2"),
    SweepErrorCase(id: "misspelt range key", sweep: sweepText(base, replicates, #""vary": {"barriers.siloPenalty": {"min": 0.1, "maks": 0.5}}"#, lhs),
                   message: "{dir}/s.json:4:49: vary.barriers.siloPenalty.maks: unknown key; expected one of min, max"),
    SweepErrorCase(id: "a point breaks a cross-field rule", sweep: sweepText(base, replicates, #""vary": {"requests.mix.question": [0.4, 0.5]}"#, grid),
                   message: "{dir}/s.json: requests.mix: expected shares that sum to 1, found a sum of 1.1 at design point 1 (requests.mix.question = 0.5)"),
    SweepErrorCase(id: "inline point without a factor", sweep: sweepText(base, replicates, """
        "design": {"type": "points", "points": [{"barriers.siloPenalty": 0.2, "trust.gainOnSuccess": 0.1}, {"barriers.siloPenalty": 0.3}]}
        """), message: "{dir}/s.json:4:102: design.points[1]: expected a value for trust.gainOnSuccess (every point sets every factor), found none"),
    SweepErrorCase(id: "inline point outside vary's range", sweep: sweepText(base, replicates, siloRange, """
        "design": {"type": "points", "points": [{"barriers.siloPenalty": 0.7}]}
        """), message: "{dir}/s.json:5:68: design.points[0].barriers.siloPenalty: expected a value in vary's range [0.1, 0.5], found 0.7"),
    SweepErrorCase(id: "list for a points design", sweep: sweepText(base, replicates, siloList, #""design": {"type": "points", "file": "d.csv"}"#),
                   files: ["d.csv": "barriers.siloPenalty\n0.1\n"],
                   message: "{dir}/s.json:4:36: vary.barriers.siloPenalty: expected a range {\"min\": …, \"max\": …} bounding the points of a points design, found a list; a list of values needs a grid design"),
    SweepErrorCase(id: "missing design file", sweep: sweepText(base, replicates, #""design": {"type": "points", "file": "d.csv"}"#),
                   message: "{dir}/d.csv: cannot read design file: no such file", exitCode: .noInput),
    SweepErrorCase(id: "CSV value out of range", sweep: sweepText(base, replicates, #""design": {"type": "points", "file": "d.csv"}"#),
                   files: ["d.csv": "trust.gainOnSuccess,barriers.siloPenalty\n0.1,0.2\n0.1, 1.25\n"],
                   message: "{dir}/d.csv:3:5: barriers.siloPenalty: expected a number in [0, 1], found 1.25"),
    SweepErrorCase(id: "CSV text for a number", sweep: sweepText(base, replicates, #""design": {"type": "points", "file": "d.csv"}"#),
                   files: ["d.csv": "barriers.siloPenalty\nhigh\n"],
                   message: "{dir}/d.csv:2:1: barriers.siloPenalty: expected a number in [0, 1], found \"high\""),
    SweepErrorCase(id: "CSV row too short", sweep: sweepText(base, replicates, #""design": {"type": "points", "file": "d.csv"}"#),
                   files: ["d.csv": "trust.gainOnSuccess,barriers.siloPenalty\n0.1,0.2\n0.1\n"],
                   message: "{dir}/d.csv:3:1: expected 2 fields as in the header, found 1"),
    SweepErrorCase(id: "CSV column misspelt", sweep: sweepText(base, replicates, #""design": {"type": "points", "file": "d.csv"}"#),
                   files: ["d.csv": "barriers.siloPenaltty\n0.1\n"],
                   message: "{dir}/d.csv:1:1: barriers.siloPenaltty: unknown parameter; did you mean 'barriers.siloPenalty'?"),
    SweepErrorCase(id: "CSV column not in vary", sweep: sweepText(base, replicates, siloRange, #""design": {"type": "points", "file": "d.csv"}"#),
                   files: ["d.csv": "barriers.siloPenalty,trust.gainOnSuccess\n0.2,0.1\n"],
                   message: "{dir}/d.csv:1:22: trust.gainOnSuccess: expected one of the parameters vary lists (barriers.siloPenalty), found one it does not"),
    SweepErrorCase(id: "vary factor without a column", sweep: sweepText(base, replicates, #""vary": {"barriers.siloPenalty": {"min": 0.1, "max": 0.5}, "trust.gainOnSuccess": {"min": 0, "max": 1}}"#, #""design": {"type": "points", "file": "d.csv"}"#),
                   files: ["d.csv": "barriers.siloPenalty\n0.2\n"],
                   message: "{dir}/s.json:4:62: vary.trust.gainOnSuccess: expected a column of {dir}/d.csv for every parameter vary lists, found none for this one"),
    SweepErrorCase(id: "CSV quote not closed", sweep: sweepText(base, replicates, #""design": {"type": "points", "file": "d.csv"}"#),
                   files: ["d.csv": "barriers.siloPenalty\n\"0.2\n"],
                   message: "{dir}/d.csv:2:1: invalid CSV: a quoted field is not closed"),
    SweepErrorCase(id: "CSV point breaks a cross-field rule", sweep: sweepText(base, replicates, #""design": {"type": "points", "file": "d.csv"}"#),
                   files: ["d.csv": "residents.trustMean\n0.5\n0.02\n"],
                   message: "{dir}/d.csv:3:1: residents.trustSpread: expected less than sqrt(trustMean · (1 − trustMean)) = 0.14 for trustMean 0.02, found 0.15 at design point 1 (residents.trustMean = 0.02)"),
]

@Suite struct SweepErrorMessageTests {
    @Test(arguments: sweepErrorCases)
    func reportsEveryProblemVerbatim(_ example: SweepErrorCase) throws {
        var files = ["base.json": sweepTestBase].merging(example.files) { $1 }
        let load = example.sweep.isEmpty ? "none.json" : "s.json"
        if !example.sweep.isEmpty { files["s.json"] = example.sweep }
        let folder = try ScenarioFiles(files)
        let error = #expect(throws: ScenarioError.self) { try SweepLoader.load(path: folder.path(load)) }
        #expect(error?.description == example.message.replacingOccurrences(of: "{dir}", with: folder.directory))
        #expect(error?.exitCode == example.exitCode)
    }
}
