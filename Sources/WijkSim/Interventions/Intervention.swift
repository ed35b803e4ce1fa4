/// A policy intervention: a small change to the scenario with a start week, declared once.
///
/// Each intervention's parameter struct conforms, in its own file in `Interventions/`, and
/// says there everything about it: its JSON key under `interventions`, its catalog rows
/// (``parameterSpecs``, with plausible ranges), when it is in force (``isActive(week:)``),
/// what it changes in a week it is in force (``apply(to:in:)``), and what is left of it in
/// a week it is not (``fade(_:in:)``). ``InterventionParameters/types`` lists every type in
/// a fixed order; the week's schedule (`World+Schedule.swift`), the parameter catalog, the
/// documentation and the tests all ask that list.
///
/// The schedule starts every week from ``EffectiveParameters/init(scenario:)`` (the
/// scenario's own values), then visits the interventions by ``stage``, within a stage in
/// list order, calling `apply` or `fade`, and finally derives the weekly values
/// (``EffectiveParameters/deriveWeeklyValues()``). An intervention changes the effective
/// parameters by multiplying a factor onto a value or by setting a switch, so the numbers
/// are those of docs/ODD.md §3.4.1 in the same floating-point order.
///
/// Invariant: `apply` and `fade` draw no random numbers, and in a week an intervention is
/// switched off (`enabled == false`) neither changes anything.
protocol Intervention: Sendable {
    /// The key under `interventions` in a scenario file, e.g. `transitionManager`; it must
    /// equal the name of the stored property of ``InterventionParameters`` (a test checks).
    static var key: String { get }
    /// One-line description of the intervention, the title of its section in `wijksim params`
    /// and docs/PARAMETERS.md.
    static var title: String { get }
    /// Where the intervention sits in ``InterventionParameters``.
    static var path: WritableKeyPath<InterventionParameters, Self> { get }
    /// When in the week the schedule applies it (default ``InterventionStage/effects``).
    static var stage: InterventionStage { get }
    /// Its rows of ``ParameterCatalog``, key paths in full (`interventions.<key>.<name>`), in
    /// the order the struct declares its properties: `enabled`, `startWeek`, then the rest.
    /// Every number but a start or end week has a plausible range with its source.
    static var parameterSpecs: [ParameterSpec] { get }
    /// Names (without `.json`) of its files in `Scenarios/interventions/`; each switches it on
    /// and changes nothing else (ScenarioFilesTests). Default: the key in kebab case.
    static var scenarioNames: [String] { get }

    /// Whether the intervention is adopted at all. Unit: switch.
    var enabled: Bool { get set }
    /// First week it is in force. Unit: week (absolute, warm-up included).
    var startWeek: Int { get set }

    /// Whether it is in force in `week` (absolute): by default `enabled && week >= startWeek`.
    func isActive(week: Int) -> Bool
    /// What it changes in a week it is in force (``isActive(week:)``): effective parameters,
    /// and for some the state of the world (the manager's influence, training's departments).
    func apply(to effective: inout EffectiveParameters, in world: inout World)
    /// What is left of it in a week it is not in force — before its start, after it ends,
    /// or switched off. By default nothing: the effect stops at once.
    func fade(_ effective: inout EffectiveParameters, in world: inout World)
}

extension Intervention {
    static var stage: InterventionStage { .effects }

    static var scenarioNames: [String] { [kebabCase(key)] }

    func isActive(week: Int) -> Bool { enabled && week >= startWeek }

    func fade(_ effective: inout EffectiveParameters, in world: inout World) {}

    /// This intervention as it stands in `interventions`.
    static func value(in interventions: InterventionParameters) -> any Intervention {
        interventions[keyPath: path]
    }

    /// `interventions.<key>`, the prefix of its catalog rows and the name of its section.
    static var section: String { "interventions." + key }

    /// `transitionManager` → `transition-manager`.
    static func kebabCase(_ name: String) -> String {
        var result = ""
        for character in name {
            if character.isUppercase { result += "-" + character.lowercased() } else { result.append(character) }
        }
        return result
    }
}
