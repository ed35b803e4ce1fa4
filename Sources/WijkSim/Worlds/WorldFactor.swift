import Foundation

/// One parameter that differs between plausible worlds: a factor of the worlds' design.
///
/// Invariants: `low <= high`, both inside the parameter's allowed range; for a hypercube
/// `low < high` (the plausible range); whole numbers for integer parameters.
public struct WorldFactor: Sendable, Equatable {
    /// The key path set in each world, e.g. `barriers.siloPenalty`, `connectors[*].hoursPerWeek`
    /// (every element had the same value in the base) or `departments[2].awareness`.
    public var keyPath: String
    /// What the parameter means, for people: the catalog's meaning up to its first formula,
    /// with the list element's name for one element (`Initial awareness of the connector's
    /// added value (department Openbare ruimte)`).
    public var label: String
    /// Lowest value drawn, in the parameter's unit (the plausible range's low end, or the least
    /// value in a posterior).
    public var low: Double
    /// Highest value drawn (see ``low``).
    public var high: Double
    /// Whether the parameter takes whole numbers only.
    public var isInteger: Bool

    /// The parameter as a sweep factor.
    var sweepFactor: SweepFactor { SweepFactor(keyPath: keyPath, isInteger: isInteger, low: low, high: high) }
}

/// Chooses the factors of a verdict over plausible worlds from ``ParameterCatalog``.
///
/// Every numeric or integer parameter that has a plausible range and is an assumption
/// (``ParameterSpec/isAssumption``) is a factor, drawn over its plausible range, except:
/// - the shares that must sum to 1 (``compositions``): a hypercube cannot draw them one by
///   one, so they keep the scenario's values;
/// - ``calendar`` parameters: the election calendar is a fact of the term, not a quantity
///   to draw uniformly (an election every 37 weeks is not a plausible world);
/// - an intervention's parameters when that intervention is enabled in none of the
///   scenarios compared: they could not change any result.
///
/// A list parameter (`departments[].awareness`) whose elements all have the same value in
/// the base is one factor for all elements (`departments[*].awareness`); when the elements
/// differ (the home department more aware than the others) each element is its own factor
/// (`departments[0].awareness`, …), so the base's differences are not flattened away.
enum WorldFactorSelection {
    /// Patterns left out because their values must sum to 1.
    static let compositions = ["requests.mix.", "requests.departmentCountShares"]
    /// Patterns left out because they set the election calendar.
    static let calendar = ["council.electionIntervalWeeks", "council.firstElectionWeek"]

    /// The factors for `base`, compared with `variants`, in catalog order.
    /// - Throws: ``ScenarioError`` (internal) if a catalog key path does not resolve in `base`.
    static func factors(base: Scenario, variants: [Scenario]) throws(ScenarioError) -> [WorldFactor] {
        let editor = ScenarioEditor(base)
        var factors: [WorldFactor] = []
        for spec in ParameterCatalog.all where spec.isAssumption {
            guard let plausible = spec.plausible, plausible.low < plausible.high else { continue }
            let isInteger: Bool
            switch spec.kind {
            case .number: isInteger = false
            case .integer: isInteger = true
            default: continue
            }
            if compositions.contains(where: spec.keyPath.hasPrefix) || calendar.contains(spec.keyPath) { continue }
            if let intervention = interventionName(of: spec.keyPath),
               !([base] + variants).contains(where: { $0.value(at: "interventions.\(intervention).enabled") == 1 }) {
                continue
            }
            let meaning = shortMeaning(spec.meaning)
            func factor(_ keyPath: String, _ label: String) -> WorldFactor {
                WorldFactor(keyPath: keyPath, label: label, low: plausible.low, high: plausible.high, isInteger: isInteger)
            }
            let brackets = spec.keyPath.components(separatedBy: "[]").count - 1
            guard brackets > 0 else {
                factors.append(factor(spec.keyPath, meaning))
                continue
            }
            let all = spec.keyPath.replacingOccurrences(of: "[]", with: "[*]")
            guard brackets == 1, let parameter = try? editor.resolve(all, file: "<worlds>") else { continue }
            let values = editor.values(of: parameter)
            if values.allSatisfy({ $0 == values.first }) {
                factors.append(factor(all, meaning))
                continue
            }
            let list = String(spec.keyPath.prefix { $0 != "[" })
            for index in parameter.leaves.indices {
                let name = elementName(list: list, index: index, tree: editor.tree)
                factors.append(factor(spec.keyPath.replacingOccurrences(of: "[]", with: "[\(index)]"),
                                      meaning + " (" + (name ?? "\(list)[\(index)]") + ")"))
            }
        }
        return factors
    }

    /// `transitionManager` for `interventions.transitionManager.hoursPerWeek`, else `nil`.
    static func interventionName(of keyPath: String) -> String? {
        let parts = keyPath.split(separator: ".")
        guard parts.count >= 3, parts[0] == "interventions" else { return nil }
        return String(parts[1])
    }

    /// The catalog's meaning up to its first formula or explanation (`: `, `; `, or ` (` before a
    /// word, not before a formula such as `(1 − b)`), without the final full stop, and with the
    /// member of a group after ` — ` in brackets: `Requests seen as "extra werk": acceptance × …`
    /// → `Requests seen as "extra werk"`; `Department hours … out — initiatives.` →
    /// `Department hours … out (initiatives)`.
    static func shortMeaning(_ meaning: String) -> String {
        var text = meaning, member = ""
        if let range = text.range(of: " — ") {
            member = String(text[range.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
            text = String(text[..<range.lowerBound])
        }
        for cut in [": ", "; "] {
            if let range = text.range(of: cut) { text = String(text[..<range.lowerBound]) }
        }
        if let range = text.range(of: " ("), text[range.upperBound...].first?.isLetter == true {
            text = String(text[..<range.lowerBound])
        }
        while text.hasSuffix(".") || text.hasSuffix(" ") { text.removeLast() }
        return member.isEmpty ? text : text + " (" + member + ")"
    }

    /// `department Openbare ruimte` for element `index` of `departments` (its `name`), or `nil`.
    static func elementName(list: String, index: Int, tree: JSONValue) -> String? {
        var node: JSONValue? = tree
        for key in list.split(separator: ".") { node = node?[String(key)] }
        guard let element = node?.elements?[safe: index], case .string(let name, _)? = element["name"] else { return nil }
        let kind = switch list {
        case "departments": "department "
        case "connectors": "connector "
        case "municipality.neighbourhoods": "neighbourhood "
        default: ""
        }
        return kind + name
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
