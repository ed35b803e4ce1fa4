import Foundation

/// Sets parameters of one scenario by key path, through its JSON tree, with the scenario
/// loader's checks: each new value against its ``ParameterSpec``, then the whole scenario
/// against the catalog and the cross-field rules (``Scenario/validate(file:)``).
///
/// The base tree is encoded once; each edit replaces leaves, writes the tree and decodes it
/// whole. Many scenarios from one base with the same parameters go faster through
/// ``ScenarioTemplate`` (see `docs/SWEEPS.md` for measured costs).
struct ScenarioEditor: Sendable {
    /// The scenario edited.
    let base: Scenario
    /// `base` as a tree, keys in declaration order.
    let tree: JSONValue

    /// An editor for `base`.
    init(_ base: Scenario) {
        self.base = base
        tree = ScenarioSchema.shared.tree(encoding: base)
    }

    // MARK: Resolving

    /// The parameter `text` names in this scenario.
    /// - Parameters:
    ///   - text: A key path such as `departments[2].hoursPerWeek` or `connectors[*].hoursPerWeek`.
    ///   - file: Named in errors.
    /// - Throws: ``ScenarioError`` with `keyPath` = `text`: not a key path (invalid value),
    ///   no such parameter (unknown key, with the nearest valid key path), a group rather
    ///   than one parameter or a text or choice parameter (wrong type), an index past the
    ///   end of its list (out of range, naming the count).
    func resolve(_ text: String, file: String) throws(ScenarioError) -> ResolvedParameter {
        let shown = MessageText.excerpt(text)
        func failure(_ problem: ScenarioError.Problem, _ message: String) -> ScenarioError {
            ScenarioError(problem, file: file, keyPath: shown, message: message)
        }
        guard let keyPath = ParameterKeyPath(parsing: text) else {
            throw failure(.invalidValue, "not a key path; expected keys joined by '.', each list followed by [index] or [*], "
                          + "such as barriers.siloPenalty, departments[2].hoursPerWeek or connectors[*].hoursPerWeek")
        }
        let pattern = keyPath.pattern
        guard let spec = ParameterCatalog.byKeyPath[pattern] else {
            let inside = ParameterCatalog.all.map(\.keyPath).filter { $0.hasPrefix(pattern + ".") || $0.hasPrefix(pattern + "[]") }
            if inside == [pattern + "[]"] {
                let element = keyPath.filling(pattern + "[]")
                throw failure(.wrongType, "expected one parameter, found a list; name an element (\(element.dropLast(3))[0]) or all of them (\(element))")
            }
            if !inside.isEmpty {
                let names = inside.prefix(3).map(keyPath.filling) + (inside.count > 3 ? ["…"] : [])
                throw failure(.wrongType, "expected one parameter, found a group of \(inside.count): \(names.joined(separator: ", "))")
            }
            let suggestion = KeySuggestion.nearest(to: pattern, among: ParameterCatalog.all.map(\.keyPath)).map(keyPath.filling)
            throw failure(.unknownKey, "unknown parameter" + (suggestion.map { "; did you mean '\($0)'?" } ?? "; wijksim params lists them all"))
        }
        switch spec.kind {
        case .number, .integer, .bool: break
        case .string: throw failure(.wrongType, "expected a number, an integer or a switch, found a parameter that takes text")
        case .choice: throw failure(.wrongType, "expected a number, an integer or a switch, found a parameter that takes \(spec.expectation)")
        }
        var leaves: [ParameterPath] = []
        try expand(keyPath.components[...], node: tree, path: .root, into: &leaves, fail: failure)
        return ResolvedParameter(keyPath: keyPath, spec: spec, leaves: leaves)
    }

