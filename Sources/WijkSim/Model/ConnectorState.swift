/// A connector (wijkverbinder) during a replicate: capacity, skills, queues, ties.
public struct ConnectorState {
    /// Hours per week when in post.
    public var hoursPerWeek: Double
    /// First week in post.
    public var startWeek: Int
    /// Home department id.
    public var homeDepartment: Int
    /// Success probability of each role (fixer, bridge builder, entrepreneur, mediator),
    /// each in [0, 1]; the role that handles a kind is ``skill(_:)``.
    public var skills: RoleValues
    /// Role emphasis weights in kind order, normalised to sum 1.
    public var emphasis: [Double]
    /// Kinds in order of decreasing emphasis (spill-over order).
    public var emphasisOrder: [Int]
    /// Escalation propensity at zero stigma.
    public var escalationPropensity: Double
    /// Tie to each department ∈ [0, 1].
    public var ties: [Double]
    /// Neighbourhood ids served.
    public var neighbourhoods: [Int]
    /// Intake queues, one per kind, of request ids (age order).
    public var queues: [FIFOQueue<Int32>]
    /// Week the vacancy ends, if the post is empty (-1 when filled).
    public var vacantUntil: Int
    /// Hours left this week.
    public var hoursLeft: Double
    /// Share of this week's follow-up the connector could do ∈ [0, 1].
    public var followUpCoverage: Double
    /// Requests this connector follows up at departments or the council this week.
    public var followUpLoad: Int
    /// Mandate budget left this year (euro).
    public var mandateBudget: Double

    /// Skill for the role that handles `kind`.
    @inlinable public func skill(_ kind: RequestKind) -> Double { skills[kind] }

    /// Open requests waiting in the intake queues (closed ones still queued are not counted).
    public var backlog: Int
}

/// A department (vakafdeling) during a replicate: capacity, attitude and work queues.
public struct DepartmentState {
    /// Hours per week for neighbourhood work.
    public var hoursPerWeek: Double
    /// Willingness to take up connector requests ∈ [0, 1].
    public var cooperation: Double
    /// Awareness of the connector's added value ∈ [0, 1] (dynamic).
    public var awareness: Double
    /// Initial awareness (the level it relaxes back to).
    public var baseAwareness: Double
    /// Rule flexibility ∈ [0, 1].
    public var ruleFlexibility: Double
    /// Base proactive contact rate ∈ [0, 1].
    public var proactiveContactRate: Double
    /// Plans per week.
    public var plansPerWeek: Double
    /// Transition manager influence ∈ [0, 1].
    public var influence: Double
    /// Influence kept after the transition manager leaves (embedded share), else 0.
    public var influenceFloor: Double
    /// Escalated tasks (served first).
    public var priorityQueue: FIFOQueue<DepartmentTask>
    /// Ordinary tasks.
    public var queue: FIFOQueue<DepartmentTask>
    /// Hours of queued work.
    public var backlogHours: Double
}

/// A piece of department work on one request.
public struct DepartmentTask: Sendable {
    /// Request id.
    public var request: Int32
    /// Hours of work left.
    public var hoursLeft: Float
}

/// A hand-over waiting for the departments to take it up.
public struct PendingDecision: Sendable {
    /// Request id.
    public var request: Int32
    /// Week the departments decide.
    public var dueWeek: Int32
}

/// An escalation on its way up (to a manager or alderman) [E:001 L492-494].
public struct PendingEscalation: Sendable {
    /// Request id.
    public var request: Int32
    /// Department escalated against.
    public var department: Int16
    /// Whether it follows a refusal (true) or a stall (false).
    public var afterRefusal: Bool
    /// Week it takes effect.
    public var dueWeek: Int32
    /// Whether it was attempted in a recorded week (after warm-up): only then does its
    /// success count in `escalations_successful`, so that successes never outnumber attempts.
    public var counted: Bool
}
