import Foundation

/// The description of one scenario parameter: where it sits in a scenario
/// file, what values it takes, its unit, meaning and evidence.
///
/// Specs are listed in ``ParameterCatalog``; the scenario loader checks every
/// value in a file against its spec, and `wijksim params` and the docs print them.
public struct ParameterSpec: Sendable, Equatable {
    /// How a string parameter is constrained.
    public enum StringRule: Sendable, Equatable {
        /// Any string, including empty.
        case any
        /// At least one character.
        case nonEmpty
        /// A file-safe name, one path component: 1 to 255 bytes of `A-Z a-z 0-9 . _ -`, not `.` or `..`.
        case name
        /// The name of a department in the same scenario (checked after loading).
        case departmentName
        /// The name of a neighbourhood in the same scenario (checked after loading).
        case neighbourhoodName
    }

    /// The values a parameter takes.
    public enum Kind: Sendable, Equatable {
        /// A real number in `[min, max]` (or `(min, max]` when `minExclusive`);
        /// `max` may be `.infinity`.
        case number(min: Double, max: Double, minExclusive: Bool = false)
        /// A whole number in `[min, max]`; bounds are exact integers (up to 2^63).
        case integer(min: Double, max: Double)
        /// `true` or `false`.
        case bool
        /// A string under a rule.
        case string(StringRule)
        /// One of the listed strings.
        case choice([String])
    }

    /// Key-path pattern in a scenario file, e.g. `barriers.siloPenalty`,
    /// `departments[].cooperation` (`[]` stands for any array index), `sources[]`.
    public var keyPath: String
    /// The values it takes.
    public var kind: Kind
    /// Unit, e.g. `probability`, `hours per week`, `weeks`.
    public var unit: String
    /// One-line meaning.
    public var meaning: String
    /// Evidence tag: `[E:nnn Lx]` source lines, `[X: …]` outside data, `[A]` assumption.
    public var evidence: String
    /// The interval a careful modeller would still defend for a number, with where it comes
    /// from; `nil` for switches, text, choices, and numbers that only set the run (weeks, seed).
    /// Calibration and uncertainty analysis draw from it; it lies within the allowed range.
    public var plausible: PlausibleRange?

    /// Creates a spec.
    public init(keyPath: String, kind: Kind, unit: String, meaning: String, evidence: String, plausible: PlausibleRange? = nil) {
        self.keyPath = keyPath
        self.kind = kind
        self.unit = unit
        self.meaning = meaning
        self.evidence = evidence
        self.plausible = plausible
    }

    /// This spec with a plausible range `[low, high]` and its source.
    public func plausible(_ low: Double, _ high: Double, _ source: String) -> ParameterSpec {
        var copy = self
        copy.plausible = PlausibleRange(low: low, high: high, source: source)
        return copy
    }

    /// The allowed values in short form: `[0, 1]`, `(0, ∞)`, `0...5200`,
    /// `true or false`, `non-empty`, `none | implicit | one | all`.
    public var rangeDescription: String {
        switch kind {
        case .number(let min, let max, let minExclusive):
            "\(minExclusive ? "(" : "[")\(Self.format(min)), \(max.isInfinite ? "∞)" : Self.format(max) + "]")"
        case .integer(let min, let max):
            "\(Self.formatInteger(min))...\(Self.formatInteger(max))"
        case .bool:
            "true or false"
        case .string(let rule):
            switch rule {
            case .any: "any text"
            case .nonEmpty: "non-empty"
            case .name: "letters, digits, '.', '_', '-'"
            case .departmentName: "an existing department"
            case .neighbourhoodName: "an existing neighbourhood"
            }
        case .choice(let options):
            options.joined(separator: " | ")
        }
    }

    /// The plausible range in the form of ``rangeDescription`` (`[0.2, 0.8]`), or `—` when there is none.
    public var plausibleDescription: String {
        guard let plausible else { return "—" }
        if case .integer = kind { return "\(Self.formatInteger(plausible.low))...\(Self.formatInteger(plausible.high))" }
        return "[\(Self.format(plausible.low)), \(Self.format(plausible.high))]"
    }

