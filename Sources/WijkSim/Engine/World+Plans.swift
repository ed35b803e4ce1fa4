/// docs/ODD.md §1.3 phase 3 (§3.4.10 Reverse flow): departments start contact (the reverse flow).
///
/// Each department makes Poisson(plansPerYear / 52) plans a week, each in a random
/// neighbourhood. It consults the neighbourhood's connector with probability
/// min(1, proactive · awareness + consultGain), where proactive is raised by the
/// transition manager's influence. A plan made without a consult meets resistance
/// with `resistanceWithoutConsult`; a consult prevents a share `consultPreventsConflict`
/// of it. Resistance arrives at the connector as a conflict request
/// ("loop je achter de feiten aan" [E:001 L411]). A call-in is not raised when the drawn
/// resident already holds ``ResidentPopulation/openRequestLimit`` (127) open requests.
extension World {
    mutating func startDepartmentContacts() {
        let behaviour = scenario.departmentBehaviour
        let gainRate = scenario.interventions.transitionManager.proactiveGain
        let hoods = scenario.municipality.neighbourhoods.count
        let recorded = week >= warmupWeeks
        var planNumber = 0
        for d in departments.indices {
            let plans = rng.plans.poisson(mean: departments[d].plansPerWeek)
            for _ in 0..<plans {
                planNumber += 1
                let hood = rng.plans.uniformInt(below: hoods)
                let connector = pickConnector(neighbourhood: hood)
                let base = departments[d].proactiveContactRate
                let proactive = base + departments[d].influence * gainRate * (1 - base)
                let consultProbability = min(1, proactive * departments[d].awareness + effective.consultGain)
                let consulted = connector >= 0 && rng.plans.bernoulli(consultProbability)
                let resists = rng.plans.bernoulli(behaviour.resistanceWithoutConsult)
                if consulted {
                    // A consult takes the connector's time first; what does not fit is done unpaid.
                    let hours = min(connectors[connector].hoursLeft, scenario.connectorTeam.consultHours)
                    connectors[connector].hoursLeft -= hours
                    if recorded {
                        tally.contactsByDepartments += 1
                        tally.connectorHoursUsed += hours
                        unitTally.connectorHoursUsed[connector] += hours
                    }
                }
                guard resists else { continue }
                if consulted && rng.plans.bernoulli(behaviour.consultPreventsConflict) {
                    if recorded { tally.conflictsPrevented += 1 }
                    continue
                }
                let first = Int(residents.start[hood]), end = Int(residents.start[hood + 1])
                guard end > first else { continue }
                let resident = first + rng.plans.uniformInt(below: end - first)
                // The resident's open-request counter is full: the resistance finds no one to voice it.
                guard residents.openRequests(resident) < ResidentPopulation.openRequestLimit else { continue }
                if recorded {
                    tally.conflictsFromPlans += 1
                    if connector >= 0 { tally.contactsByDepartments += 1 }
                }
                raiseRequest(resident: resident, kind: .conflict, department: d, origin: 1 + planNumber)
            }
        }
    }
}
