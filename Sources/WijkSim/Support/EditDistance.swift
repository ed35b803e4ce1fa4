/// The one edit-distance helper: bounded Levenshtein distance and "did you mean"
/// suggestions, for mistyped subcommands, options, scenario keys and names.
///
/// Work is bounded whatever the input: words or candidates longer than
/// ``maximumLength`` Unicode scalars are never compared (no suggestion), and
/// a comparison stops as soon as the distance must exceed its limit, so one
/// comparison costs at most `(2 · limit + 1) · maximumLength` steps.
package enum EditDistance {
    /// Longest word or candidate, in Unicode scalars, that is compared at all.
    package static let maximumLength = 64

    /// The Levenshtein distance (insertions, deletions, substitutions of Unicode
    /// scalars) between `a` and `b` when it is at most `limit`, else `nil`.
    ///
    /// Banded: only cells within `limit` of the diagonal are computed, and it
    /// returns `nil` early once every cell of a row exceeds `limit`.
    /// - Parameter limit: The largest distance of interest, ≥ 0.
    package static func distance(_ a: String, _ b: String, limit: Int) -> Int? {
        distance(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit)
    }

    package static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        guard limit >= 0, abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let outside = limit + 1  // stands for "more than limit"
        var previous = (0...b.count).map { min($0, outside) }
        var current = [Int](repeating: outside, count: b.count + 1)
        for i in 1...a.count {
            let low = max(1, i - limit), high = min(b.count, i + limit)
            current[low - 1] = low - 1 == 0 ? min(i, outside) : outside
            var best = current[low - 1]
            for j in low...high {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                let value = min(previous[j] + 1, current[j - 1] + 1, substitution, outside)
                current[j] = value
                best = min(best, value)
            }
            if high < b.count { current[high + 1] = outside }
            if best > limit { return nil }
            swap(&previous, &current)
        }
        let result = previous[b.count]
        return result <= limit ? result : nil
    }

    /// The unbounded Levenshtein distance, for words of at most ``maximumLength``
    /// scalars; `nil` when either is longer.
    package static func levenshtein(_ a: String, _ b: String) -> Int? {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        guard a.count <= maximumLength, b.count <= maximumLength else { return nil }
        return distance(a, b, limit: max(a.count, b.count))
    }

    /// The candidate nearest to `word` within `limit` edits, the earliest winning
    /// ties; `nil` when none is that near or `word` is longer than ``maximumLength``.
    /// Candidates longer than ``maximumLength`` are skipped.
    package static func nearest(to word: String, among candidates: [String], limit: Int) -> String? {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count <= maximumLength else { return nil }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let other = Array(candidate.unicodeScalars.prefix(maximumLength + 1))
            guard other.count <= maximumLength else { continue }
            let bound = min(limit, (best?.distance ?? limit + 1) - 1)
            if let distance = distance(scalars, other, limit: bound) {
                best = (candidate, distance)
                if distance == 0 { break }
            }
        }
        return best?.candidate
    }

    /// The candidate nearest to `word`, if it is a near miss: at most 2 edits and at
    /// most half the word's length (1 for short words); the earliest candidate wins ties.
    package static func suggestion(for word: String, among candidates: [String]) -> String? {
        nearest(to: word, among: candidates, limit: min(2, max(1, word.unicodeScalars.count / 2)))
    }

    /// `"; did you mean 'x'?"` when there is a near miss, else `""`.
    package static func didYouMean(_ word: String, among candidates: [String]) -> String {
        suggestion(for: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }
}
