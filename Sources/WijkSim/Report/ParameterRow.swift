/// One line of the parameter listing (`wijksim params`): a concrete key path
/// of a scenario, its value there, its default, and the ``ParameterSpec`` that
/// describes it.
///
/// Array parameters are expanded per element: `departments[1].cooperation`.
/// A list of scalars (`sources`, `requests.departmentCountShares`,
/// `connectors[0].neighbourhoods`) is one row whose value is the whole list;
/// the spec's range then applies to each element.
package struct ParameterRow: Sendable, Equatable {
    /// Concrete key path in a scenario file, e.g. `barriers.siloPenalty`,
    /// `departments[1].cooperation`, `connectors[0].neighbourhoods`.
    package var keyPath: String
    /// The value as JSON text: `0.25`, `"Wijkzaken"`, `["Oost", "West"]`, `false`.
    package var value: String
    /// The default as JSON text: the value of ``Scenario/init()`` at this key path,
    /// or, inside an element of an object list (neighbourhoods, connectors,
    /// departments), the value of the element template (`DepartmentParameters()` …).
    package var defaultValue: String
    /// The spec of the parameter (its pattern, range, unit, meaning, evidence).
    package var spec: ParameterSpec

    /// Creates a row.
    package init(keyPath: String, value: String, defaultValue: String, spec: ParameterSpec) {
        self.keyPath = keyPath
        self.value = value
        self.defaultValue = defaultValue
        self.spec = spec
    }

    /// Whether the value differs from the default.
    package var isChanged: Bool { value != defaultValue }

    /// The section the row is listed under: `run`, `barriers`, …, one per
    /// intervention (`interventions.transitionManager`), and `""` for the
    /// top-level keys `name`, `description` and `sources`.
    package var section: String { Self.section(of: spec.keyPath) }

    /// The section of a catalog pattern (see ``section``).
    package static func section(of pattern: String) -> String {
        let parts = pattern.split(separator: ".").map { $0.hasSuffix("[]") ? $0.dropLast(2) : $0 }
        guard parts.count > 1 else { return "" }
        return parts[0] == "interventions" ? "interventions.\(parts[1])" : String(parts[0])
    }
}
