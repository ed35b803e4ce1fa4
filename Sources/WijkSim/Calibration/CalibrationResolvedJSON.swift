/// The canonical JSON of a resolved calibration, for `manifest.json` and
/// ``CalibrationPlan/hash``: what decides the results — the scenarios with their sweeps'
/// hashes (each holding the scenario in full, the parameters' ranges, the samples, replicates,
/// seeds and weeks), the parameters, the patterns' statistics, targets and scales, and the
/// acceptance rule. The texts for people (`observed`, `source`, `description`) are left out,
/// so editing them does not orphan shards already run. Keys sorted, two-space indent.
enum CalibrationResolvedJSON {
    static func text(of plan: CalibrationPlan, settings: CalibrationLoader.Settings) -> String {
        let scenarios = plan.scenarioNames.indices.map { index in
            object([
                ("name", .string(plan.scenarioNames[index], here)),
                ("file", .string(plan.scenarioFiles[index], here)),
                ("sweepHash", .string(plan.sweeps[index].hash, here)),
            ])
        }
        let parameters = plan.parameters.map { parameter in
            object([
                ("keyPath", .string(parameter.keyPath, here)),
                ("low", number(parameter.low)),
                ("high", number(parameter.high)),
                ("isInteger", .bool(parameter.isInteger, here)),
            ])
        }
        let patterns = plan.patterns.map { pattern in
            object([
                ("id", .string(pattern.id, here)),
                ("statistic", .string(pattern.statisticText, here)),
                ("low", number(pattern.low)),
                ("high", number(pattern.high)),
                ("scale", number(pattern.scale)),
            ])
        }
        let acceptance: JSONValue = switch plan.acceptance {
        case .quantile(let q): object([("quantile", number(q))])
        case .distance(let epsilon): object([("distance", number(epsilon))])
        }
        var members: [(String, JSONValue)] = [
            ("version", .string(CalibrationLoader.version, here)),
            ("name", .string(plan.name, here)),
            ("scenarios", .array(scenarios, here)),
            ("parameters", .array(parameters, here)),
            ("patterns", .array(patterns, here)),
            ("acceptance", acceptance),
            ("samples", integer(UInt64(plan.samples))),
            ("replicates", integer(UInt64(plan.replicates))),
            ("seed", integer(plan.seed)),
            ("design", .string("latin-hypercube", here)),
        ]
        if let weeks = settings.weeks { members.append(("weeks", integer(UInt64(weeks)))) }
        if let designSeed = settings.designSeed { members.append(("designSeed", integer(designSeed))) }
        return JSONWriter.pretty(object(members), sortKeys: true)
    }

    private static let here = SourceLocation(file: "<calibration>", line: 1, column: 1)

    static func object(_ members: [(String, JSONValue)]) -> JSONValue {
        .object(members.map { JSONMember(key: $0.0, keyLocation: here, value: $0.1) }, here)
    }

    static func number(_ value: Double) -> JSONValue {
        let text = CSVWriter.format(value)
        return .number(JSONNumber(value: value, isIntegerLiteral: !text.contains(".") && !text.contains("e"), literal: text), here)
    }

    static func integer(_ value: UInt64) -> JSONValue {
        .number(JSONNumber(value: Double(value), isIntegerLiteral: true, literal: String(value)), here)
    }
}
