/// String literals: escapes, `\u` surrogate pairs and UTF-8 validation.
extension JSONScanner {
    /// Parses a string whose opening quote is at the current position.
    mutating func parseString() throws(JSONSyntaxError) -> String {
        position += 1
        var start = position
        var buffer: [UInt8] = []
        var hasEscapes = false
        while true {
            // Fast path: plain printable ASCII.
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { break }
                position += 1
            }
            guard let byte = current else { throw error("expected '\"' to close the string") }
            switch byte {
            case UInt8(ascii: "\""):
                let text: String
                if hasEscapes {
                    buffer.append(contentsOf: bytes[start..<position])
                    text = String(decoding: buffer, as: UTF8.self)
                } else {
                    text = String(decoding: bytes[start..<position], as: UTF8.self)
                }
                position += 1
                return text
            case UInt8(ascii: "\\"):
                hasEscapes = true
                buffer.append(contentsOf: bytes[start..<position])
                try parseEscape(into: &buffer)
                start = position
            case 0x0A, 0x0D:
                throw error("expected '\"' before the end of the line")
            case ..<0x20:
                let hex = String(byte, radix: 16, uppercase: true)
                throw error("control character U+\(String(repeating: "0", count: 4 - hex.count))\(hex) in string; write it as an escape")
            default:
                try skipUTF8Sequence()
            }
        }
    }

    /// Appends the bytes of the escape at the current backslash.
    mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONSyntaxError) {
        position += 1
        guard let byte = current else { throw error("expected an escape character after '\\'") }
        let simple: UInt8? = switch byte {
        case UInt8(ascii: "\""): UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): UInt8(ascii: "\\")
        case UInt8(ascii: "/"): UInt8(ascii: "/")
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
        if let simple {
            buffer.append(simple)
            position += 1
            return
        }
        guard byte == UInt8(ascii: "u") else {
            position -= 1
            let shown = byte < 0x80 && byte >= 0x20 ? String(UnicodeScalar(byte)) : "?"
            throw error("invalid escape '\\\(shown)' in string; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u")
        }
        let escapeStart = position - 1
        position += 1
        var scalar = try parseHex4()
        if (0xD800...0xDBFF).contains(scalar) {
            guard current == UInt8(ascii: "\\"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "u") else {
                throw unpairedSurrogate(at: escapeStart)
            }
            position += 2
            let low = try parseHex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw unpairedSurrogate(at: escapeStart) }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(scalar) {
            throw unpairedSurrogate(at: escapeStart)
        }
        // Every value left is a valid scalar.
        UTF8.encode(UnicodeScalar(scalar)!) { buffer.append($0) }
    }

    mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = hexValue(byte) else {
                throw error("expected 4 hex digits after '\\u'")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    mutating func unpairedSurrogate(at index: Int) -> JSONSyntaxError {
        position = index
        return error("unpaired UTF-16 surrogate in '\\u' escape")
    }

    /// Steps over one well-formed multi-byte UTF-8 sequence or throws.
    mutating func skipUTF8Sequence() throws(JSONSyntaxError) {
        let lead = bytes[position]
        let count: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: count = 1
        case 0xE0: count = 2; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: count = 2
        case 0xED: count = 2; high = 0x9F
        case 0xF0: count = 3; low = 0x90
        case 0xF1...0xF3: count = 3
        case 0xF4: count = 3; high = 0x8F
        default: throw error("invalid UTF-8 in string")
        }
        for offset in 1...count {
            let index = position + offset
            guard index < bytes.count else { throw error("invalid UTF-8 in string") }
            let byte = bytes[index]
            let range = offset == 1 ? low...high : 0x80...0xBF
            guard range.contains(byte) else { throw error("invalid UTF-8 in string") }
        }
        position += count + 1
    }
}
