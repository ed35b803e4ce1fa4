/// The parameter tables of `docs/ODD.md` §4, generated from ``ParameterCatalog``.
///
/// One block per section of the catalog (``ParameterTable/sectionNames``), named
/// `parameters:<section>` (`parameters:top` for the top-level keys). Each table has one row
/// per catalog pattern (`departments[].cooperation`, not one per department) with the
/// default of ``Scenario/init()`` — inside a list of objects the value a new element gets —
/// unit, allowed range, plausible range, evidence and meaning. The prose around the tables
/// (where a parameter is used, the baseline's lists) stays hand-written.
extension ParameterTable {
    /// Every generated block of `docs/ODD.md` §4 with its contents.
    package static func oddSections() -> [(section: GeneratedSection, contents: String)] {
        let table = ParameterTable(scenario: templateScenario)
        return table.sections.map { name, rows in
            (GeneratedSection("parameters:\(name.isEmpty ? "top" : name)"), oddTable(rows))
        }
    }

    /// One row per pattern: the first row of each spec.
    static func oddTable(_ rows: [ParameterRow]) -> String {
        var lines = [
            "| key | default | unit | range | plausible | evidence | meaning |",
            "|---|---|---|---|---|---|---|",
        ]
        var previous: ParameterSpec?
        for row in rows where row.spec != previous {
            previous = row.spec
            let spec = row.spec
            let plausible = spec.plausible.map { escaped("\(spec.plausibleDescription): \($0.source)") } ?? "—"
            let cells = [code(spec.keyPath), code(row.value), escaped(spec.unit), escaped(spec.rangeDescription),
                         plausible, escaped(spec.evidence), escaped(spec.meaning)]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// ``Scenario/init()`` with each list of objects replaced by one element template, so the
    /// value column of a list's keys is the default a new element gets.
    static var templateScenario: Scenario {
        var scenario = Scenario()
        scenario.municipality.neighbourhoods = [NeighbourhoodParameters()]
        scenario.connectors = [ConnectorParameters()]
        scenario.departments = [DepartmentParameters()]
        return scenario
    }
}
