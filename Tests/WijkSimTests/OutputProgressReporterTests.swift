import Testing
@testable import WijkSim

@Suite("ProgressReporter")
struct OutputProgressReporterTests {
    /// Feeds `done = 1...total` at `secondsPerReplicate` intervals; returns the text written.
    private func simulate(total: Int, secondsPerReplicate: Double, isTerminal: Bool, isEnabled: Bool = true) -> String {
        var clock = 100.0
        var text = ""
        let reporter = ProgressReporter(total: total, label: "baseline", isEnabled: isEnabled,
                                        isTerminal: isTerminal, write: { text += $0 }, now: { clock })
        for done in 1...total {
            clock += secondsPerReplicate
            reporter.update(done: done)
        }
        reporter.finish()
        return text
    }

    @Test("off a terminal: one line per update, at most every 2 s, final count always")
    func logLines() {
        let text = simulate(total: 10, secondsPerReplicate: 0.5, isTerminal: false)
        #expect(text == """
            baseline: 1/10 replicates (10%), 2.0/s, ETA 5s
            baseline: 5/10 replicates (50%), 2.0/s, ETA 3s
            baseline: 9/10 replicates (90%), 2.0/s, ETA 1s
            baseline: 10/10 replicates (100%), 2.0/s, 5s

            """)
    }

    @Test("on a terminal: redrawn in place, ending with a newline")
    func terminalRedraw() {
        let text = simulate(total: 3, secondsPerReplicate: 0.05, isTerminal: true)
        #expect(text.hasPrefix("\rbaseline: 1/3 replicates (33%), 20.0/s, ETA 0s\u{1B}[K"))
        #expect(text.hasSuffix("\rbaseline: 3/3 replicates (100%), 20.0/s, 0s\u{1B}[K\n"))
        #expect(!text.contains("2/3"))
    }

    @Test("--quiet writes nothing")
    func quiet() {
        #expect(simulate(total: 5, secondsPerReplicate: 3, isTerminal: false, isEnabled: false).isEmpty)
    }

    @Test("durations", arguments: [(4.4, "4s"), (59.6, "1m 00s"), (185, "3m 05s"), (3_725, "1h 02m")])
    func durations(seconds: Double, expected: String) {
        #expect(ProgressReporter.formatDuration(seconds) == expected)
    }
}
