import Foundation

/// A scenario written out as compact JSON once, with a slot at every leaf of a fixed list of
/// parameters, so that many scenarios that differ only in those parameters (the points of a
/// sweep) cost a string join and a `JSONDecoder` pass over just the sections they touch
/// (``Scenario/decodeSection(_:from:with:)``), instead of editing a tree and decoding it all.
///
/// The text of each section for a set of values is byte for byte what ``ScenarioEditor`` writes
/// for the same assignments (same writer rules), so the scenario is the same. Checks as
/// ``ScenarioEditor/scenario(setting:file:checksEveryLeaf:)`` with `checksEveryLeaf: false`:
/// each value against its spec, then the cross-field rules; exact for a base that was loaded
/// or validated.
struct ScenarioTemplate: Sendable {
    /// A stretch of compact JSON with slots: one top-level section, or (key `""`) the whole scenario.
    struct Section: Sendable {
        var key: String
        /// Text between the slots; one more than `slots`.
        var segments: [String]
        /// For each slot, in text order, the index of its parameter.
        var slots: [Int]
    }

    /// The scenario before any value is set.
    let base: Scenario
    /// The parameters, in the order values are given.
    let parameters: [ResolvedParameter]
    /// The sections that hold slots, in tree order.
    let sections: [Section]

    /// A template of `base` (whose tree, as ``ScenarioEditor`` builds it, is `tree`) with slots
    /// at the leaves of `parameters` (a later parameter wins a leaf two of them name).
    init(base: Scenario, tree: JSONValue, parameters: [ResolvedParameter]) {
        var owner: [ParameterPath: Int] = [:]
        var touched: [String] = []
        for (index, parameter) in parameters.enumerated() {
            for leaf in parameter.leaves {
                owner[leaf] = index
                if case .key(let key) = leaf.components.first, !touched.contains(key) { touched.append(key) }
            }
        }
        self.base = base
        self.parameters = parameters
        if touched.allSatisfy(Scenario.decodableSections.contains) {
            sections = (tree.members ?? []).filter { touched.contains($0.key) }.map { member in
                Self.section(member.key, member.value, path: ParameterPath([.key(member.key)]), owner: owner)
            }
        } else {
            sections = [Self.section("", tree, path: .root, owner: owner)]
        }
    }

    private static func section(_ key: String, _ value: JSONValue, path: ParameterPath, owner: [ParameterPath: Int]) -> Section {
        var section = Section(key: key, segments: [], slots: [])
        var current = ""
        write(value, path: path, owner: owner, current: &current, section: &section)
        section.segments.append(current)
        return section
    }

    private static func write(_ value: JSONValue, path: ParameterPath, owner: [ParameterPath: Int],
                              current: inout String, section: inout Section) {
        if let index = owner[path] {
            section.segments.append(current)
            section.slots.append(index)
            current = ""
            return
        }
        switch value {
        case .object(let members, _):
            current += "{"
            for (position, member) in members.enumerated() {
                if position > 0 { current += "," }
                current += JSONWriter.quoted(member.key) + ":"
                write(member.value, path: path.appending(member.key), owner: owner, current: &current, section: &section)
            }
            current += "}"
        case .array(let elements, _):
            current += "["
            for (position, element) in elements.enumerated() {
                if position > 0 { current += "," }
                write(element, path: path.appending(index: position), owner: owner, current: &current, section: &section)
            }
            current += "]"
        default:
            current += value.foundDescription
        }
    }

    /// Number of slots in all sections.
    var slotCount: Int { sections.reduce(0) { $0 + $1.slots.count } }

    /// The scenario with `values[i]` set at every leaf of `parameters[i]`.
    /// - Throws: ``ScenarioError`` without line or column: a value outside its parameter's
    ///   allowed range (keyPath = the parameter's key path, the loader's wording), or a broken
    ///   cross-field rule.
    func scenario(values: [Double], file: String) throws(ScenarioError) -> Scenario {
        precondition(values.count == parameters.count, "\(values.count) values for \(parameters.count) parameters")
        var literals: [String] = []
        literals.reserveCapacity(values.count)
        for (parameter, value) in zip(parameters, values) {
            switch parameter.leaf(for: value) {
            case .success(let leaf): literals.append(leaf.foundDescription)
            case .failure(let issue): throw ScenarioError(issue.problem, file: file, keyPath: parameter.keyPath.description, message: issue.message)
            }
        }
        var scenario = base
        let decoder = JSONDecoder()
        for section in sections {
            var text = section.segments[0]
            for (position, slot) in section.slots.enumerated() {
                text += literals[slot]
                text += section.segments[position + 1]
            }
            do {
                if section.key.isEmpty {
                    scenario = try decoder.decode(Scenario.self, from: Data(text.utf8))
                } else if try !scenario.decodeSection(section.key, from: Data(text.utf8), with: decoder) {
                    throw ScenarioError(.internalError, file: file, message: "internal error: no decoder for the section \(section.key)")
                }
            } catch {
                throw ScenarioError(.internalError, file: file, message: "internal error: the edited scenario does not decode: \(error)")
            }
        }
        if let issue = scenario.firstIssue(jobs: 1, memoryLimit: PhysicalMemory.bytes) {
            throw issue.error(at: nil, file: file, isDefault: false)
        }
        return scenario
    }
}
