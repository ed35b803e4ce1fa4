@testable import WijkSim

/// The fuzzer's deterministic random source: SplitMix64 with small helpers.
/// A case is reproduced from its seed alone.
struct FuzzRandom {
    private var mixer: SplitMix64

    init(seed: UInt64) { mixer = SplitMix64(seed: seed) }

    /// A uniform 64-bit value.
    mutating func next() -> UInt64 { mixer.next() }

    /// A uniform integer in `0 ..< n` (n ≥ 1; a negligible modulo bias is fine here).
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }

    /// A uniform integer in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / 9007199254740992.0 < p }

    /// A uniform element.
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// An index drawn with the given weights (at least one positive).
    mutating func weighted(_ weights: [Int]) -> Int {
        var r = below(weights.reduce(0, +))
        for (index, weight) in weights.enumerated() {
            if r < weight { return index }
            r -= weight
        }
        return weights.count - 1
    }

    /// The seed of case `index` of a run with master seed `master`.
    static func caseSeed(master: UInt64, index: Int) -> UInt64 {
        var mixer = SplitMix64(seed: master ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
        return mixer.next()
    }
}
