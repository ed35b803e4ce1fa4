/// The weekly schedule (docs/ODD.md §1.3 Process overview and scheduling) and the whole run of a replicate.
extension World {
    /// Simulates every week and returns the replicate's metrics.
    mutating func run() -> ReplicateResult {
        while week < totalWeeks {
            step()
            week += 1
        }
        return finalMetrics()
    }

    /// One week, in the order of docs/ODD.md §1.3 (phases 1–9).
    mutating func step() {
        tally.weekRaised = 0
        tally.weekConnected = 0
        tally.weekResolved = 0
        tally.weekEscalations = 0
        tally.weekRouteConnected = 0
        tally.weekRouteResolved = 0
        applyScheduledChanges()        // 1. interventions, manager, turnover, year
        openConnectorWeek()
        raiseRequests()                // 2. residents raise requests
        startDepartmentContacts()      // 3. reverse flow: consults and call-ins
        runConnectors()                // 4. connectors work
        runDepartments()               // 5. departments decide and work
        runCouncil()                   // 6. council decisions and escalations
        reviewOpenRequests()           // 7. abandonment, follow-up, stalls
        runOutreach()                  // 8. awareness spreads (trust moved at each outcome)
        if checksInvariants { checkInvariants() }
        if week >= warmupWeeks { recordWeek() }   // 9. record
        compactIfWorthwhile()
    }
}
