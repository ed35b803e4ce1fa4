/// MODEL.md §4 step 1: scheduled changes — interventions, the transition
/// manager, turnover and vacancies, the council's year.
extension World {
    /// Whether an intervention that is `enabled` from `startWeek` is in force this week.
    func isActive(_ enabled: Bool, from startWeek: Int) -> Bool { enabled && week >= startWeek }

    mutating func applyScheduledChanges() {
        let s = scenario, i = s.interventions
        var e = EffectiveParameters()
        e.hasNoConnectors = isActive(i.noConnectors.enabled, from: i.noConnectors.startWeek)
        e.portfolio = isActive(i.portfolio.enabled, from: i.portfolio.startWeek) ? i.portfolio.portfolio : s.council.portfolio
        let ownDepartment = isActive(i.ownDepartment.enabled, from: i.ownDepartment.startWeek)
        e.otherClusterPenalty = s.barriers.otherClusterPenalty * (ownDepartment ? 1 - i.ownDepartment.penaltyReduction : 1)
        let documented = isActive(i.documentedRole.enabled, from: i.documentedRole.startWeek)
        e.isEmbedded = documented || ownDepartment || e.portfolio == .one || e.portfolio == .all

        updateTransitionManager(embedded: e.isEmbedded, into: &e)
        let tm = i.transitionManager
        e.roleAmbiguity = s.barriers.roleAmbiguity * (documented ? 1 - i.documentedRole.ambiguityReduction : 1)
            * (1 - e.meanInfluence * tm.clarityGain)
        e.escalationStigma = s.barriers.escalationStigma * (1 - e.meanInfluence * tm.stigmaReduction)

        e.hasAppTriage = isActive(i.appTriage.enabled, from: i.appTriage.startWeek)
        e.misrouteProbability = s.requests.misrouteShare * e.roleAmbiguity
            * (e.hasAppTriage ? 1 - i.appTriage.misrouteReduction : 1)
        let process = isActive(i.initiativeProcess.enabled, from: i.initiativeProcess.startWeek)
        let managerProcess = tm.enabled && e.meanInfluence >= tm.processThreshold && (e.isManagerActive || e.isEmbedded)
        e.hasInitiativeProcess = process || managerProcess
        e.consultGain = e.hasInitiativeProcess ? i.initiativeProcess.consultGain : 0
        e.hasIntegralTable = isActive(i.integralTable.enabled, from: i.integralTable.startWeek)
        e.hasMandate = isActive(i.connectorMandate.enabled, from: i.connectorMandate.startWeek)

        let continuity = isActive(i.staffContinuity.enabled, from: i.staffContinuity.startWeek)
        let turnoverYear = s.barriers.staffTurnoverPerYear * (continuity ? 1 - i.staffContinuity.turnoverReduction : 1)
        e.turnoverPerWeek = turnoverYear >= 1 ? 1 : 1 - PortableMath.exp(PortableMath.log1p(-turnoverYear) / 52)
        e.vacancyWeeks = Int((Double(s.connectorTeam.vacancyWeeks)
            * (continuity ? 1 - i.staffContinuity.vacancyReduction : 1)).rounded())

        let campaign = i.publicity
        if campaign.enabled && week >= campaign.startWeek && week < campaign.startWeek + campaign.durationWeeks {
            let clarity = 1 - e.roleAmbiguity
            e.publicityGain = campaign.awarenessGain * (1 - campaign.roleDependence + campaign.roleDependence * clarity * clarity)
        }
        if i.training.enabled && week == i.training.startWeek { applyTraining() }
        if week > 0 && week % 52 == 0 { startNewYear() }
        effective = e
        updateDepartmentAwareness()
        applyTurnover()
    }

    /// The transition manager works on `departmentsPerWeek` departments in turn,
    /// raising their influence; after leaving, influence decays to the embedded floor.
    private mutating func updateTransitionManager(embedded: Bool, into e: inout EffectiveParameters) {
        let tm = scenario.interventions.transitionManager
        guard tm.enabled, !departments.isEmpty else { return }
        let inPost = week >= tm.startWeek && (tm.endWeek == 0 || week < tm.endWeek)
        e.isManagerActive = inPost
        if inPost {
            let visited = min(tm.departmentsPerWeek, departments.count)
            let perDepartment = tm.hoursPerWeek / 24 / Double(visited)
            for _ in 0..<visited {
                let d = managerCursor % departments.count
                let gain = min(1, tm.influenceRate * perDepartment)
                departments[d].influence += gain * (1 - departments[d].influence)
                managerCursor += 1
            }
        } else if week >= tm.startWeek {
            if !managerLeft {
                managerLeft = true
                for d in departments.indices {
                    departments[d].influenceFloor = embedded ? tm.retainedIfEmbedded * departments[d].influence : 0
                }
            }
            for d in departments.indices {
                departments[d].influence += tm.decayPerWeek * (departments[d].influenceFloor - departments[d].influence)
            }
        }
        e.meanInfluence = departments.reduce(0) { $0 + $1.influence } / Double(departments.count)
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

    private mutating func applyTraining() {
        let t = scenario.interventions.training
        for d in departments.indices {
            departments[d].cooperation += t.cooperationGain * (1 - departments[d].cooperation)
            departments[d].ruleFlexibility += t.flexibilityGain * (1 - departments[d].ruleFlexibility)
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

    /// Aware residents of the connector's neighbourhoods forget it with `forgetOnTurnover`.
    private mutating func forgetConnector(_ c: Int) {
        let share = scenario.residents.forgetOnTurnover
        guard share > 0 else { return }
        for hood in connectors[c].neighbourhoods {
            for i in Int(residents.start[hood])..<Int(residents.start[hood + 1]) where residents.isAware(i) {
                if rng.turnover.bernoulli(share) {
                    residents.flags[i] &= ~ResidentPopulation.awareBit
                    awareCount -= 1
                }
            }
        }
    }

    /// Whether connector `c` works this week.
    func isInPost(_ c: Int) -> Bool {
        !effective.hasNoConnectors && week >= connectors[c].startWeek && connectors[c].vacantUntil < 0
    }
}
