/// Writes ``JSONValue`` trees as JSON text.
///
/// Numbers are written as their source literal (exact); strings escape only
/// what JSON requires (`"`, `\`, control characters), so non-ASCII text stays
/// readable. Output is deterministic: same tree, same bytes.
package enum JSONWriter {
    /// One line, no spaces.
    package static func compact(_ value: JSONValue) -> String {
        var out = ""
        writeCompact(value, to: &out)
        return out
    }

    /// Indented by two spaces, `"key": value`, arrays of scalars on one line,
    /// ending with a newline.
    /// - Parameters:
    ///   - value: The tree to write.
    ///   - sortKeys: Whether object keys are sorted (by Unicode scalar order)
    ///     instead of kept in tree order.
    package static func pretty(_ value: JSONValue, sortKeys: Bool) -> String {
        var out = ""
        writePretty(value, indent: "", sortKeys: sortKeys, to: &out)
        out += "\n"
        return out
    }

    /// `text` as a JSON string literal, quotes included.
    package static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{00}"..."\u{1F}", "\u{7F}":
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func writeCompact(_ value: JSONValue, to out: inout String) {
        switch value {
        case .object(let members, _):
            out += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { out += "," }
                out += quoted(member.key) + ":"
                writeCompact(member.value, to: &out)
            }
            out += "}"
        case .array(let elements, _):
            out += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { out += "," }
                writeCompact(element, to: &out)
            }
            out += "]"
        default:
            out += value.foundDescription
        }
    }

    static func writePretty(_ value: JSONValue, indent: String, sortKeys: Bool, to out: inout String) {
        let inner = indent + "  "
        switch value {
        case .object(let members, _) where !members.isEmpty:
            let ordered = sortKeys ? members.sorted { $0.key < $1.key } : members
            out += "{\n"
            for (index, member) in ordered.enumerated() {
                out += inner + quoted(member.key) + ": "
                writePretty(member.value, indent: inner, sortKeys: sortKeys, to: &out)
                out += index == ordered.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        case .array(let elements, _) where elements.contains(where: \.isContainer):
            out += "[\n"
            for (index, element) in elements.enumerated() {
                out += inner
                writePretty(element, indent: inner, sortKeys: sortKeys, to: &out)
                out += index == elements.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .array(let elements, _):
            out += "[" + elements.map(\.foundDescription).joined(separator: ", ") + "]"
        default:
            writeCompact(value, to: &out)
        }
    }
}
