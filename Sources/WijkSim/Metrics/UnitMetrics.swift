/// The unit metrics: one value per replicate and unit (neighbourhood, connector,
/// department), in `units.csv` and `units-summary.csv`.
///
/// **The one place a unit metric is declared.** The `metric` values of the unit files, the
/// layout of ``ReplicateResult/units`` and the table of `docs/ODD.md` §5.4 are all read
/// off this list (``UnitLayout``, ``MetricTable``). The counting rules are those of the
/// scalar metrics (ODD §5.1): request counts are counted requests (raised after the
/// warm-up), hours and decisions those of recorded weeks. Summed over the units of a type,
/// the counts and hours give the municipality's totals in `runs.csv` (tested). Within a
/// unit type, append a metric at the end.
extension MetricCatalog {
    /// Unit metric declarations: neighbourhoods, then connectors, then departments.
    static let unitDeclarations: [UnitMetricDeclaration] = [
        // MARK: Neighbourhoods
        UnitMetricDeclaration(.neighbourhood, "raised", .requests, """
            counted requests raised by the neighbourhood's residents (resident asks and call-ins aimed at them); \
            Σ over neighbourhoods = `raised_all`
            """) { Double($0.tally.hoodRaised[$1]) },
        UnitMetricDeclaration(.neighbourhood, "connected", .requests, """
            of these, closed `connected`; Σ over neighbourhoods = `connected_all`
            """) { Double($0.hoodCount($1, .connected)) },
        UnitMetricDeclaration(.neighbourhood, "declined", .requests, "of these, closed `declined`") {
            Double($0.hoodCount($1, .declined))
        },
        UnitMetricDeclaration(.neighbourhood, "stranded", .requests, "of these, closed `stranded`") {
            Double($0.hoodCount($1, .stranded))
        },
        UnitMetricDeclaration(.neighbourhood, "abandoned", .requests, "of these, closed `abandoned`") {
            Double($0.hoodCount($1, .abandoned))
        },
        UnitMetricDeclaration(.neighbourhood, "untouched", .requests, """
            of these, open at the end and never touched; Σ over neighbourhoods = `untouched_all`
            """) { Double($0.tally.hoodUntouched[$1]) },
        UnitMetricDeclaration(.neighbourhood, "connection_rate", .fraction, """
            `connected / raised` of the neighbourhood (as `connection_rate_all`); NaN if none raised
            """) { $0.ratio($0.hoodCount($1, .connected), $0.tally.hoodRaised[$1]) },
        UnitMetricDeclaration(.neighbourhood, "mean_trust", .trust, """
            mean trust of the neighbourhood's residents at the end (summed afresh over them, not a running sum)
            """) { $0.hoodMeanTrust[$1] },
        UnitMetricDeclaration(.neighbourhood, "trust_change", .trustDifference, """
            `mean_trust` at the end − the neighbourhood's mean trust at initialisation (week 0, before any warm-up)
            """) { $0.hoodMeanTrust[$1] - $0.hoodInitialTrust[$1] },
        UnitMetricDeclaration(.neighbourhood, "aware_share", .fraction, """
            share of the neighbourhood's residents aware of a connector at the end
            """) { $0.hoodAwareShare[$1] },

        // MARK: Connectors
        UnitMetricDeclaration(.connector, "hours_available", .hours, """
            `hoursPerWeek` in each recorded week the connector was in post; Σ over connectors = the \
            denominator of `connector_utilisation`
            """) { $0.tally.connectorHoursAvailable[$1] },
        UnitMetricDeclaration(.connector, "hours_used", .hours, """
            follow-up hours + intake hours worked + consult hours taken from the week, recorded weeks (as \
            `connector_utilisation`); Σ over connectors = its numerator
            """) { $0.tally.connectorHoursUsed[$1] },
        UnitMetricDeclaration(.connector, "utilisation", .fraction, "`hours_used / hours_available`; NaN if never in post") {
            $0.ratio($0.tally.connectorHoursUsed[$1], $0.tally.connectorHoursAvailable[$1])
        },
        UnitMetricDeclaration(.connector, "backlog_end", .requests, """
            open requests waiting in the connector's intake queues at the end (as `connector_backlog_end`, \
            which is the Σ over connectors)
            """) { Double($0.connectorBacklog[$1]) },
        UnitMetricDeclaration(.connector, "requests_handled", .requests, """
            counted requests whose intake the connector completed (settled, handed over, or passed on as \
            misrouted; call-ins included)
            """) { Double($0.tally.connectorIntakes[$1]) },
        UnitMetricDeclaration(.connector, "closed", .requests, """
            counted connector-route requests that are not call-ins, closed while with this connector (misrouted \
            ones left the route); Σ over connectors = the denominator of `connector_route_connection_rate`
            """) { Double($0.connectorTotal($0.tally.connectorClosed, $1)) },
        UnitMetricDeclaration(.connector, "connected", .requests, """
            of these, closed `connected`; Σ over connectors = the numerator of `connector_route_connection_rate`
            """) { Double($0.connectorTotal($0.tally.connectorConnected, $1)) },
        UnitMetricDeclaration(.connector, "success_{role}", .fraction, """
            `connected / closed` of the role's kind for this connector (the connector's share of \
            `{role}_success_towards_residents`); NaN if none closed
            """, axes: [.role]) { inputs, c, positions in
            let slot = c * 4 + positions[0]
            return inputs.ratio(inputs.tally.connectorConnected[slot], inputs.tally.connectorClosed[slot])
        },

        // MARK: Departments
        UnitMetricDeclaration(.department, "hours_available", .hours, """
            `hoursPerWeek` in each recorded week; Σ over departments = the denominator of `department_utilisation`
            """) { $0.tally.departmentHoursAvailable[$1] },
        UnitMetricDeclaration(.department, "hours_used", .hours, """
            hours worked on accepted tasks, recorded weeks; Σ over departments = the numerator of \
            `department_utilisation`
            """) { $0.tally.departmentHoursUsed[$1] },
        UnitMetricDeclaration(.department, "utilisation", .fraction, "`hours_used / hours_available`; NaN without hours") {
            $0.ratio($0.tally.departmentHoursUsed[$1], $0.tally.departmentHoursAvailable[$1])
        },
        UnitMetricDeclaration(.department, "handover_decisions", .events, """
            the department's decisions on connector-route requests in recorded weeks (one per department \
            decision, as `{role}_success_towards_civil_servants`)
            """) { Double($0.tally.departmentDecisions[$1]) },
        UnitMetricDeclaration(.department, "acceptance_rate", .fraction, """
            `acceptances / handover_decisions`: the share of connector hand-overs the department took up; NaN \
            if it decided none
            """) { $0.ratio($0.tally.departmentAcceptances[$1], $0.tally.departmentDecisions[$1]) },
        UnitMetricDeclaration(.department, "backlog_hours_end", .hours, """
            hours of accepted work queued at the department at the end (its queue; Σ over departments = \
            the weekly `department_backlog_hours` of the last week)
            """) { $0.departmentBacklogHours[$1] },
        UnitMetricDeclaration(.department, "awareness_end", .level, """
            the department's awareness of the connector's added value at the end (mean over departments = \
            `mean_department_awareness`)
            """) { $0.departmentAwareness[$1] },
    ]

