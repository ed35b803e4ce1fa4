/// Replacing one node of a tree, for editing a scenario by key path.
extension JSONValue {
    /// This tree with the node at `path` replaced by `value`; `nil` when `path` names no
    /// node (a missing key, an index past the end, or a step into a scalar).
    /// Costs O(depth · width of the objects and arrays on the way).
    func replacing(at path: ParameterPath, with value: JSONValue) -> JSONValue? {
        replacing(at: path.components[...], with: value)
    }

    private func replacing(at components: ArraySlice<ParameterPath.Component>, with value: JSONValue) -> JSONValue? {
        guard let first = components.first else { return value }
        let rest = components.dropFirst()
        switch (first, self) {
        case (.key(let key), .object(var members, let at)):
            guard let position = members.firstIndex(where: { $0.key == key }),
                  let child = members[position].value.replacing(at: rest, with: value) else { return nil }
            members[position].value = child
            return .object(members, at)
        case (.index(let index), .array(var elements, let at)):
            guard elements.indices.contains(index), let child = elements[index].replacing(at: rest, with: value) else { return nil }
            elements[index] = child
            return .array(elements, at)
        default:
            return nil
        }
    }
}
