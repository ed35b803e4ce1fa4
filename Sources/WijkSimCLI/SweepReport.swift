import Foundation
import WijkSim

/// What `wijksim sweep` and `wijksim merge` print about the ranking: per key metric,
/// the parameters in rank order with their estimate and interval, then one plain
/// sentence for each of the top parameters.
enum SweepReport {
    /// Parameters listed per metric.
    static let listed = 10
    /// Sentences per metric.
    static let sentences = 3

    /// The ranking as text.
    static func ranking(_ ranking: SensitivityRanking) -> String {
        var text = ""
        for group in ranking.groups {
            text += "\nSensitivity of \(group.metric) (\(group.design.rawValue), \(group.measure.rawValue), 95% intervals):\n"
            let width = group.entries.prefix(listed).map(\.result.parameter.count).max() ?? 0
            for entry in group.entries.prefix(listed) {
                let name = entry.result.parameter.padding(toLength: width, withPad: " ", startingAt: 0)
                let estimate = entry.result.headline
                let rank = entry.rank.map { String($0).leftPadded(3) } ?? "  -"
                var line = "  \(rank)  \(name)  "
                if let value = estimate.value {
                    line += number(value)
                    if let interval = estimate.interval { line += " (\(number(interval.low)) to \(number(interval.high)))" }
                    if estimate.isUndetectable { line += "  no detectable effect" }
                } else {
                    line += "n/a" + (estimate.notes.first.map { ": \($0)" } ?? "")
                }
                text += line + "\n"
            }
            if group.entries.count > listed { text += "  … \(group.entries.count - listed) more in sensitivity.csv\n" }
        }
        let lines = ranking.sentences(top: sentences)
        if !lines.isEmpty { text += "\n" + lines.map { "- \($0)\n" }.joined() }
        return text + "\n"
    }

    /// Three significant digits, with sign (`+0.874`, `−0.0123`, `+26.3`).
    static func number(_ value: Double) -> String {
        (value >= 0 ? "+" : "−") + String(format: "%.3g", abs(value))
    }

    /// `12.3 s` or `2 min 05 s`.
    static func seconds(_ value: Double) -> String {
        if value < 120 { return String(format: "%.1f s", value) }
        let whole = Int(value.rounded())
        return String(format: "%d min %02d s", whole / 60, whole % 60)
    }
}

extension String {
    /// The string right-aligned in `width` characters.
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