    /// The unit metrics of each ``UnitType``, in declaration order (indexed by ``UnitType/position``).
    public static let unitColumns: [[UnitMetricColumn]] = UnitType.allCases.map { type in
        unitDeclarations.filter { $0.unitType == type }.flatMap(\.columns)
    }

    /// The unit metric names of `type`, in the order of ``ReplicateResult/units``.
    public static func unitMetricNames(_ type: UnitType) -> [String] { unitColumns[type.position].map(\.name) }

    /// The index of unit metric `name` of `type` in ``unitMetricNames(_:)``. Traps if there is none.
    public static func unitMetricIndex(_ type: UnitType, named name: String) -> Int {
        guard let index = unitColumns[type.position].firstIndex(where: { $0.name == name }) else {
            preconditionFailure("no \(type.rawValue) metric \(name)")
        }
        return index
    }

    /// Every unit metric for the replicate's final state, in ``UnitLayout`` order, for
    /// `unitCounts[type.position]` units of each type.
    static func unitValues(_ inputs: UnitMetricInputs, unitCounts: [Int]) -> [Double] {
        var values: [Double] = []
        values.reserveCapacity(zip(unitCounts, unitColumns).reduce(0) { $0 + $1.0 * $1.1.count })
        for type in UnitType.allCases {
            for unit in 0..<unitCounts[type.position] {
                for column in unitColumns[type.position] { values.append(column.value(inputs, unit)) }
            }
        }
        return values
    }
}
