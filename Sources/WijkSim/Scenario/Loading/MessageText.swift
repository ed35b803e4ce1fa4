/// User text as error messages show it: cut to a readable length, so that a
/// 40,000-character name cannot make a 40,000-character message.
package enum MessageText {
    /// Most Unicode scalars of one user string a message shows; longer ones
    /// show their first ``maximumLength`` scalars and `…`.
    package static let maximumLength = 64

    /// `text` with control characters and line or paragraph separators escaped (`\n`,
    /// `\t`, `\u001B` as in JSON), so that a message stays on one line, then cut to
    /// ``maximumLength`` scalars, with `…` when cut.
    package static func excerpt(_ text: String, maximumLength: Int = MessageText.maximumLength) -> String {
        cut(oneLine(text), maximumLength: maximumLength)
    }

    /// `text` with every scalar that would break a one-line message escaped.
    package static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: breaksLine) else { return text }
        var shown = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": shown += "\\n"
            case "\r": shown += "\\r"
            case "\t": shown += "\\t"
            case _ where breaksLine(scalar):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                shown += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    /// Control characters (C0, DEL, C1) and the Unicode line and paragraph separators.
    private static func breaksLine(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// `text` cut to `maximumLength` scalars, with `…` when cut.
    private static func cut(_ text: String, maximumLength: Int) -> String {
        var scalars = text.unicodeScalars.makeIterator()
        var kept = String.UnicodeScalarView()
        for _ in 0..<maximumLength {
            guard let scalar = scalars.next() else { return text }
            kept.append(scalar)
        }
        return scalars.next() == nil ? text : String(kept) + "…"
    }

    /// `text` as a JSON string literal for a message: escaped like
    /// ``JSONWriter/quoted(_:)``, cut to ``maximumLength`` scalars with `…`
    /// before the closing quote when longer (`"aaaa…"`).
    package static func quoted(_ text: String) -> String {
        let cut = cut(text, maximumLength: maximumLength)
        guard cut != text else { return JSONWriter.quoted(text) }
        return String(JSONWriter.quoted(String(cut.unicodeScalars.dropLast())).dropLast()) + "…\""
    }

    /// Most Unicode scalars of a file path a message shows in a note.
    package static let maximumPathLength = 200

    /// `path` when it has at most ``maximumPathLength`` scalars, else `…` and its
    /// last ``maximumPathLength`` − 1 scalars (the file name stays visible).
    package static func pathExcerpt(_ path: String) -> String {
        let scalars = oneLine(path).unicodeScalars
        guard scalars.count > maximumPathLength else { return String(scalars) }
        var tail = String.UnicodeScalarView()
        tail.append(contentsOf: scalars.suffix(maximumPathLength - 1))
        return "…" + String(tail)
    }
}
