/// Running counts of one replicate per neighbourhood, connector and department: the
/// unit-level companion of ``Tally``, with the same counting rules (request counts: counted
/// requests, raised after warm-up; hours and decisions: recorded weeks).
///
/// Every array is allocated once, when the world is made, and sized by the scenario's
/// units; updating a count is an index and an add, so the weekly step allocates nothing.
/// Layout: neighbourhood `h`, connector `c`, department `d` in scenario order; arrays by
/// outcome or kind are unit-major (`hoodOutcomes[h * 4 + outcome]`, `connectorClosed[c * 4 + kind]`).
///
/// Invariants (tests): Σ over neighbourhoods of each request count equals the matching
/// total of ``Tally`` (every counted request has exactly one neighbourhood); Σ over
/// connectors and departments of hours equals the totals of ``Tally``.
struct UnitTally {
    /// Counted requests raised, per neighbourhood of the raising resident.
    var hoodRaised: [Int]
    /// Counted requests closed, per neighbourhood × outcome (connected, declined, stranded, abandoned).
    var hoodOutcomes: [Int]
    /// Counted requests open and never touched, per neighbourhood.
    var hoodUntouched: [Int]
    /// Hours in post and hours used, per connector, recorded weeks (as ``Tally/connectorHoursAvailable``).
    var connectorHoursAvailable: [Double]
    var connectorHoursUsed: [Double]
    /// Counted requests whose intake the connector completed (misrouted ones and call-ins included).
    var connectorIntakes: [Int]
    /// Counted connector-route requests that are not call-ins, closed while with the connector,
    /// and of these connected: per connector × kind (as ``Tally/connectorRouteResolved``).
    var connectorClosed: [Int]
    var connectorConnected: [Int]
    /// Hours available and worked, per department, recorded weeks.
    var departmentHoursAvailable: [Double]
    var departmentHoursUsed: [Double]
    /// Decisions and acceptances on connector-route hand-overs, per department, recorded weeks.
    var departmentDecisions: [Int]
    var departmentAcceptances: [Int]

    /// Zero counts for `hoods` neighbourhoods, `connectors` connectors and `departments` departments.
    init(hoods: Int, connectors: Int, departments: Int) {
        hoodRaised = Array(repeating: 0, count: hoods)
        hoodOutcomes = Array(repeating: 0, count: hoods * 4)
        hoodUntouched = Array(repeating: 0, count: hoods)
        connectorHoursAvailable = Array(repeating: 0, count: connectors)
        connectorHoursUsed = Array(repeating: 0, count: connectors)
        connectorIntakes = Array(repeating: 0, count: connectors)
        connectorClosed = Array(repeating: 0, count: connectors * 4)
        connectorConnected = Array(repeating: 0, count: connectors * 4)
        departmentHoursAvailable = Array(repeating: 0, count: departments)
        departmentHoursUsed = Array(repeating: 0, count: departments)
        departmentDecisions = Array(repeating: 0, count: departments)
        departmentAcceptances = Array(repeating: 0, count: departments)
    }
}
