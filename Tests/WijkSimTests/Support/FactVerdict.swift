@testable import WijkSim

/// The outcome of one stylised fact's check on one world (docs/ODD.md §9): whether the fact
/// holds there, and the figures the judgement rests on (for the failure message and the
/// ODD table). Each fact's `verdict` function is the single definition of "the fact holds";
/// a test runs it on the fact's world (expect true), on its negative control and on its
/// breaking parameter set (expect false), so the check itself is shown able to fail.
struct FactVerdict: CustomStringConvertible {
    var holds: Bool
    var figures: String
    var description: String { "\(holds ? "holds" : "does not hold"): \(figures)" }
}

/// The worlds every fact is checked on: the default scenario and a town preset with other
/// numbers (two neighbourhoods, four departments, app triage from week 0), so that a fact
/// that holds only by the baseline's numbers shows it.
enum FactWorld: String, CaseIterable, CustomStringConvertible {
    case baseline
    case maassluis

    var scenario: Scenario {
        switch self {
        case .baseline: return Scenario()
        case .maassluis:
            do {
                return try ScenarioLoader.load(path: ScenarioFilesTests.folder + "/maassluis.json")
            } catch {
                preconditionFailure("Scenarios/maassluis.json does not load: \(error)")
            }
        }
    }

    var description: String { rawValue }
}

extension Scenario {
    /// This scenario with `change` applied.
    func with(_ change: (inout Scenario) -> Void) -> Scenario {
        var s = self
        change(&s)
        return s
    }
}
