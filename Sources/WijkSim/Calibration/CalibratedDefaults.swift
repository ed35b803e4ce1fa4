import Foundation

/// `calibrated-defaults.json`: the posterior median of every fitted parameter as a scenario
/// overlay — the keys of a scenario file, nested, to copy into a preset or merge over one.
///
/// Values are rounded to three significant digits (integers to whole numbers, halves away from
/// zero) and kept inside the prior range; `parameters.csv` has them in full. A parameter that
/// sets every element of a list (`connectors[*].hoursPerWeek`) cannot be written as an overlay
/// (a list in an overlay replaces the whole list); it is named in `sources` with its value.
/// With no accepted sample the overlay holds no values.
enum CalibratedDefaults {
    static func text(_ result: CalibrationResult, plan: CalibrationPlan) -> String {
        let here = SourceLocation(file: "<calibrated-defaults>", line: 1, column: 1)
        var tree = JSONValue.object([], here)
        var sources = [
            "Posterior medians of \(result.accepted.count) accepted of \(plan.samples) prior samples (\(plan.acceptance.description)), wijksim calibrate \(plan.file), patterns \(plan.patterns.map(\.id).joined(separator: ", ")); evidence tag [C] (calibrated to these patterns); docs/CALIBRATION.md.",
        ]
        if !result.accepted.isEmpty {
            for (index, parameter) in plan.parameters.enumerated() {
                let value = rounded(result.posteriorQuantiles(ofParameter: index)[1], parameter)
                let text = CSVWriter.format(value)
                if parameter.setsListElements {
                    sources.append("Set \(parameter.keyPath) = \(text) in every element of the list (an overlay cannot set list elements).")
                    continue
                }
                let number = JSONValue.number(JSONNumber(value: value, isIntegerLiteral: !text.contains(".") && !text.contains("e"), literal: text), here)
                tree = setting(tree, path: parameter.keyPath.split(separator: ".").map(String.init), to: number, here)
            }
        }
        let head: [JSONMember] = [
            JSONMember(key: "name", keyLocation: here, value: .string(plan.name + "-calibrated", here)),
            JSONMember(key: "description", keyLocation: here, value: .string("Calibrated defaults from \(plan.name): merge over a scenario, or copy the values into a preset.", here)),
            JSONMember(key: "sources", keyLocation: here, value: .array(sources.map { .string($0, here) }, here)),
        ]
        return JSONWriter.pretty(.object(head + (tree.members ?? []), here), sortKeys: false)
    }

    /// `value` rounded to three significant digits (whole for integers), inside the prior range.
    static func rounded(_ value: Double, _ parameter: CalibrationParameter) -> Double {
        guard value.isFinite else { return value }
        var result: Double
        if parameter.isInteger || value == 0 {
            result = value.rounded(.toNearestOrAwayFromZero)
        } else {
            let digits = 2 - Int(log10(abs(value)).rounded(.down))
            let factor = pow(10, Double(digits))
            result = digits >= 0 ? (value * factor).rounded(.toNearestOrAwayFromZero) / factor
                                 : (value / pow(10, Double(-digits))).rounded(.toNearestOrAwayFromZero) * pow(10, Double(-digits))
            if parameter.isInteger { result = result.rounded() }
        }
        return min(parameter.high, max(parameter.low, result))
    }

    /// `tree` with `value` at `path` (objects made where missing, key order kept).
    static func setting(_ tree: JSONValue, path: [String], to value: JSONValue, _ here: SourceLocation) -> JSONValue {
        guard let key = path.first else { return value }
        var members = tree.members ?? []
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = setting(members[index].value, path: Array(path.dropFirst()), to: value, here)
        } else {
            members.append(JSONMember(key: key, keyLocation: here,
                                      value: setting(.object([], here), path: Array(path.dropFirst()), to: value, here)))
        }
        return .object(members, here)
    }
}