    /// Appends the leaves under `node` that `components` name; `[*]` takes every element.
    private func expand(_ components: ArraySlice<ParameterKeyPath.Component>, node: JSONValue, path: ParameterPath,
                        into leaves: inout [ParameterPath],
                        fail: (ScenarioError.Problem, String) -> ScenarioError) throws(ScenarioError) {
        guard let first = components.first else {
            leaves.append(path)
            return
        }
        let rest = components.dropFirst()
        switch first {
        case .key(let key):
            guard let child = node[key] else { throw fail(.internalError, "internal error: the catalog's \(path.appending(key).pattern) is not in the scenario tree") }
            try expand(rest, node: child, path: path.appending(key), into: &leaves, fail: fail)
        case .index(let index):
            let elements = node.elements ?? []
            guard elements.indices.contains(index) else {
                let count = elements.count
                throw fail(.outOfRange, count == 0
                    ? "expected an index into \(path), found \(index), but \(path) is empty"
                    : "expected an index in 0...\(count - 1) (\(path) has \(count) \(count == 1 ? "element" : "elements")), found \(index)")
            }
            try expand(rest, node: elements[index], path: path.appending(index: index), into: &leaves, fail: fail)
        case .allIndices:
            let elements = node.elements ?? []
            guard !elements.isEmpty else { throw fail(.outOfRange, "expected at least one element in \(path) for [*], found none") }
            for (index, element) in elements.enumerated() {
                try expand(rest, node: element, path: path.appending(index: index), into: &leaves, fail: fail)
            }
        }
    }

    // MARK: Reading

    /// The values of the parameter's leaves in the base: numbers as they are, switches as
    /// 1 (true) or 0 (false).
    func values(of parameter: ResolvedParameter) -> [Double] {
        parameter.leaves.compactMap { leaf in
            switch tree.nearestNode(at: leaf).node {
            case .number(let number, _): number.value
            case .bool(let flag, _): flag ? 1 : 0
            default: nil
            }
        }
    }

    // MARK: Editing

    /// The base with each assignment's leaves set to its value, checked like a loaded file.
    /// Later assignments to the same leaf win.
    /// - Parameters:
    ///   - assignments: Parameters from ``resolve(_:file:)`` and their new values.
    ///   - file: Named in errors.
    ///   - checksEveryLeaf: Whether to check every leaf against the catalog, not only the
    ///     new values; `false` is exact only for a base that passed ``Scenario/validate(file:)``
    ///     or came from ``ScenarioLoader`` (it saves about half the cost).
    /// - Throws: ``ScenarioError`` without line or column: a value outside its parameter's
    ///   allowed range (keyPath = the assignment's key path, the loader's wording), or the
    ///   edited scenario breaking a catalog or cross-field rule (keyPath = where).
    func scenario(setting assignments: [(parameter: ResolvedParameter, value: Double)], file: String,
                  checksEveryLeaf: Bool = true) throws(ScenarioError) -> Scenario {
        var edited = tree
        for (parameter, value) in assignments {
            let leaf: JSONValue
            switch parameter.leaf(for: value) {
            case .success(let value): leaf = value
            case .failure(let issue): throw ScenarioError(issue.problem, file: file, keyPath: parameter.keyPath.description, message: issue.message)
            }
            for path in parameter.leaves {
                guard let replaced = edited.replacing(at: path, with: leaf) else {
                    throw ScenarioError(.internalError, file: file, keyPath: path.description, message: "internal error: no such leaf in the scenario tree")
                }
                edited = replaced
            }
        }
        if checksEveryLeaf {
            do throws(ScenarioError) {
                try ScenarioSchema.shared.check(edited, file: file)
            } catch {
                throw ScenarioError(error.problem, file: file, keyPath: error.keyPath, message: error.message)
            }
        }
        let scenario: Scenario
        do {
            scenario = try JSONDecoder().decode(Scenario.self, from: Data(JSONWriter.compact(edited).utf8))
        } catch {
            throw ScenarioError(.internalError, file: file, message: "internal error: the edited scenario does not decode: \(error)")
        }
        if let issue = scenario.firstIssue(jobs: 1, memoryLimit: PhysicalMemory.bytes) {
            throw issue.error(at: nil, file: file, isDefault: false)
        }
        return scenario
    }
}
