import Testing
@testable import WijkSim

/// The one bounded edit-distance helper behind every "did you mean".
@Suite("Edit distance")
struct EditDistanceTests {
    /// Textbook full-matrix Levenshtein over Unicode scalars, for comparison.
    static func reference(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        var row = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var previous = row
            previous[0] = i
            for j in 1...max(1, b.count) where !b.isEmpty {
                previous[j] = min(row[j] + 1, previous[j - 1] + 1, row[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            row = previous
        }
        return a.isEmpty ? b.count : row[b.count]
    }

    /// Catches: a band that is too narrow or an early exit that cuts a real match.
    @Test func bandedDistanceAgreesWithTheFullMatrix() {
        var random = FuzzRandom(seed: 42)
        for _ in 0..<3000 {
            let a = String((0..<random.below(12)).map { _ in random.pick(["a", "b", "c", "é"]) as Character })
            let b = String((0..<random.below(12)).map { _ in random.pick(["a", "b", "c", "é"]) as Character })
            let exact = Self.reference(a, b)
            for limit in 0...4 {
                #expect(EditDistance.distance(a, b, limit: limit) == (exact <= limit ? exact : nil), "\(a) \(b) limit \(limit)")
            }
            #expect(EditDistance.levenshtein(a, b) == exact)
        }
    }

    /// Catches: comparing words longer than 64 scalars (quadratic work on 40,000-character names).
    @Test func longWordsGetNoSuggestion() {
        let long = String(repeating: "w", count: 65)
        #expect(EditDistance.suggestion(for: long, among: [long + "x"]) == nil)
        #expect(KeySuggestion.nearest(to: long, among: [long]) == nil)
        #expect(KeySuggestion.nearest(to: "weks", among: [long, "weeks"]) == "weeks")
        #expect(EditDistance.levenshtein(long, "w") == nil)
        let huge = String(repeating: "n", count: 40_000)
        #expect(KeySuggestion.hint(for: huge, among: Array(repeating: huge, count: 1000)) == "")
    }

    /// Catches: a merged helper that lost the tie rule or the limits of either caller.
    @Test func keepsTheRulesOfBothCallers() {
        #expect(KeySuggestion.nearest(to: "Run", among: ["run"]) == "run")
        #expect(KeySuggestion.nearest(to: "cooprration", among: ["awareness", "cooperation"]) == "cooperation")
        #expect(KeySuggestion.nearest(to: "abc", among: ["abd", "abe"]) == "abd")
        #expect(KeySuggestion.nearest(to: "length", among: ["weeks", "seed"]) == nil)
        #expect(EditDistance.suggestion(for: "--jbos", among: ["--jobs"]) == "--jobs")
        #expect(EditDistance.suggestion(for: "xyz", among: ["run"]) == nil)
    }
}
