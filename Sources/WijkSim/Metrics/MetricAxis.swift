import Foundation

/// One placeholder of a metric family's name and the labels it expands to, in column order.
///
/// `raised_{kind}` with ``kind`` is five columns, `raised_question` … `raised_all`; the
/// accessor of each column gets the label's position (0-based) in ``labels``.
public struct MetricAxis: Sendable, Equatable {
    /// The placeholder's name, written `{name}` in a family's pattern.
    public let placeholder: String
    /// The labels the placeholder takes, in column order; never empty, each unique.
    public let labels: [String]

    /// The four request kinds, then `all` (position ``allKinds``), which pools them.
    public static let kind = MetricAxis(placeholder: "kind", labels: RequestKind.allCases.map(\.name) + ["all"])
    /// The number of departments a request needed at closing: 0, 1, 2, 3 or more.
    public static let departments = MetricAxis(
        placeholder: "departments",
        labels: ["0_departments", "1_department", "2_departments", "3plus_departments"])
    /// The connector role of each request kind, in kind order.
    public static let role = MetricAxis(placeholder: "role", labels: RequestKind.allCases.map(\.roleName))
    /// The two directions of the role matrix: towards residents (0), towards civil servants (1).
    public static let direction = MetricAxis(placeholder: "direction", labels: ["towards_residents", "towards_civil_servants"])

    /// Position of `all` on ``kind``.
    public static let allKinds = RequestKind.count

    /// `{placeholder}`, as it appears in a pattern.
    public var token: String { "{\(placeholder)}" }
}

extension MetricAxis {
    /// The names and label positions a pattern expands to over `axes`, the first axis
    /// outermost (`{role}_success_{direction}` gives `fixer_success_towards_residents`,
    /// `fixer_success_towards_civil_servants`, …); `[(pattern, [])]` with no axes.
    ///
    /// Traps unless every axis's `{placeholder}` occurs exactly once in `pattern` and no
    /// other `{…}` does: a declaration with a typo in its name fails when it is made.
    static func expand(_ pattern: String, over axes: [MetricAxis]) -> [(name: String, positions: [Int])] {
        var leftover = pattern
        for axis in axes {
            precondition(pattern.components(separatedBy: axis.token).count == 2,
                         "metric \(pattern): \(axis.token) must occur exactly once")
            leftover = leftover.replacingOccurrences(of: axis.token, with: "")
        }
        precondition(!leftover.contains("{") && !leftover.contains("}"), "metric \(pattern): undeclared placeholder")
        var combinations: [(name: String, positions: [Int])] = [(pattern, [])]
        for axis in axes {
            combinations = combinations.flatMap { combination in
                axis.labels.indices.map { position in
                    (combination.name.replacingOccurrences(of: axis.token, with: axis.labels[position]),
                     combination.positions + [position])
                }
            }
        }
        return combinations
    }
}
