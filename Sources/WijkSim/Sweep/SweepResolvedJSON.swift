/// The canonical JSON of a resolved sweep, for `manifest.json` and ``SweepPlan/hash``.
///
/// Keys sorted, two-space indent, numbers as ``CSVWriter/format(_:)`` writes them (they read
/// back as the same `Double`), ending in a newline. Holds what decides the results: the base
/// scenario in full (after the sweep's run settings), replicates, seed, weeks, the design with
/// its resolved seed and generator, the factors, and for a points design every point (generated
/// designs are fixed by their seed and generator, so their points are left out). File paths are
/// left out but for `base` as written, so moving a sweep folder keeps its hash.
enum SweepResolvedJSON {
    /// Version of the design generators: bump it when a generator changes its points, so
    /// that old results are not taken for new ones.
    static let generatorVersion = "wijksim-sweep-designs-1"

    /// The text of `plan` (its `resolvedJSON` and `hash` are not read).
    static func text(of plan: SweepPlan, baseFile: String, weeks: Int?) -> String {
        var design: [JSONMember] = [member("type", .string(plan.design.typeName, here))]
        switch plan.design {
        case .grid, .points: break
        case .latinHypercube(let points):
            design.append(member("points", integer(points)))
            design.append(member("stratum", .string("uniform within each stratum", here)))
        case .morris(let trajectories, let levels):
            design.append(member("trajectories", integer(trajectories)))
            design.append(member("levels", integer(levels)))
            design.append(member("delta", number(MorrisDesign.delta(levels: levels))))
        }
        if let seed = plan.designSeed { design.append(member("seed", .number(JSONNumber(value: Double(seed), isIntegerLiteral: true, literal: String(seed)), here))) }
        if case .points = plan.design {
            let k = plan.factors.count
            let points = (0..<plan.pointCount).map { point in
                JSONValue.array((0..<k).map { number(plan.pointValues[point * k + $0]) }, here)
            }
            design.append(member("points", .array(points, here)))
        }
        design.append(member("generator", .string(generatorVersion, here)))

        let factors = plan.factors.map { factor in
            var members = [
                member("keyPath", .string(factor.keyPath, here)),
                member("isInteger", .bool(factor.isInteger, here)),
                member("low", number(factor.low)),
                member("high", number(factor.high)),
            ]
            if let values = factor.gridValues { members.append(member("values", .array(values.map(number), here))) }
            return JSONValue.object(members, here)
        }
        var top: [JSONMember] = [
            member("name", .string(plan.name, here)),
            member("base", .string(baseFile, here)),
            member("baseScenario", ScenarioSchema.shared.tree(encoding: plan.base)),
            member("replicates", integer(plan.replicates)),
            member("seed", .number(JSONNumber(value: Double(plan.seed), isIntegerLiteral: true, literal: String(plan.seed)), here)),
            member("design", .object(design, here)),
            member("factors", .array(factors, here)),
            member("pointCount", integer(plan.pointCount)),
            member("notes", .array(plan.notes.map { .string($0, here) }, here)),
        ]
        if let weeks { top.append(member("weeks", integer(weeks))) }
        return JSONWriter.pretty(.object(top, here), sortKeys: true)
    }

    private static let here = SourceLocation(file: "<sweep>", line: 1, column: 1)

    private static func member(_ key: String, _ value: JSONValue) -> JSONMember {
        JSONMember(key: key, keyLocation: here, value: value)
    }

    private static func number(_ value: Double) -> JSONValue {
        let text = CSVWriter.format(value)
        return .number(JSONNumber(value: value, isIntegerLiteral: !text.contains(".") && !text.contains("e"), literal: text), here)
    }

    private static func integer(_ value: Int) -> JSONValue {
        .number(JSONNumber(value: Double(value), isIntegerLiteral: true, literal: String(value)), here)
    }
}
