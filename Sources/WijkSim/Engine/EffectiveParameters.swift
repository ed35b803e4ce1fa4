/// Parameter values in force this week, after interventions and the transition
/// manager's influence. Recomputed at the start of every week (MODEL.md §4 step 1).
struct EffectiveParameters {
    /// Role ambiguity after a documented role and the transition manager.
    var roleAmbiguity = 0.0
    /// Probability a contact reaching a connector is misrouted.
    var misrouteProbability = 0.0
    /// Escalation stigma after the transition manager.
    var escalationStigma = 0.0
    /// Portfolio arrangement in force.
    var portfolio = Portfolio.none
    /// Other-cluster penalty after an own department.
    var otherClusterPenalty = 0.0
    /// Whether cross-domain initiatives get an owner (initiative process).
    var hasInitiativeProcess = false
    /// Added consult probability from the initiative process.
    var consultGain = 0.0
    /// Whether the integral table decides cross-domain requests.
    var hasIntegralTable = false
    /// Whether small signals go to the app.
    var hasAppTriage = false
    /// Whether connectors have a budget and mandate.
    var hasMandate = false
    /// Per-week probability a connector leaves.
    var turnoverPerWeek = 0.0
    /// Vacancy length in weeks.
    var vacancyWeeks = 0
    /// Whether connectors are removed (counterfactual).
    var hasNoConnectors = false
    /// Publicity raise of the awareness target this week (0 outside the campaign).
    var publicityGain = 0.0
    /// Mean transition-manager influence over departments.
    var meanInfluence = 0.0
    /// Whether the transition manager works this week.
    var isManagerActive = false
    /// Whether the role is embedded (documented role, own department, or portfolio one/all).
    var isEmbedded = false
}
