@testable import WijkSim

/// Tree surgery for ``ScenarioMutator``: paths into a parsed JSON tree and the edits at them
/// (replace a node, add a member, set a key path), each returning a new tree.
extension ScenarioMutator {
    enum Step: CustomStringConvertible {
        case member(Int, String)
        case element(Int)
        var description: String {
            switch self {
            case .member(_, let key): "." + key.prefix(20)
            case .element(let index): "[\(index)]"
            }
        }
    }

    /// A path to a random node (the root possible), descending with probability 0.75 per level.
    static func randomPath(in tree: JSONValue, _ random: inout FuzzRandom, objectsOnly: Bool = false) -> [Step] {
        var path: [Step] = []
        var node = tree
        while random.chance(0.75) {
            var children: [(Step, JSONValue)] = []
            switch node {
            case .object(let members, _): children = members.enumerated().map { (.member($0, $1.key), $1.value) }
            case .array(let elements, _): children = elements.enumerated().map { (.element($0), $1) }
            default: break
            }
            if objectsOnly { children = children.filter { if case .object = $0.1 { true } else { false } } }
            guard !children.isEmpty else { break }
            let (step, child) = children[random.below(children.count)]
            path.append(step)
            node = child
        }
        return path
    }

    static func node(at path: ArraySlice<Step>, in tree: JSONValue) -> JSONValue {
        guard let step = path.first else { return tree }
        switch (step, tree) {
        case (.member(let index, _), .object(let members, _)): return node(at: path.dropFirst(), in: members[index].value)
        case (.element(let index), .array(let elements, _)): return node(at: path.dropFirst(), in: elements[index])
        default: return tree
        }
    }

    static func replacing(at path: ArraySlice<Step>, in tree: JSONValue, with value: JSONValue) -> JSONValue {
        guard let step = path.first else { return value }
        switch (step, tree) {
        case (.member(let index, _), .object(var members, let at)):
            members[index].value = replacing(at: path.dropFirst(), in: members[index].value, with: value)
            return .object(members, at)
        case (.element(let index), .array(var elements, let at)):
            elements[index] = replacing(at: path.dropFirst(), in: elements[index], with: value)
            return .array(elements, at)
        default:
            return tree
        }
    }

    static func adding(key: String, value: JSONValue, at path: ArraySlice<Step>, in tree: JSONValue) -> JSONValue {
        let target = node(at: path, in: tree)
        guard case .object(var members, let at) = target else { return tree }
        members.removeAll { $0.key == key }
        members.append(JSONMember(key: key, keyLocation: here, value: value))
        return replacing(at: path, in: tree, with: .object(members, at))
    }

    /// `tree` with the member at `keys` (objects made on the way) set to `value`.
    static func setting(_ keys: [String], in tree: JSONValue, to value: JSONValue) -> JSONValue {
        guard let key = keys.first else { return value }
        guard case .object(var members, let at) = tree else { return tree }
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = setting(Array(keys.dropFirst()), in: members[index].value, to: value)
        } else {
            members.append(JSONMember(key: key, keyLocation: here, value: setting(Array(keys.dropFirst()), in: .object([], here), to: value)))
        }
        return .object(members, at)
    }
}