    /// What a valid value is, as an error message says it: `a number in [0, 1]`.
    public var expectation: String {
        switch kind {
        case .number(let min, let max, let minExclusive):
            if max.isInfinite { "a number \(minExclusive ? "greater than" : "of at least") \(Self.format(min))" }
            else { "a number in \(rangeDescription)" }
        case .integer(let min, let max):
            "an integer in [\(Self.formatInteger(min)), \(Self.formatInteger(max))]"
        case .bool:
            "true or false"
        case .string(let rule):
            switch rule {
            case .any, .departmentName, .neighbourhoodName: "a string"
            case .nonEmpty: "a non-empty string"
            case .name: "a name of letters, digits, '.', '_' or '-'"
            }
        case .choice(let options):
            "one of " + options.map { JSONWriter.quoted($0) }.joined(separator: ", ")
        }
    }

    /// The problem with `value` for this parameter, or `nil` when it is valid.
    func problem(with value: JSONValue) -> (ScenarioError.Problem, String)? {
        let complaint = "expected \(expectation), found \(value.messageDescription)"
        switch (kind, value) {
        case (.number(let min, let max, let minExclusive), .number(let number, _)):
            let aboveMin = minExclusive ? number.value > min : number.value >= min
            return aboveMin && number.value <= max ? nil : (.outOfRange, complaint)
        case (.integer(let min, let max), .number(let number, _)):
            guard number.value == number.value.rounded() else { return (.wrongType, complaint) }
            let inRange = number.value >= min && number.value <= max && Self.isExactlyWithin(number, min: min, max: max)
            return inRange ? nil : (.outOfRange, complaint)
        case (.bool, .bool):
            return nil
        case (.string(let rule), .string(let text, _)):
            switch rule {
            case .any, .departmentName, .neighbourhoodName: return nil
            case .nonEmpty: return text.isEmpty ? (.invalidValue, complaint) : nil
            case .name: return Self.nameProblem(text).map { (.invalidValue, $0) }
            }
        case (.choice(let options), .string(let text, _)):
            return options.contains(text) ? nil : (.invalidValue, complaint)
        default:
            return (.wrongType, complaint)
        }
    }

    /// Whether an integer literal that reads as a bound really is within it. A `Double` holds
    /// integers exactly only up to 2^53, so `9223372036854775809` reads as 2^63; at such a
    /// bound the literal's digits are compared instead. Other values pass (checked as `Double`).
    static func isExactlyWithin(_ number: JSONNumber, min: Double, max: Double) -> Bool {
        guard number.isIntegerLiteral, abs(number.value) >= 0x1p53 else { return true }
        if number.value == max, max >= 0, max < 0x1p64 {
            guard let exact = UInt64(number.literal) else { return false }
            return exact <= UInt64(max)
        }
        if number.value == min, min < 0, min >= -0x1p63 {
            guard let exact = Int64(number.literal) else { return false }
            return exact >= Int64(min)
        }
        return true
    }

    /// Longest name, in bytes: a name becomes one path component (`Results/<name>/`).
    public static let maximumNameBytes = 255

    /// What is wrong with `text` as a name (it must be able to be one path
    /// component: one to ``maximumNameBytes`` of `A-Z a-z 0-9 . _ -`, not `.` or `..`),
    /// or `nil` when it is a name.
    static func nameProblem(_ text: String) -> String? {
        let found = MessageText.quoted(text)
        guard isName(text) else { return "expected a name of letters, digits, '.', '_' or '-', found \(found)" }
        if text == "." || text == ".." {
            return "expected a name other than \".\" and \"..\" (it names the folder Results/<name>/), found \(found)"
        }
        if text.utf8.count > maximumNameBytes {
            return "expected a name of at most \(maximumNameBytes) bytes (it names the folder Results/<name>/), found one of \(text.utf8.count) bytes"
        }
        return nil
    }

    /// Whether `text` is one or more of `A-Z a-z 0-9 . _ -`.
    static func isName(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy {
            ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0)
                || $0 == "." || $0 == "_" || $0 == "-"
        }
    }

    /// A real bound as the docs write it: `0`, `0.45`, `80`, `1e9`.
    static func format(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e6 { return String(Int64(value)) }
        if value == value.rounded() && value > 0 {
            let exponent = Int(log10(value).rounded())
            if pow(10, Double(exponent)) == value { return "1e\(exponent)" }
        }
        return "\(value)"
    }

    /// An integer bound in full, or `2^k` for powers of two beyond 2^53.
    static func formatInteger(_ value: Double) -> String {
        if value >= 0x1p53 && value == pow(2, log2(value).rounded()) { return "2^\(Int(log2(value)))" }
        return value < 0 ? String(Int64(value)) : String(UInt64(value))
    }
}
