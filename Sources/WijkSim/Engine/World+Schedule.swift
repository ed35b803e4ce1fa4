/// docs/ODD.md §1.3 phase 1 (§3.4.1–3.4.5): scheduled changes — interventions, the transition
/// manager, turnover and vacancies, the council's year.
extension World {
    mutating func applyScheduledChanges() {
        effective = applyInterventions()
        if week > 0 && week % EngineConstants.weeksPerYear == 0 { startNewYear() }
        updateDepartmentAwareness()
        applyTurnover()
    }

    /// The week's effective parameters: the scenario's own values, changed by every
    /// intervention in ``interventionSchedule`` (by stage, then list order) — `apply` in a week
    /// it is active, `fade` otherwise — and then the derived weekly values (docs/ODD.md §3.4.1).
    /// Also moves the transition manager's influence and does the training, which live in the world.
    mutating func applyInterventions() -> EffectiveParameters {
        var e = EffectiveParameters(scenario: scenario)
        let schedule = interventionSchedule
        for intervention in schedule {
            if intervention.isActive(week: week) {
                intervention.apply(to: &e, in: &self)
            } else {
                intervention.fade(&e, in: &self)
            }
        }
        e.deriveWeeklyValues()
        return e
    }

    /// Awareness relaxes towards its target: initial value, raised by the transition
    /// manager's influence and by a running publicity campaign.
    private mutating func updateDepartmentAwareness() {
        let tm = scenario.interventions.transitionManager
        let relax = scenario.departmentBehaviour.awarenessRelaxation
        for d in departments.indices {
            var target = departments[d].baseAwareness
            target += departments[d].influence * tm.awarenessGain * (1 - target)
            target += effective.publicityGain * (1 - target)
            departments[d].awareness += relax * (target - departments[d].awareness)
            // Experience gains (World+Outcomes) add on top and relax back at the same speed.
            departments[d].awareness = min(1, max(0, departments[d].awareness))
        }
    }

    private mutating func startNewYear() {
        councilBudget = scenario.council.initiativeBudgetPerYear
        for c in connectors.indices { connectors[c].mandateBudget = scenario.interventions.connectorMandate.budgetPerYear }
    }

    /// Connectors leave with the weekly turnover probability; the post stays empty for the
    /// vacancy, the successor starts with weak ties, and residents partly forget [E:004 L1985].
    private mutating func applyTurnover() {
        for c in connectors.indices {
            if connectors[c].vacantUntil >= 0 && week >= connectors[c].vacantUntil {
                connectors[c].vacantUntil = -1
                for d in departments.indices { connectors[c].ties[d] = scenario.connectorTeam.successorTie }
            }
            let inPost = week >= connectors[c].startWeek && connectors[c].vacantUntil < 0
            guard inPost, rng.turnover.bernoulli(effective.turnoverPerWeek) else { continue }
            connectors[c].vacantUntil = week + max(1, effective.vacancyWeeks)
            forgetConnector(c)
        }
    }

    /// Aware residents of the connector's neighbourhoods forget it with `forgetOnTurnover`
    /// (``forget(neighbourhoods:share:)``).
    private mutating func forgetConnector(_ c: Int) {
        let share = scenario.residents.forgetOnTurnover
        guard share > 0 else { return }
        forget(neighbourhoods: connectors[c].neighbourhoods, share: share)
    }

    /// Whether connector `c` works this week.
    @inline(__always)
    func isInPost(_ c: Int) -> Bool {
        !effective.hasNoConnectors && week >= connectors[c].startWeek && connectors[c].vacantUntil < 0
    }
}
