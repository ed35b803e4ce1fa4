import Foundation
import Testing
@testable import WijkSim

/// The tilted trust read of lazy residents (``ResidentLaws/drawTrust(unread:remaining:exact:using:attempts:)``):
/// what the residents read one by one add up to, that it terminates, and its moments at
/// spreads where naive formulas cancel.
@Suite("Untouched residents: tilted trust reads")
struct UntouchedResidentsTrustTests {
    static func untouched(spread: Double, population: Int) -> ResidentLaws {
        var p = ResidentParameters()
        p.trustSpread = spread
        return ResidentLaws(parameters: p)
    }

    /// Reads every resident of one neighbourhood of `population` as the engine does (stored as
    /// Float, the tilt conditioning on the unrounded remainder).
    /// - Returns: the stored reads' total less the drawn total, in the Beta's standard deviations,
    ///   the most attempts one read took, and the reads that hit the limit.
    static func readAll(spread: Double, population: Int, seed: UInt64, tilted: Bool = true)
        -> (gap: Double, maxAttempts: Int, limitHits: Int) {
        let untouched = Self.untouched(spread: spread, population: population)
        var generator = Xoshiro256StarStar(seed: seed)
        let total = untouched.trustTotal(count: population, using: &generator)
        var remaining = total, stored = 0.0, maxAttempts = 0, limitHits = 0
        for unread in stride(from: population, through: 1, by: -1) {
            var attempts = 0
            let t = untouched.drawTrust(unread: unread, remaining: remaining, exact: !tilted, using: &generator, attempts: &attempts)
            maxAttempts = max(maxAttempts, attempts)
            if attempts == ResidentLaws.tiltAttemptLimit { limitHits += 1 }
            remaining -= t
            stored += Double(Float(t))
        }
        return ((stored - total) / untouched.trustMoments.v11.squareRoot(), maxAttempts, limitHits)
    }

    /// Catches a tilt that ignores the remainder (the reads would then miss the total by about
    /// √5,000 ≈ 71 standard deviations, as the untilted control does), and an acceptance that
    /// fails at spread 1e-9 although the remainder is consistent (every read would run to the
    /// limit). The reads keep the remainder as `World.knowTrust` does (unrounded draws); that
    /// the engine itself does so is shown by the fuzz cases that hung before (seed
    /// 10231151808989981052 in `ScenarioFuzzTests`).
    @Test("reading a whole neighbourhood adds up to its drawn total; the limit never binds",
          arguments: [0.15, 0.05, 0.01, 1e-9])
    func readsAddUpToTheTotal(spread: Double) {
        var squares = 0.0, untiltedSquares = 0.0
        let neighbourhoods = 12
        for seed in 1...UInt64(neighbourhoods) {
            let read = Self.readAll(spread: spread, population: 5_000, seed: seed)
            #expect(read.limitHits == 0, "spread \(spread), seed \(seed): \(read.limitHits) reads hit the limit")
            squares += read.gap * read.gap
            if spread >= 0.01 {
                untiltedSquares += pow(Self.readAll(spread: spread, population: 5_000, seed: seed, tilted: false).gap, 2)
            }
        }
        // The last 32 reads are untilted: the gap is about their own spread, √32 ≈ 5.7.
        let rms = (squares / Double(neighbourhoods)).squareRoot()
        if spread >= 0.01 {
            #expect(rms < 12, "spread \(spread): reads miss the total by \(rms) standard deviations (rms)")
            let untilted = (untiltedSquares / Double(neighbourhoods)).squareRoot()
            #expect(untilted > 35, "control: untilted reads miss by only \(untilted)")
        }
    }

    /// Catches Var τ computed as E τ² − (E τ)², which cancels to 0 or noise at a concentration
    /// of 10¹⁷ (spread 1e-9) and made the tilt's acceptance 0.
    @Test("the Beta's variance is the spread squared, down to a spread of 1e-150")
    func varianceAtTinySpreads() {
        for spread in [0.15, 1e-4, 1e-9, 1e-150] {
            let v = Self.untouched(spread: spread, population: 100).trustMoments.v11
            #expect(abs(v / (spread * spread) - 1) < 1e-9, "spread \(spread): variance \(v)")
        }
    }

    /// Catches a Beta drawn with infinite shapes (NaN trust) when the spread's square is
    /// subnormal: such a spread counts as 0, everyone at the mean.
    @Test("a spread whose concentration overflows counts as 0")
    func overflowingConcentration() {
        let untouched = Self.untouched(spread: 1e-160, population: 100)
        #expect(untouched.isTrustFixed)
        var generator = Xoshiro256StarStar(seed: 3)
        #expect(untouched.drawTrust(unread: 100, remaining: 54, exact: false, using: &generator) == ResidentParameters().trustMean)
    }

    /// Catches an unbounded rejection loop: a remainder far beyond what the unread can hold
    /// returns after exactly the limit of attempts.
    @Test("a remainder the unread cannot hold returns after the limit of attempts")
    func impossibleRemainderTerminates() {
        let untouched = Self.untouched(spread: 0.01, population: 5_000)
        var generator = Xoshiro256StarStar(seed: 4)
        var attempts = 0
        let t = untouched.drawTrust(unread: 100, remaining: 99 * 0.54 + 2, exact: false, using: &generator, attempts: &attempts)
        #expect(attempts == ResidentLaws.tiltAttemptLimit)
        #expect(abs(t - 0.54) < 0.1, "t \(t)")
    }
}
