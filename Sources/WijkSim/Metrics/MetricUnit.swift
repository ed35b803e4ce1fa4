/// What a metric's number measures, as written in the unit column of `docs/ODD.md` §5.
///
/// Counts are whole numbers ≥ 0; fractions, trust and levels lie in [0, 1]; trust
/// differences in [−1, 1]. Tests derive range checks from the unit, so a new metric gets
/// them without naming itself anywhere else.
public enum MetricUnit: Sendable, Equatable, CaseIterable {
    /// A number of requests.
    case requests
    /// A number of events (hand-overs, contacts, escalations, decisions).
    case events
    /// A number of connector-weeks.
    case connectorWeeks
    /// A fraction in [0, 1]: a rate or a share.
    case fraction
    /// Whole weeks.
    case weeks
    /// Hours of work.
    case hours
    /// Resident trust, on its scale [0, 1].
    case trust
    /// A difference or change of trust, in [−1, 1].
    case trustDifference
    /// A level in [0, 1] (department awareness).
    case level

    /// The unit as written in the documentation's tables.
    public var label: String {
        switch self {
        case .requests: "requests"
        case .events: "events"
        case .connectorWeeks: "connector-weeks"
        case .fraction: "fraction [0, 1]"
        case .weeks: "weeks"
        case .hours: "hours"
        case .trust: "trust [0, 1]"
        case .trustDifference: "trust difference [−1, 1]"
        case .level: "level [0, 1]"
        }
    }

    /// Whether values are whole numbers ≥ 0.
    public var isCount: Bool {
        switch self {
        case .requests, .events, .connectorWeeks: true
        case .fraction, .weeks, .hours, .trust, .trustDifference, .level: false
        }
    }
}
