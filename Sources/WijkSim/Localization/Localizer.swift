/// Texts and numbers in one ``Language``: looks up ``TextKey``s in ``Translations`` and
/// formats numbers the way that language writes them (`30.1%` / `30,1%`).
///
/// Numbers round half away from zero (``DecimalText/fixed(_:_:)``); negative numbers use
/// the minus sign U+2212; a number that is not finite prints as `NA`.
package struct Localizer: Sendable {
    /// The language.
    package var language: Language

    /// A localizer for `language`.
    package init(_ language: Language) { self.language = language }

    /// The text of `key`.
    package func callAsFunction(_ key: TextKey) -> String {
        Translations.text(key, language)
    }

    /// The text of `key` with `{1}`, `{2}`, … replaced by `arguments` in order.
    package func callAsFunction(_ key: TextKey, _ arguments: String...) -> String {
        var text = Translations.text(key, language)
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index + 1)}", with: argument)
        }
        return text
    }

    /// `value` with `digits` decimals, the language's decimal mark, `−` for negatives.
    package func number(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return "NA" }
        var text = DecimalText.fixed(value, digits)
        if text.hasPrefix("-") { text = "\u{2212}" + text.dropFirst() }
        return language == .dutch ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A fraction as a percentage: `0.301` → `30.1%` (`30,1%` in Dutch).
    package func percent(_ fraction: Double, _ digits: Int = 1) -> String {
        guard fraction.isFinite else { return "NA" }
        return number(fraction * 100, digits) + "%"
    }

    /// `value` with `+` or `−`; no sign when it rounds to zero; `NA` when not finite.
    package func signed(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return "NA" }
        let text = number(abs(value), digits)
        guard text.contains(where: { $0.isNumber && $0 != "0" }) else { return text }
        return (value < 0 ? "\u{2212}" : "+") + text
    }

    /// `value` with `digits` decimals and `,` or `.` as decimal mark (chart ticks).
    static func plain(_ value: Double, _ digits: Int, comma: Bool) -> String {
        Localizer(comma ? .dutch : .english).number(value, digits)
    }

    /// An integer count, without grouping: `1234`.
    package func integer(_ value: Int) -> String { String(value) }
}
