/// A complete, resolved scenario: every parameter of the model with its value.
///
/// Scenario files (JSON) may leave out any key: ``ScenarioLoader`` merges the
/// file over ``Scenario/init()`` (and array elements over their element
/// templates) before decoding, so a decoded `Scenario` is always complete.
/// The defaults below describe `Scenarios/baseline.json`: a mid-sized Dutch
/// municipality like the three towns studied in [E:001 §2].
///
/// Documentation convention for every stored parameter (read by
/// ``ParameterCatalog`` and `docs/ODD.md`): meaning, then `Unit:`, `Range:`,
/// and the evidence tag — `[E:nnn Lx]` source, `[X]` outside data, `[A]` assumption.
public struct Scenario: Codable, Sendable, Equatable {
    /// Short name; results go to `Results/<name>/`. Unit: text. Range: letters, digits, `-`, `_`, `.`, 1 to 255 of them, not `.` or `..`. [A]
    public var name: String = "baseline"
    /// What the scenario models and why. Unit: text. [A]
    public var description: String = "A mid-sized Dutch municipality like Katwijk, Leidschendam-Voorburg and Maassluis: four neighbourhoods, three connectors, six departments, no interventions."
    /// Where the figures come from (evidence lines). Unit: text. [A]
    public var sources: [String] = ["MODEL.md defaults; figures for mid-sized towns from evidence/001.md §2 (Table 1, L280-287)", "residents.requestsPerYear 0.076 [C]: conditional calibration to patterns P1, P3-P15 with every other parameter at the presets' values (Scenarios/calibration/requests-per-year.json, docs/CALIBRATION.md §8); it was 0.06 [A]."]
    /// Run length, warm-up and batch defaults.
    public var run = RunSettings()
    /// Neighbourhoods (wijken) and their populations.
    public var municipality = MunicipalityParameters()
    /// Resident behaviour.
    public var residents = ResidentParameters()
    /// Request mix, effort and routing.
    public var requests = RequestParameters()
    /// The connectors (wijkverbinders); order fixes their ids.
    public var connectors: [ConnectorParameters] = ConnectorParameters.baselineTeam
    /// Connector team rules shared by all connectors.
    public var connectorTeam = ConnectorTeamParameters()
    /// The departments (vakafdelingen); order fixes their ids.
    public var departments: [DepartmentParameters] = DepartmentParameters.baselineDepartments
    /// How departments respond and learn.
    public var departmentBehaviour = DepartmentBehaviourParameters()
    /// The council (college van B&W): decisions and escalations.
    public var council = CouncilParameters()
    /// Organisational barriers, each in [0, 1] where 0 = absent.
    public var barriers = BarrierParameters()
    /// Resident trust dynamics.
    public var trust = TrustParameters()
    /// The general channel (front office, website, app) for residents who do not know the connector.
    public var generalChannel = GeneralChannelParameters()
    /// Policy interventions, each off by default, with a start week.
    public var interventions = InterventionParameters()

    /// The baseline scenario.
    public init() {}
}
