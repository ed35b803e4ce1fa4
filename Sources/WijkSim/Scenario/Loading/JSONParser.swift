/// A JSON syntax error: where it is and what was expected there.
package struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Line, from 1.
    package var line: Int
    /// Column in Unicode scalars, from 1.
    package var column: Int
    /// What was expected, e.g. `expected ',' or '}' after object member`.
    package var message: String

    /// `line:column: message`.
    package var description: String { "\(line):\(column): \(message)" }
}

/// A strict RFC 8259 JSON parser that records the line and column of every node.
///
/// Rejects what JSON rejects (trailing commas, comments, leading zeros,
/// unescaped control characters, invalid UTF-8, lone surrogates) and, beyond
/// RFC 8259, duplicate keys in one object. A leading UTF-8 byte order mark is
/// skipped. Lines end at `\n`, `\r\n` or `\r`; columns count Unicode scalars.
package enum JSONParser {
    /// The deepest nesting of objects and arrays accepted.
    package static let maximumDepth = 512

    /// Parses UTF-8 bytes.
    /// - Parameters:
    ///   - bytes: The whole document.
    ///   - file: The file name stored in every node's ``SourceLocation``.
    /// - Returns: The top-level value.
    /// - Throws: ``JSONSyntaxError`` at the first problem.
    package static func parse(_ bytes: [UInt8], file: String) throws(JSONSyntaxError) -> JSONValue {
        var scanner = JSONScanner(bytes: bytes, file: file)
        return try scanner.parseDocument()
    }

    /// Parses a string.
    package static func parse(_ text: String, file: String) throws(JSONSyntaxError) -> JSONValue {
        try parse(Array(text.utf8), file: file)
    }
}

/// The parser's cursor: position, line bookkeeping and the grammar.
struct JSONScanner {
    let bytes: [UInt8]
    let file: String
    var position = 0
    var line = 1
    var lineStart = 0
    /// Column cache on the current line, so columns cost O(1) amortised.
    var cachedIndex = 0
    var cachedColumn = 1

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3; lineStart = 3; cachedIndex = 3 }
    }

    var isAtEnd: Bool { position >= bytes.count }
    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        let value = try parseValue(depth: 0, expected: "expected a value")
        skipWhitespace()
        if !isAtEnd { throw error("expected end of input after the top-level value") }
        return value
    }

    // MARK: Values

    mutating func parseValue(depth: Int, expected: String) throws(JSONSyntaxError) -> JSONValue {
        skipWhitespace()
        guard let byte = current else { throw error(expected) }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""):
            let at = location()
            return .string(try parseString(), at)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try parseNumber()
        case UInt8(ascii: "t"): return .bool(true, try parseLiteral("true"))
        case UInt8(ascii: "f"): return .bool(false, try parseLiteral("false"))
        case UInt8(ascii: "n"): return .null(try parseLiteral("null"))
        default: throw error(expected)
        }
    }

    mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        let at = location()
        if depth > JSONParser.maximumDepth { throw error("nesting deeper than \(JSONParser.maximumDepth) levels") }
        position += 1
        var members: [JSONMember] = []
        var seen: [String: SourceLocation] = [:]
        skipWhitespace()
        if current == UInt8(ascii: "}") { position += 1; return .object(members, at) }
        var expectedKey = "expected a string key or '}'"
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else { throw error(expectedKey) }
            let keyAt = location()
            let key = try parseString()
            if let first = seen[key] {
                throw JSONSyntaxError(line: keyAt.line, column: keyAt.column,
                                      message: "duplicate key \(MessageText.quoted(key)) in object (first at line \(first.line), column \(first.column))")
            }
            seen[key] = keyAt
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw error("expected ':' after object key") }
            position += 1
            let value = try parseValue(depth: depth, expected: "expected a value after ':'")
            members.append(JSONMember(key: key, keyLocation: keyAt, value: value))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): position += 1; expectedKey = "expected a string key after ','"
            case UInt8(ascii: "}"): position += 1; return .object(members, at)
            default: throw error("expected ',' or '}' after object member")
            }
        }
    }

    mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        let at = location()
        if depth > JSONParser.maximumDepth { throw error("nesting deeper than \(JSONParser.maximumDepth) levels") }
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") { position += 1; return .array(elements, at) }
        var expected = "expected a value or ']'"
        while true {
            elements.append(try parseValue(depth: depth, expected: expected))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): position += 1; expected = "expected a value after ','"
            case UInt8(ascii: "]"): position += 1; return .array(elements, at)
            default: throw error("expected ',' or ']' after array element")
            }
        }
    }

    mutating func parseLiteral(_ word: StaticString) throws(JSONSyntaxError) -> SourceLocation {
        let at = location()
        let count = word.utf8CodeUnitCount
        let matches = position + count <= bytes.count && word.withUTF8Buffer { buffer in
            buffer.indices.allSatisfy { bytes[position + $0] == buffer[$0] }
        }
        guard matches else { throw error("expected a value (did you mean '\(word)'?)") }
        position += count
        return at
    }

    mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
        let at = location()
        let start = position
        var isInteger = true
        if current == UInt8(ascii: "-") {
            position += 1
            guard isDigit(current) else { throw error("expected a digit after '-'") }
        }
        if current == UInt8(ascii: "0") {
            position += 1
            if isDigit(current) { throw JSONSyntaxError(line: at.line, column: at.column, message: "leading zeros are not allowed in numbers") }
        } else {
            while isDigit(current) { position += 1 }
        }
        if current == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            guard isDigit(current) else { throw error("expected a digit after '.'") }
            while isDigit(current) { position += 1 }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard isDigit(current) else { throw error("expected a digit in the exponent") }
            while isDigit(current) { position += 1 }
        }
        let literal = String(decoding: bytes[start..<position], as: UTF8.self)
        guard let value = Double(literal), value.isFinite else {
            throw JSONSyntaxError(line: at.line, column: at.column, message: "number \(MessageText.excerpt(literal)) is too large")
        }
        return .number(JSONNumber(value: value, isIntegerLiteral: isInteger, literal: literal), at)
    }

    func isDigit(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    // MARK: Whitespace and locations

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                position += 1
            case UInt8(ascii: "\n"):
                position += 1
                startLine()
            case UInt8(ascii: "\r"):
                position += 1
                if current == UInt8(ascii: "\n") { position += 1 }
                startLine()
            default:
                return
            }
        }
    }

    mutating func startLine() {
        line += 1
        lineStart = position
        cachedIndex = position
        cachedColumn = 1
    }

    /// The location of the current position.
    mutating func location() -> SourceLocation {
        if position < cachedIndex { cachedIndex = lineStart; cachedColumn = 1 }
        var index = cachedIndex
        var column = cachedColumn
        while index < position && index < bytes.count {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        cachedIndex = index
        cachedColumn = column
        return SourceLocation(file: file, line: line, column: column)
    }

    /// An error at the current position; notes the end of input.
    mutating func error(_ message: String) -> JSONSyntaxError {
        let at = location()
        return JSONSyntaxError(line: at.line, column: at.column, message: isAtEnd ? message + ", found end of input" : message)
    }
}
