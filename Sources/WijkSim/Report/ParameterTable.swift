/// Every parameter of a scenario with its value, default, unit, range,
/// meaning and evidence: what `wijksim params` prints and `docs/PARAMETERS.md` holds.
///
/// Rows follow ``ParameterCatalog/all`` (declaration order). Each catalog
/// pattern is expanded against the scenario: `departments[].cooperation`
/// becomes `departments[0].cooperation`, `departments[1].cooperation`, … (one
/// row per element the scenario has), with the baseline's element at that index as
/// the default, or the element template (`DepartmentParameters()` …) past the
/// baseline's list. Values are written as JSON,
/// as in a scenario file, so a changed row can be copied into one.
package struct ParameterTable: Sendable {
    /// The scenario's `name`.
    package var scenarioName: String
    /// The file the scenario was loaded from, or `nil` for the defaults (``Scenario/init()``).
    package var scenarioFile: String?
    /// The rows, in catalog order.
    package var rows: [ParameterRow]

    /// The table of `scenario`.
    /// - Parameters:
    ///   - scenario: A complete scenario (loaded, or ``Scenario/init()``).
    ///   - file: The file it came from, for the heading; `nil` for the defaults.
    package init(scenario: Scenario, file: String? = nil) {
        let schema = ScenarioSchema.shared
        let tree = schema.tree(encoding: scenario)
        scenarioName = scenario.name
        scenarioFile = file
        rows = ParameterCatalog.all.flatMap { spec in
            Self.expand(spec: spec, parts: spec.keyPath.split(separator: ".").map(String.init)[...],
                        node: tree, defaultNode: schema.defaults, keyPath: "", pattern: "", schema: schema)
        }
    }

    /// The table of the defaults, ``Scenario/init()`` (identical to `Scenarios/baseline.json`).
    package static var defaults: ParameterTable { ParameterTable(scenario: Scenario()) }

    /// The sections in catalog order, each with its rows; a section whose list
    /// is empty in this scenario (no connectors, say) has no rows.
    package var sections: [(name: String, rows: [ParameterRow])] {
        Self.sectionNames.map { name in (name, rows.filter { $0.section == name }) }
    }

    /// Section names in catalog order: `""` (name, description, sources), `run`, …
    package static let sectionNames: [String] = {
        var names: [String] = []
        for spec in ParameterCatalog.all {
            let name = ParameterRow.section(of: spec.keyPath)
            if names.last != name, !names.contains(name) { names.append(name) }
        }
        return names
    }()

    /// A short description of a section, from the doc comments of ``Scenario``, or an
    /// intervention's ``Intervention/title``; `nil` when there is none.
    package static func title(ofSection name: String) -> String? {
        sectionTitles[name] ?? InterventionParameters.types.first { $0.section == name }?.title
    }

    /// The values in the JSON form the rows use: scalars as written by
    /// ``JSONWriter``, lists of scalars as `[a, b]`, `—` when absent.
    static func render(_ value: JSONValue?) -> String {
        guard let value else { return "—" }
        if let elements = value.elements, !elements.contains(where: \.isContainer) {
            return "[" + elements.map(\.foundDescription).joined(separator: ", ") + "]"
        }
        return JSONWriter.compact(value)
    }

    /// Rows for the catalog pattern whose remaining parts are `parts`, below `node`.
    private static func expand(spec: ParameterSpec, parts: ArraySlice<String>, node: JSONValue?, defaultNode: JSONValue?,
                               keyPath: String, pattern: String, schema: ScenarioSchema) -> [ParameterRow] {
        guard let part = parts.first else { return [] }
        let isList = part.hasSuffix("[]")
        let key = isList ? String(part.dropLast(2)) : part
        let childPath = keyPath.isEmpty ? key : keyPath + "." + key
        let childPattern = pattern.isEmpty ? key : pattern + "." + key
        let child = node?[key], defaultChild = defaultNode?[key]
        if parts.count == 1 {
            return [ParameterRow(keyPath: childPath, value: render(child), defaultValue: render(defaultChild), spec: spec)]
        }
        guard isList else {
            return expand(spec: spec, parts: parts.dropFirst(), node: child, defaultNode: defaultChild,
                          keyPath: childPath, pattern: childPattern, schema: schema)
        }
        // An element's default is the baseline's element at the same index (so the baseline's
        // own lists show no changes), or the element template beyond the baseline's list.
        let template = schema.elementTemplates[childPattern]
        let defaults = defaultChild?.elements ?? []
        return (child?.elements ?? []).enumerated().flatMap { index, element in
            expand(spec: spec, parts: parts.dropFirst(), node: element,
                   defaultNode: index < defaults.count ? defaults[index] : template,
                   keyPath: "\(childPath)[\(index)]", pattern: childPattern + "[]", schema: schema)
        }
    }

    private static let sectionTitles: [String: String] = [
        "": "Name, description and sources.",
        "run": "Run length, warm-up and batch defaults.",
        "municipality": "Neighbourhoods (wijken) and their populations.",
        "residents": "Resident behaviour.",
        "requests": "Request mix, effort and routing.",
        "connectors": "The connectors (wijkverbinders); their order fixes their ids.",
        "connectorTeam": "Rules shared by the whole connector team.",
        "departments": "The departments (vakafdelingen); their order fixes their ids.",
        "departmentBehaviour": "How departments decide, resist and learn (shared by all departments).",
        "council": "The council (college van B&W): decisions and escalations.",
        "barriers": "Organisational barriers, each in [0, 1] where 0 = absent.",
        "trust": "Resident trust dynamics.",
        "generalChannel": "The general channel (front office, website, app) for residents who do not know the connector.",
    ]
}
