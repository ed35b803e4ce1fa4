import Foundation
import Testing
@testable import WijkSim

/// ``UTCTimestamp`` writes what `ISO8601DateFormatter` (UTC) writes.
@Suite("UTC timestamps")
struct UTCTimestampTests {
    /// Catches an off-by-one in the civil calendar (leap days of 2000 and 2024, the century
    /// rule of 2100, the day before the epoch) and rounding of fractional seconds up.
    @Test("equals ISO8601DateFormatter at leap days, century and epoch edges, and fractions")
    func matchesFoundation() {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        var seconds: [Double] = [0, -1, -86_400, 951_782_400, 951_868_799.999, 1_709_164_800, 1_735_689_599,
                                 4_102_444_799, 4_107_542_399, 4_107_542_400, 1_796_311_393.75, 253_402_300_799]
        var generator = Xoshiro256StarStar(seed: 9)
        for _ in 0..<2_000 { seconds.append((generator.uniform() * 8e9 - 2e9).rounded(.down)) }
        for s in seconds {
            let date = Date(timeIntervalSince1970: s)
            #expect(UTCTimestamp.string(from: date) == formatter.string(from: date), "\(s)")
        }
    }
}
