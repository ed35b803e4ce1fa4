import Foundation

/// A scenario written out as compact JSON once, with a slot at every leaf of a fixed list of
/// parameters, so that many scenarios that differ only in those parameters (the points of a
/// sweep) cost one string join and one `JSONDecoder` pass each, instead of editing a tree.
///
/// The text for a set of values is byte for byte what ``ScenarioEditor`` writes for the same
/// assignments (same writer rules), so the decoded scenario is the same. Checks as
/// ``ScenarioEditor/scenario(setting:file:checksEveryLeaf:)`` with `checksEveryLeaf: false`:
/// each value against its spec, then the cross-field rules; exact for a base that was loaded
/// or validated.
struct ScenarioTemplate: Sendable {
    /// The parameters, in the order values are given.
    let parameters: [ResolvedParameter]
    /// Compact JSON between the slots; one more than `slots`.
    let segments: [String]
    /// For each slot, in text order, the index of its parameter.
    let slots: [Int]

    /// A template of `tree` with slots at the leaves of `parameters` (a later parameter wins
    /// a leaf two of them name).
    init(tree: JSONValue, parameters: [ResolvedParameter]) {
        var owner: [ParameterPath: Int] = [:]
        for (index, parameter) in parameters.enumerated() {
            for leaf in parameter.leaves { owner[leaf] = index }
        }
        var segments: [String] = []
        var slots: [Int] = []
        var current = ""
        Self.write(tree, path: .root, owner: owner, current: &current, segments: &segments, slots: &slots)
        segments.append(current)
        self.parameters = parameters
        self.segments = segments
        self.slots = slots
    }

    private static func write(_ value: JSONValue, path: ParameterPath, owner: [ParameterPath: Int],
                              current: inout String, segments: inout [String], slots: inout [Int]) {
        if let index = owner[path] {
            segments.append(current)
            current = ""
            slots.append(index)
            return
        }
        switch value {
        case .object(let members, _):
            current += "{"
            for (position, member) in members.enumerated() {
                if position > 0 { current += "," }
                current += JSONWriter.quoted(member.key) + ":"
                write(member.value, path: path.appending(member.key), owner: owner, current: &current, segments: &segments, slots: &slots)
            }
            current += "}"
        case .array(let elements, _):
            current += "["
            for (position, element) in elements.enumerated() {
                if position > 0 { current += "," }
                write(element, path: path.appending(index: position), owner: owner, current: &current, segments: &segments, slots: &slots)
            }
            current += "]"
        default:
            current += value.foundDescription
        }
    }

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
        var text = segments[0]
        text.reserveCapacity(segments.reduce(0) { $0 + $1.utf8.count } + 32 * slots.count)
        for (position, slot) in slots.enumerated() {
            text += literals[slot]
            text += segments[position + 1]
        }
        let scenario: Scenario
        do {
            scenario = try JSONDecoder().decode(Scenario.self, from: Data(text.utf8))
        } catch {
            throw ScenarioError(.internalError, file: file, message: "internal error: the edited scenario does not decode: \(error)")
        }
        if let issue = scenario.firstIssue(jobs: 1, memoryLimit: PhysicalMemory.bytes) {
            throw issue.error(at: nil, file: file, isDefault: false)
        }
        return scenario
    }
}
