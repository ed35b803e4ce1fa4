import Foundation

/// The `parameters` and `groups` of a calibration file, resolved against the catalog.
///
/// `parameters` names key paths (`barriers.siloPenalty`, `connectors[*].hoursPerWeek`); each
/// must be a number or integer with a plausible range wider than a point. One that is not an
/// `[A]` parameter is still fitted, with a note (its source is then overruled by the patterns).
/// `groups` names sections or key-path prefixes (`barriers`, `residents`,
/// `interventions.transitionManager`): every `[A]` number or integer with a plausible range
/// under it, in catalog order, list elements as `[*]`; parameters whose values must sum to 1
/// (`requests.mix`, `requests.departmentCountShares`) are left out, since one sampled alone
/// breaks the sum. A parameter named twice is fitted once, where it is first named.
enum CalibrationParameterList {
    /// A parameter and where the file names it.
    struct Entry {
        var parameter: CalibrationParameter
        var location: SourceLocation
    }

    /// The numeric specs a calibration may fit, with their sweep key paths (`[]` → `[*]`).
    static var candidates: [(keyPath: String, spec: ParameterSpec)] {
        ParameterCatalog.all.compactMap { spec in
            guard isNumeric(spec), let range = spec.plausible, range.low < range.high else { return nil }
            return (spec.keyPath.replacingOccurrences(of: "[]", with: "[*]"), spec)
        }
    }

    static func resolve(_ source: SweepSource, notes: inout [String]) throws(ScenarioError) -> [Entry] {
        var entries: [Entry] = []
        func add(_ keyPath: String, _ spec: ParameterSpec, at location: SourceLocation) {
            guard let range = spec.plausible, !entries.contains(where: { $0.parameter.keyPath == keyPath }) else { return }
            let isInteger: Bool = if case .integer = spec.kind { true } else { false }
            entries.append(Entry(parameter: CalibrationParameter(keyPath: keyPath, low: range.low, high: range.high, isInteger: isInteger,
                                                                 evidence: spec.evidence, rangeSource: range.source),
                                 location: location))
        }
        let names = candidates.map(\.keyPath)
        for (index, element) in try list(source, "parameters").enumerated() {
            let keyPath = "parameters[\(index)]"
            let name = try source.string(element, keyPath, expected: "a parameter's key path, such as \"barriers.siloPenalty\"")
            guard let spec = ParameterCatalog.spec(for: name) else {
                throw source.error(.invalidValue, at: element.location, keyPath,
                                   "unknown parameter \(MessageText.quoted(name))" + KeySuggestion.hint(for: name, among: names))
            }
            guard isNumeric(spec) else {
                throw source.error(.invalidValue, at: element.location, keyPath, "expected a number or integer parameter, found \(name) (\(spec.rangeDescription))")
            }
            guard let range = spec.plausible, range.low < range.high else {
                throw source.error(.invalidValue, at: element.location, keyPath, "expected a parameter with a plausible range to draw the prior from, found \(name), which has none (wijksim params lists the ranges)")
            }
            if !spec.hasAssumptionTag {
                notes.append("\(name) is not an [A] parameter (evidence \(spec.evidence)); calibrating it lets the patterns overrule that source")
            }
            add(name, spec, at: element.location)
        }
        for (index, element) in try list(source, "groups").enumerated() {
            let keyPath = "groups[\(index)]"
            let group = try source.string(element, keyPath, expected: "a section or key-path prefix, such as \"barriers\"")
            let members = candidates.filter { $0.spec.hasAssumptionTag && isUnder(group, $0.spec.keyPath) }
            let fitted = members.filter { !$0.spec.meaning.contains("sum to 1") }
            guard !fitted.isEmpty else {
                let sections = orderedUnique(candidates.filter { $0.spec.hasAssumptionTag }.map { section(of: $0.spec.keyPath) })
                throw source.error(.invalidValue, at: element.location, keyPath,
                                   "expected a section or key-path prefix with [A] parameters that have a plausible range, found \(MessageText.quoted(group))"
                                       + (KeySuggestion.nearest(to: group, among: sections).map { "; did you mean '\($0)'?" } ?? "; sections: " + sections.joined(separator: ", ")))
            }
            let left = members.count - fitted.count
            if left > 0 { notes.append("group \(group): \(left) parameter\(left == 1 ? "" : "s") whose values must sum to 1 left out (\(members.filter { $0.spec.meaning.contains("sum to 1") }.map(\.keyPath).joined(separator: ", ")))") }
            for candidate in fitted { add(candidate.keyPath, candidate.spec, at: element.location) }
        }
        guard !entries.isEmpty else {
            throw source.error(.invalidValue, at: source.tree.location, "parameters", "expected at least one parameter to fit, in parameters (key paths) or groups (sections), found none")
        }
        return entries
    }

    /// The elements of the optional list `key`.
    private static func list(_ source: SweepSource, _ key: String) throws(ScenarioError) -> [JSONValue] {
        guard let value = source.tree[key] else { return [] }
        guard case .array(let elements, _) = value else {
            throw source.error(.wrongType, at: value.location, key, "expected a list of strings, found \(value.messageDescription)")
        }
        return elements
    }

    private static func isNumeric(_ spec: ParameterSpec) -> Bool {
        switch spec.kind {
        case .number, .integer: true
        default: false
        }
    }

    /// Whether `keyPath` (a catalog pattern) is `group` or lies under it.
    static func isUnder(_ group: String, _ keyPath: String) -> Bool {
        let pattern = ParameterCatalog.pattern(of: group.replacingOccurrences(of: "[*]", with: "[]"))
        return keyPath == pattern || keyPath.hasPrefix(pattern + ".") || keyPath.hasPrefix(pattern + "[]")
    }

    private static func section(of keyPath: String) -> String {
        String(keyPath.prefix { $0 != "." && $0 != "[" })
    }

    private static func orderedUnique(_ values: [String]) -> [String] {
        var seen: [String] = []
        for value in values where !seen.contains(value) { seen.append(value) }
        return seen
    }
}
