import Foundation
import Testing
@testable import WijkSim

@Suite struct ZZScratchKeyPathTests {
    @Test func profileKeyPath() throws {
        let editor = ScenarioEditor(Scenario())
        let tree = editor.tree
        let n = 100
        func time(_ label: String, _ body: () throws -> Void) rethrows {
            let start = Date()
            for _ in 0..<n { try body() }
            print(label, Int(Date().timeIntervalSince(start) / Double(n) * 1e6), "µs")
        }
        try time("check") { try ScenarioSchema.shared.check(tree, file: "x") }
        var text = ""
        time("compact") { text = JSONWriter.compact(tree) }
        var s = Scenario()
        try time("decode") { s = try JSONDecoder().decode(Scenario.self, from: Data(text.utf8)) }
        time("firstIssue") { _ = s.firstIssue(jobs: 1, memoryLimit: PhysicalMemory.bytes) }
        time("physmem") { _ = PhysicalMemory.bytes }
        time("encode+parse") { _ = ScenarioSchema.shared.tree(encoding: s) }
    }
}
