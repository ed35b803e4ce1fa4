/// How a request entered the municipality.
package enum Route: UInt8, Sendable {
    /// Resident → connector (the resident knows the connector).
    case connector = 0
    /// Resident → general channel (front office, website): no connector involved.
    case general = 1
    /// Resident → app triage of small reports (Fixi-app) [E:001 L362].
    case app = 2
}

/// Where a request is in its flow.
package enum Stage: UInt8, Sendable {
    /// Waiting in a connector's queue for intake (never worked on if `touched` is false).
    case atConnector = 0
    /// Handed over; departments decide and carry it out.
    case atDepartments = 1
    /// Waiting for an escalation to take effect.
    case escalating = 2
    /// Waiting for a college decision (initiatives that need budget or an exception).
    case atCouncil = 3
    /// Ended with an ``Outcome``.
    case closed = 4
}

/// One request (a question, signal, initiative or conflict) flowing through the model.
///
/// A plain value in the replicate's request array, addressed by its index.
/// Department sets are bit masks over department ids (at most 64 departments).
package struct Request: Sendable {
    /// The raising resident's record slot in ``ResidentPopulation`` (its id is
    /// `residents.id(ofSlot:)`).
    package var resident: Int32
    /// Week it was raised (absolute, including warm-up).
    package var raisedWeek: Int32
    /// Last week the resident waits; after it the request is abandoned.
    package var deadlineWeek: Int32
    /// Week the current department stage began (for stall detection).
    package var stageWeek: Int32
    /// Serving connector, or -1 (general channel / app).
    package var connector: Int16
    /// Resident's neighbourhood.
    package var neighbourhood: Int16
    /// The request kind.
    package var kind: RequestKind
    /// Entry route.
    package var route: Route
    /// Current stage.
    package var stage: Stage
    /// Whether anyone has worked on it yet.
    package var touched: Bool
    /// Whether it is a misrouted contact (not the connector's work).
    package var misrouted: Bool
    /// Whether it came from a department plan that met resistance (reverse flow).
    package var fromDepartment: Bool
    /// Whether the college must decide (initiatives).
    package var needsDecision: Bool
    /// Whether it touches liability (initiatives).
    package var liability: Bool
    /// Whether the departments decide together (owner or integral table).
    package var hasOwner: Bool
    /// Whether it counts in the metrics (raised after warm-up).
    package var counted: Bool
    /// Whether it has been escalated (a request is escalated at most once).
    package var escalated: Bool
    /// How it ended once `stage` is `.closed` (connected, declined, stranded or abandoned);
    /// `.inProgress` while open. Observation only: nothing in the model reads it (the
    /// stylised-fact tests group residents and requests by it). One byte, in padding.
    package var closedAs: Outcome = .inProgress
    /// Connector hours still needed for intake.
    package var connectorHoursLeft: Float
    /// Departments needed.
    package var needed: UInt64
    /// Departments that accepted (work queued or done).
    package var accepted: UInt64
    /// Departments whose work is done.
    package var done: UInt64
    /// Departments whose task sits in their priority queue (escalated).
    package var prioritised: UInt64
    /// Cost if it reaches the college (euro).
    package var cost: Float
    /// The request's own generator: every draw about its fate comes from here, so the
    /// same request meets the same random numbers in every scenario (common random numbers).
    package var rng: Xoshiro256StarStar

    /// Number of departments needed.
    @inlinable package var departmentCount: Int { needed.nonzeroBitCount }
}
