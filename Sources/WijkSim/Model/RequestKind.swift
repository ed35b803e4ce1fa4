/// What a resident asks for; each kind is handled by one connector role.
///
/// The mapping kind → role follows the thesis' role table [E:001 L552]:
/// question → fixer (fikser), signal → bridge builder (bruggenbouwer),
/// initiative → innovative entrepreneur (innovatieve ondernemer),
/// conflict → mediator (bemiddelaar).
public enum RequestKind: Int, CaseIterable, Sendable, Codable {
    case question = 0
    case signal = 1
    case initiative = 2
    case conflict = 3

    /// Number of kinds (for fixed-size per-kind arrays).
    public static let count = 4

    /// Lower-case name used in metric names and CSV columns.
    public var name: String {
        switch self {
        case .question: "question"
        case .signal: "signal"
        case .initiative: "initiative"
        case .conflict: "conflict"
        }
    }

    /// Name of the connector role that handles this kind.
    public var roleName: String {
        switch self {
        case .question: "fixer"
        case .signal: "bridge_builder"
        case .initiative: "entrepreneur"
        case .conflict: "mediator"
        }
    }
}
