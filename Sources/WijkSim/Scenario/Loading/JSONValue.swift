/// A position in a source file: the file as the user named it, a 1-based line
/// and a 1-based column counted in Unicode scalars.
package struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file path as shown to the user (relative stays relative).
    package var file: String
    /// Line, from 1.
    package var line: Int
    /// Column in Unicode scalars, from 1.
    package var column: Int

    /// Creates a location.
    package init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`.
    package var description: String { "\(file):\(line):\(column)" }
}

/// A JSON number as written: its value, whether it was an integer literal
/// (no fraction, no exponent) and the literal text itself (exact, so a large
/// integer such as a 64-bit seed loses nothing).
package struct JSONNumber: Sendable, Equatable {
    /// The value, rounded to the nearest `Double`.
    package var value: Double
    /// Whether the literal had neither a fraction nor an exponent (`12`, `-3`; not `12.0`, `1e3`).
    package var isIntegerLiteral: Bool
    /// The literal exactly as written in the source, valid JSON.
    package var literal: String

    /// Creates a number.
    package init(value: Double, isIntegerLiteral: Bool, literal: String) {
        self.value = value
        self.isIntegerLiteral = isIntegerLiteral
        self.literal = literal
    }
}

/// One member of a JSON object: a key, where the key was written, and the value.
package struct JSONMember: Sendable {
    /// The key.
    package var key: String
    /// Where the key's opening quote is.
    package var keyLocation: SourceLocation
    /// The value.
    package var value: JSONValue

    /// Creates a member.
    package init(key: String, keyLocation: SourceLocation, value: JSONValue) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}

/// A parsed JSON value in which every node remembers where it was written.
///
/// Objects keep their members in source order. Produced by ``JSONParser``;
/// the scenario loader merges and checks these trees before decoding.
package indirect enum JSONValue: Sendable {
    /// `{ … }`: members in source order, keys unique.
    case object([JSONMember], SourceLocation)
    /// `[ … ]`.
    case array([JSONValue], SourceLocation)
    /// A number literal.
    case number(JSONNumber, SourceLocation)
    /// A string, escapes resolved.
    case string(String, SourceLocation)
    /// `true` or `false`.
    case bool(Bool, SourceLocation)
    /// `null`.
    case null(SourceLocation)

    /// Where the value starts (the `{`, `[`, quote or first character).
    package var location: SourceLocation {
        switch self {
        case .object(_, let at), .array(_, let at), .number(_, let at),
             .string(_, let at), .bool(_, let at), .null(let at):
            at
        }
    }

    /// The members when this is an object, else `nil`.
    package var members: [JSONMember]? {
        if case .object(let members, _) = self { members } else { nil }
    }

    /// The elements when this is an array, else `nil`.
    package var elements: [JSONValue]? {
        if case .array(let elements, _) = self { elements } else { nil }
    }

    /// The member value for `key` when this is an object that has it.
    package subscript(key: String) -> JSONValue? {
        members?.first(where: { $0.key == key })?.value
    }

    /// Whether this is an object or an array.
    package var isContainer: Bool {
        switch self {
        case .object, .array: true
        default: false
        }
    }

    /// ``foundDescription`` as an error message shows it: number literals and
    /// strings longer than ``MessageText/maximumLength`` scalars are cut with `…`.
    var messageDescription: String {
        switch self {
        case .number(let number, _): MessageText.excerpt(number.literal)
        case .string(let text, _): MessageText.quoted(text)
        default: foundDescription
        }
    }

    /// What the value is: `an object`, `an array`, or the value itself for
    /// scalars (`1.5` as written, `"Parks"` quoted, `true`, `null`), in full.
    package var foundDescription: String {
        switch self {
        case .object: "an object"
        case .array: "an array"
        case .number(let number, _): number.literal
        case .string(let text, _): JSONWriter.quoted(text)
        case .bool(let flag, _): flag ? "true" : "false"
        case .null: "null"
        }
    }
}
