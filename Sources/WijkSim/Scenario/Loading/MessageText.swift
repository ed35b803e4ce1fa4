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
}
