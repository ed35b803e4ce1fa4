/// A connector (wijkverbinder) during a replicate: capacity, skills, queues, ties.
package struct ConnectorState {
    /// Hours per week when in post.
    package var hoursPerWeek: Double
    /// First week in post.
    package var startWeek: Int
    /// Home department id.
    package var homeDepartment: Int
    /// Success probability of each role (fixer, bridge builder, entrepreneur, mediator),
    /// each in [0, 1]; the role that handles a kind is ``skill(_:)``.
    package var skills: RoleValues
    /// Role emphasis weights in kind order, normalised to sum 1.
    package var emphasis: [Double]
    /// Kinds in order of decreasing emphasis (spill-over order).
    package var emphasisOrder: [Int]
    /// Escalation propensity at zero stigma.
    package var escalationPropensity: Double
    /// Tie to each department ∈ [0, 1].
    package var ties: [Double]
    /// Neighbourhood ids served.
    package var neighbourhoods: [Int]
    /// Intake queues, one per kind, of request ids (age order).
    package var queues: [FIFOQueue<Int32>]
    /// Week the vacancy ends, if the post is empty (-1 when filled).
    package var vacantUntil: Int
    /// Hours left this week.
    package var hoursLeft: Double
    /// Share of this week's follow-up the connector could do ∈ [0, 1].
    package var followUpCoverage: Double
    /// Requests this connector follows up at departments or the council this week.
    package var followUpLoad: Int
    /// Mandate budget left this year (euro).
    package var mandateBudget: Double

    /// Skill for the role that handles `kind`.
    @inlinable package func skill(_ kind: RequestKind) -> Double { skills[kind] }

    /// Open requests waiting in the intake queues (closed ones still queued are not counted).
    package var backlog: Int
}

/// A department (vakafdeling) during a replicate: capacity, attitude and work queues.
package struct DepartmentState {
    /// Hours per week for neighbourhood work.
    package var hoursPerWeek: Double
    /// Willingness to take up connector requests ∈ [0, 1].
    package var cooperation: Double
    /// Awareness of the connector's added value ∈ [0, 1] (dynamic).
    package var awareness: Double
    /// Initial awareness (the level it relaxes back to).
    package var baseAwareness: Double
    /// Rule flexibility ∈ [0, 1].
    package var ruleFlexibility: Double
    /// Base proactive contact rate ∈ [0, 1].
    package var proactiveContactRate: Double
    /// Plans per week.
    package var plansPerWeek: Double
    /// Transition manager influence ∈ [0, 1].
    package var influence: Double
    /// Influence kept after the transition manager leaves (embedded share), else 0.
    package var influenceFloor: Double
    /// Escalated tasks (served first).
    package var priorityQueue: FIFOQueue<DepartmentTask>
    /// Ordinary tasks.
    package var queue: FIFOQueue<DepartmentTask>
    /// Hours of queued work.
    package var backlogHours: Double
    /// ``attitude(cooperation:awareness:extraWorkFraming:)`` at initialisation: the reference
    /// of the general channel's non-routine take-up (docs/ODD.md §3.4.14).
    package var startAttitude: Double

    /// The department's attitude towards neighbourhood work, in [0, 1]:
    /// `cooperation · (1 − extraWorkFraming · (1 − awareness))` — the factor that the connector
    /// route's acceptance applies in full and the general channel's non-routine take-up relative
    /// to its start value.
    @inlinable
    package static func attitude(cooperation: Double, awareness: Double, extraWorkFraming: Double) -> Double {
        cooperation * (1 - extraWorkFraming * (1 - awareness))
    }
}

/// A piece of department work on one request.
package struct DepartmentTask: Sendable {
    /// Request id.
    package var request: Int32
    /// Hours of work left.
    package var hoursLeft: Float
}

/// A hand-over waiting for the departments to take it up.
package struct PendingDecision: Sendable {
    /// Request id.
    package var request: Int32
    /// Week the departments decide.
    package var dueWeek: Int32
}

/// An escalation on its way up (to a manager or alderman) [E:001 L492-494].
package struct PendingEscalation: Sendable {
    /// Request id.
    package var request: Int32
    /// Department escalated against.
    package var department: Int16
    /// Whether it follows a refusal (true) or a stall (false).
    package var afterRefusal: Bool
    /// Week it takes effect.
    package var dueWeek: Int32
    /// Whether it was attempted in a recorded week (after warm-up): only then does its
    /// success count in `escalations_successful`, so that successes never outnumber attempts.
    package var counted: Bool
}
