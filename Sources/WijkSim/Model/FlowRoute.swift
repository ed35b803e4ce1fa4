/// The three flows a counted request belongs to, read at closing: the split the comparison's
/// decomposition (`comparison-decomposition.csv`) gives the change in connected requests by.
///
/// Every request is in exactly one flow, so connected requests summed over the flows are the
/// connected requests of the run (`connected_all`):
/// - ``connector``: a resident's own request whose *final* route is `connector` (served by a
///   wijkverbinder);
/// - ``general``: a resident's own request whose final route is `general` or `app` (the front
///   office, the website, app triage; misrouted requests forwarded by a connector included);
/// - ``reverse``: a call-in (`fromDepartment`), a conflict a department plan caused, on any
///   route (the reverse flow, docs/ODD.md §3.4.10).
public enum FlowRoute: Int, CaseIterable, Sendable {
    case connector = 0
    case general = 1
    case reverse = 2

    /// Number of flows (for fixed-size per-flow arrays).
    public static let count = 3

    /// The flow of `request`, by its current (at closing: final) route and origin.
    init(_ request: Request) {
        if request.fromDepartment {
            self = .reverse
        } else {
            self = request.route == .connector ? .connector : .general
        }
    }

    /// Lower-case name used in metric names and in `comparison-decomposition.csv`.
    public var name: String {
        switch self {
        case .connector: "connector"
        case .general: "general"
        case .reverse: "reverse"
        }
    }
}
