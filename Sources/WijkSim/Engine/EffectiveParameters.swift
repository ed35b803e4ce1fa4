/// Parameter values in force this week, after interventions and the transition
/// manager's influence. Recomputed at the start of every week (docs/ODD.md §3.4.1):
/// ``init(scenario:)`` sets the scenario's own values, each ``Intervention`` in force
/// changes some (``InterventionParameters/inScheduleOrder``), and
/// ``deriveWeeklyValues()`` computes the values that follow from them.
struct EffectiveParameters: Equatable {
    // MARK: Set from the scenario, changed by interventions

    /// Role ambiguity after a documented role and the transition manager. Unit: fraction.
    var roleAmbiguity = 0.0
    /// Escalation stigma after the transition manager. Unit: fraction.
    var escalationStigma = 0.0
    /// Portfolio arrangement in force.
    var portfolio = Portfolio.none
    /// Other-cluster penalty after an own department. Unit: fraction.
    var otherClusterPenalty = 0.0
    /// Share of contacts reaching a connector that are misrouted at full role ambiguity
    /// (`requests.misrouteShare`). Unit: fraction.
    var misrouteShare = 0.0
    /// Product of the interventions' factors on the misrouted share (app triage). Unit: factor.
    var misrouteFactor = 1.0
    /// Probability per year that a connector leaves, after staff continuity. Unit: probability per year.
    var turnoverPerYear = 0.0
    /// Vacancy length before rounding, after staff continuity. Unit: weeks.
    var vacancyLength = 0.0
    /// Whether an intervention in force anchors the role (documented role, own department).
    var anchorsRole = false

    // MARK: Switched on by interventions

    /// Whether cross-domain initiatives get an owner (initiative process, or installed by the manager).
    var hasInitiativeProcess = false
    /// Added consult probability from the initiative process. Unit: probability.
    var consultGain = 0.0
    /// Whether the integral table decides cross-domain requests.
    var hasIntegralTable = false
    /// Whether small signals go to the app.
    var hasAppTriage = false
    /// Whether connectors have a budget and mandate.
    var hasMandate = false
    /// Whether connectors are removed (counterfactual).
    var hasNoConnectors = false
    /// Publicity raise of the awareness target this week (0 outside the campaign). Unit: fraction.
    var publicityGain = 0.0
    /// Mean transition-manager influence over departments. Unit: fraction.
    var meanInfluence = 0.0
    /// Whether the transition manager works this week.
    var isManagerActive = false

    // MARK: Derived by deriveWeeklyValues()

    /// Probability a contact reaching a connector is misrouted.
    var misrouteProbability = 0.0
    /// Per-week probability a connector leaves.
    var turnoverPerWeek = 0.0
    /// Vacancy length in weeks.
    var vacancyWeeks = 0

    /// Whether the role is embedded (documented role, own department, or portfolio one/all),
    /// as it stands: the transition manager reads it after the organisation stage.
    var isEmbedded: Bool { anchorsRole || portfolio == .one || portfolio == .all }
}

extension EffectiveParameters {
    /// The scenario's own values, before any intervention.
    init(scenario s: Scenario) {
        roleAmbiguity = s.barriers.roleAmbiguity
        escalationStigma = s.barriers.escalationStigma
        portfolio = s.council.portfolio
        otherClusterPenalty = s.barriers.otherClusterPenalty
        misrouteShare = s.requests.misrouteShare
        turnoverPerYear = s.barriers.staffTurnoverPerYear
        vacancyLength = Double(s.connectorTeam.vacancyWeeks)
    }

    /// The values that follow from the others once every intervention is applied: the misroute
    /// probability from the role ambiguity, the weekly turnover from the yearly, whole vacancy weeks.
    mutating func deriveWeeklyValues() {
        misrouteProbability = misrouteShare * roleAmbiguity * misrouteFactor
        turnoverPerWeek = turnoverPerYear >= 1 ? 1 : 1 - PortableMath.exp(PortableMath.log1p(-turnoverPerYear) / Double(EngineConstants.weeksPerYear))
        vacancyWeeks = Int(vacancyLength.rounded())
    }
}
