/// "Did you mean" hints for mistyped keys and names in scenario files.
enum KeySuggestion {
    /// The candidate closest to `word`, when it is a near miss: equal ignoring
    /// case, or within a Levenshtein distance (ignoring case) of
    /// max(1, min(3, length / 3)); the earliest candidate wins ties.
    /// Words and candidates longer than ``EditDistance/maximumLength`` scalars
    /// get no suggestion (bounded work on any input).
    static func nearest(to word: String, among candidates: [String]) -> String? {
        guard word.unicodeScalars.count <= EditDistance.maximumLength else { return nil }
        let lowered = word.lowercased()
        let short = candidates.filter { $0.unicodeScalars.count <= EditDistance.maximumLength }
        if let same = short.first(where: { $0.lowercased() == lowered }) { return same }
        let limit = max(1, min(3, word.count / 3))
        let loweredCandidates = short.map { $0.lowercased() }
        guard let match = EditDistance.nearest(to: lowered, among: loweredCandidates, limit: limit),
              let index = loweredCandidates.firstIndex(of: match) else { return nil }
        return short[index]
    }

    /// `; did you mean 'x'?` for a near miss, else an empty string.
    static func hint(for word: String, among candidates: [String]) -> String {
        nearest(to: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }
}
