@testable import WijkSim

extension Intervention {
    /// Sets `enabled` and `startWeek` of this intervention in `interventions`, whatever its type.
    static func set(in interventions: inout InterventionParameters, enabled: Bool, startWeek: Int) {
        interventions[keyPath: path].enabled = enabled
        interventions[keyPath: path].startWeek = startWeek
    }
}
