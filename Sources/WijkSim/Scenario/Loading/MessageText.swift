/// User text as error messages show it: cut to a readable length, so that a
/// 40,000-character name cannot make a 40,000-character message.
enum MessageText {
    /// Most Unicode scalars of one user string a message shows; longer ones
    /// show their first ``maximumLength`` scalars and `…`.
    static let maximumLength = 64

    /// `text` cut to ``maximumLength`` scalars, with `…` when cut.
    static func excerpt(_ text: String, maximumLength: Int = MessageText.maximumLength) -> String {
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
    static func quoted(_ text: String) -> String {
        let cut = excerpt(text)
        guard cut != text else { return JSONWriter.quoted(text) }
        return String(JSONWriter.quoted(String(cut.unicodeScalars.dropLast())).dropLast()) + "…\""
    }

    /// Most Unicode scalars of a file path a message shows in a note.
    static let maximumPathLength = 200

    /// `path` when it has at most ``maximumPathLength`` scalars, else `…` and its
    /// last ``maximumPathLength`` − 1 scalars (the file name stays visible).
    static func pathExcerpt(_ path: String) -> String {
        let scalars = path.unicodeScalars
        guard scalars.count > maximumPathLength else { return path }
        var tail = String.UnicodeScalarView()
        tail.append(contentsOf: scalars.suffix(maximumPathLength - 1))
        return "…" + String(tail)
    }
}
