/// The state of a request at the end of a replicate: exactly one per request.
///
/// `connected` is connection success. Conservation, checked every week:
/// raised = connected + declined + stranded + abandoned + untouched + inProgress.
public enum Outcome: Int, CaseIterable, Sendable {
    /// The resident got a result (answer, solution, realised initiative, resolved conflict).
    case connected = 0
    /// A clear, explained "no" reached the resident [E:003 L1199].
    case declined = 1
    /// Refused or lost without an owner; no answer given.
    case stranded = 2
    /// The resident gave up: patience ran out [E:003 L2023].
    case abandoned = 3
    /// Still open at the end and never picked up by anyone.
    case untouched = 4
    /// Still open at the end and being worked on.
    case inProgress = 5

    public static let count = 6

    /// snake_case name used in metric names.
    public var name: String {
        switch self {
        case .connected: "connected"
        case .declined: "declined"
        case .stranded: "stranded"
        case .abandoned: "abandoned"
        case .untouched: "untouched"
        case .inProgress: "in_progress"
        }
    }
}
