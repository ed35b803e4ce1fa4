import Foundation
import Testing
@testable import WijkSim

@Suite struct ZZScratchKeyPathTests {
    @Test func profileSweepLoad() throws {
        let path = packageRoot.appendingPathComponent("Scenarios/sweeps/barriers-lhs.json").path
        var start = Date()
        let plan = try SweepLoader.load(path: path, checksEveryPoint: false)
        print("load without checks", Date().timeIntervalSince(start), "s")
        start = Date()
        _ = try SweepLoader.load(path: path)
        print("load with 1000 checks", Date().timeIntervalSince(start), "s")
        start = Date()
        for i in 0..<plan.pointCount { _ = try plan.scenario(forPoint: i) }
        print("per point", Date().timeIntervalSince(start) / Double(plan.pointCount) * 1e6, "µs")
    }
}
