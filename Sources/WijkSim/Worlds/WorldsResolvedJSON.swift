/// The canonical JSON of a verdict over plausible worlds, for `manifest.json` and
/// ``WorldsPlan/hash``: sorted keys, two-space indent, numbers that read back as the same
/// `Double`, ending in a newline.
///
/// Holds what decides the results: every scenario in full (after the common run settings),
/// replicates, seed, the headline and side-effect metrics, the factors, and the design — the
/// hypercube's size, seed and generator version, or every posterior row. File names appear
/// as given, so that a merge finds the files again.
enum WorldsResolvedJSON {
    /// Bump when the way worlds are chosen or run changes their results.
    static let version = "wijksim-worlds-1"

    static func text(of plan: WorldsPlan) -> String {
        var design: [JSONMember] = []
        switch plan.source {
        case .hypercube(let worlds, let seed):
            design = [member("type", string("latin-hypercube")), member("points", integer(worlds)),
                      member("seed", unsigned(seed)), member("generator", string(SweepResolvedJSON.generatorVersion))]
        case .posterior(let file, let rows):
            let k = plan.factors.count
            let points = (0..<rows).map { row in JSONValue.array((0..<k).map { number(plan.design.pointValues[row * k + $0]) }, here) }
            design = [member("type", string("posterior")), member("file", string(file)), member("rows", integer(rows)),
                      member("points", .array(points, here))]
        }
        let factors = plan.factors.map { factor in
            JSONValue.object([member("keyPath", string(factor.keyPath)), member("low", number(factor.low)),
                              member("high", number(factor.high)), member("isInteger", .bool(factor.isInteger, here))], here)
        }
        let files = [plan.setup.baseFile] + plan.setup.variantFiles
        let scenarios = zip(files, plan.scenarios).map { file, scenario in
            JSONValue.object([member("file", string(file)), member("scenario", ScenarioSchema.shared.tree(encoding: scenario))], here)
        }
        let top: [JSONMember] = [
            member("version", string(version)),
            member("scenarios", .array(scenarios, here)),
            member("replicates", integer(plan.replicates)),
            member("seed", unsigned(plan.seed)),
            member("headlineMetric", string(plan.headlineMetric)),
            member("sideEffectMetrics", .array(WorldsFiles.sideEffectMetrics.map(string), here)),
            member("design", .object(design, here)),
            member("factors", .array(factors, here)),
            member("worlds", integer(plan.worldCount)),
        ]
        return JSONWriter.pretty(.object(top, here), sortKeys: true)
    }

    private static let here = SourceLocation(file: "<worlds>", line: 1, column: 1)

    private static func member(_ key: String, _ value: JSONValue) -> JSONMember {
        JSONMember(key: key, keyLocation: here, value: value)
    }

    private static func string(_ text: String) -> JSONValue { .string(text, here) }

    private static func number(_ value: Double) -> JSONValue {
        let text = CSVWriter.format(value)
        return .number(JSONNumber(value: value, isIntegerLiteral: !text.contains(".") && !text.contains("e"), literal: text), here)
    }

    private static func integer(_ value: Int) -> JSONValue {
        .number(JSONNumber(value: Double(value), isIntegerLiteral: true, literal: String(value)), here)
    }

    private static func unsigned(_ value: UInt64) -> JSONValue {
        .number(JSONNumber(value: Double(value), isIntegerLiteral: true, literal: String(value)), here)
    }
}
