/// The policy interventions of docs/ODD.md §3.4.24; each is off by default and starts at `startWeek`.
///
/// The stored properties are the `interventions` object of a scenario file, in this order;
/// each one's type is an ``Intervention`` declared in its own file. ``types`` lists them in
/// the same order, and everything that goes over all interventions asks it.
public struct InterventionParameters: Codable, Sendable, Equatable {
    /// A transition manager (transitiemanager / idee-manager) [E:001 L600-604].
    public var transitionManager = TransitionManagerParameters()
    /// An internal publicity campaign about the connectors [E:001 L606-608].
    public var publicity = PublicityParameters()
    /// A documented role description along the four roles [E:001 L612].
    public var documentedRole = DocumentedRoleParameters()
    /// A formal process that gives cross-domain initiatives an owner [E:001 L612].
    public var initiativeProcess = InitiativeProcessParameters()
    /// Neighbourhood work moves to a portfolio arrangement [E:001 L616].
    public var portfolio = PortfolioChangeParameters()
    /// Connectors get their own department or cluster [E:001 L616].
    public var ownDepartment = OwnDepartmentParameters()
    /// Connectors get a budget and mandate for small requests [E:001 L478; E:004; E:002].
    public var connectorMandate = ConnectorMandateParameters()
    /// Small reports are triaged to an app (Maassluis' Fixi-app) [E:001 L362].
    public var appTriage = AppTriageParameters()
    /// Staff continuity: lower turnover, shorter vacancies [E:000; E:004].
    public var staffContinuity = StaffContinuityParameters()
    /// Training civil servants [E:000 §8].
    public var training = TrainingParameters()
    /// An integral table that decides cross-domain requests together [E:002; E:003 L1893].
    public var integralTable = IntegralTableParameters()
    /// Counterfactual: no connectors at all; every request takes the general channel [E:001 L145].
    public var noConnectors = NoConnectorsParameters()
    public init() {}
}

extension InterventionParameters {
    /// Every intervention, in the order of the stored properties (the JSON order, the order
    /// of the catalog and the docs). Adding an intervention: its file in `Interventions/`, its
    /// property above, one line here, its scenario file, its docs/ODD.md section, its test.
    static let types: [any Intervention.Type] = [
        TransitionManagerParameters.self,
        PublicityParameters.self,
        DocumentedRoleParameters.self,
        InitiativeProcessParameters.self,
        PortfolioChangeParameters.self,
        OwnDepartmentParameters.self,
        ConnectorMandateParameters.self,
        AppTriageParameters.self,
        StaffContinuityParameters.self,
        TrainingParameters.self,
        IntegralTableParameters.self,
        NoConnectorsParameters.self,
    ]

    /// The interventions of this scenario, in ``types`` order.
    var all: [any Intervention] { Self.types.map { $0.value(in: self) } }

    /// The interventions in the order the week applies them: by ``Intervention/stage``, and
    /// within a stage in ``types`` order.
    var inScheduleOrder: [any Intervention] {
        InterventionStage.allCases.flatMap { stage in
            Self.types.filter { $0.stage == stage }.map { $0.value(in: self) }
        }
    }
}
