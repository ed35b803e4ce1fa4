/// The language of a report and of the terminal summaries (`--lang en|nl`).
package enum Language: String, CaseIterable, Sendable {
    /// English (the default): `.` as decimal point.
    case english = "en"
    /// Dutch: decimal comma (`30,1%`), Dutch policy terms (wijkverbinder, vakafdeling).
    case dutch = "nl"

    /// The `--lang` values, for messages: `en or nl`.
    package static var flagValues: String { allCases.map(\.rawValue).joined(separator: " or ") }
}
