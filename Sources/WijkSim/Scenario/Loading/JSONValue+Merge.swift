/// Merging trees (for `extends` and defaults) and finding nodes by path.
extension JSONValue {
    /// The node at `path` and whether it was found exactly; when it was not,
    /// the deepest ancestor that exists (the root at worst).
    func nearestNode(at path: ParameterPath) -> (node: JSONValue, isExact: Bool) {
        var node = self
        for component in path.components {
            let next: JSONValue?
            switch component {
            case .key(let key): next = node[key]
            case .index(let index): next = node.elements.flatMap { $0.indices.contains(index) ? $0[index] : nil }
            }
            guard let next else { return (node, false) }
            node = next
        }
        return (node, true)
    }

    /// This value written over `base`: objects merge member by member (this
    /// side wins, recursively; `base`'s key order first, new keys after);
    /// anything else replaces `base`. The result keeps this value's locations.
    /// Linear in the number of members (keys are unique within an object).
    func merged(over base: JSONValue) -> JSONValue {
        guard case .object(let members, let at) = self, case .object(let baseMembers, _) = base else { return self }
        let index = Dictionary(members.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        var used = [Bool](repeating: false, count: members.count)
        var result: [JSONMember] = []
        result.reserveCapacity(baseMembers.count + members.count)
        for baseMember in baseMembers {
            if let position = index[baseMember.key] {
                let member = members[position]
                used[position] = true
                result.append(JSONMember(key: member.key, keyLocation: member.keyLocation, value: member.value.merged(over: baseMember.value)))
            } else {
                result.append(baseMember)
            }
        }
        for (position, member) in members.enumerated() where !used[position] {
            result.append(member)
        }
        return .object(result, at)
    }

    /// This object without the member `key`.
    func removingMember(_ key: String) -> JSONValue {
        guard case .object(let members, let at) = self else { return self }
        return .object(members.filter { $0.key != key }, at)
    }
}
