/// Constructors for an intervention's catalog rows: the same as ``ParameterCatalog``'s, with the
/// key path `interventions.<key>.<name>` built from the intervention's ``Intervention/key``.
extension Intervention {
    /// A real number in `[min, max]`.
    static func number(_ name: String, _ min: Double, _ max: Double, _ unit: String, _ meaning: String, _ evidence: String) -> ParameterSpec {
        ParameterCatalog.number(section + "." + name, min, max, unit, meaning, evidence)
    }

    /// A whole number in `min...max`.
    static func integer(_ name: String, _ min: Double, _ max: Double, _ unit: String, _ meaning: String, _ evidence: String) -> ParameterSpec {
        ParameterCatalog.integer(section + "." + name, min, max, unit, meaning, evidence)
    }

    /// One of `options`.
    static func choice(_ name: String, _ options: [String], _ meaning: String, _ evidence: String) -> ParameterSpec {
        ParameterCatalog.choice(section + "." + name, options, meaning, evidence)
    }

    /// The rows of `enabled` (a switch) and `startWeek` (0...5200, an assumption).
    static func switchAndStart(_ enabled: String, _ enabledEvidence: String, start: String) -> [ParameterSpec] {
        ParameterCatalog.switchAndStart(section, enabled, enabledEvidence, start)
    }
}
