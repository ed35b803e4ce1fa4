import Foundation
import Testing
@testable import WijkSim
@testable import WijkSimBench
@testable import WijkSimCLI

/// Same scenario and seed → byte-identical output, before and after a refactor (issue 7, item 7).
///
/// `Fixtures/refactor/<name>/` holds `runs.csv`, `summary.csv` and `timeseries.csv` written by
/// `wijksim run Fixtures/refactor/<name>.json --replicates 3 --weeks 60` at commit 4d1197b, before
/// parameters, interventions and metrics became single declarations. `all-interventions` switches
/// on every intervention but `noConnectors` at staggered weeks, `no-connectors` the counterfactual.
///
/// A change that alters the model on purpose (a re-anchored default, a new mechanism) changes these
/// bytes too: regenerate the fixture with `scripts/regenerate-fixture.sh` in the same commit, and say
/// why in its message. A refactor must never need to.
@Suite("Byte-identical output against the committed fixture")
struct OutputFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/refactor")

    static let scenarios = ["baseline", "all-interventions", "no-connectors"]
    /// `units.csv` and `units-summary.csv` were added when the per-unit metrics were (issue 12);
    /// the three older files were unchanged by that commit.
    static let files = ["runs.csv", "summary.csv", "timeseries.csv", "units.csv", "units-summary.csv"]

    @Test("runs.csv, summary.csv, timeseries.csv and the unit files equal the fixture byte for byte", arguments: scenarios)
    func matchesFixture(_ name: String) throws {
        let temporary = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(temporary) }
        let out = temporary + "/out"
        let scenario = Self.folder.appendingPathComponent(name + ".json").path
        let capture = CapturedConsole()
        let status = WijkSimCommand.run(
            arguments: ["wijksim", "run", scenario, "--replicates", "3", "--weeks", "60", "--jobs", "2", "--quiet", "--out", out],
            console: capture.console)
        #expect(status == 0, "stderr: \(capture.standardError)")
        for file in Self.files {
            let expected = try Data(contentsOf: Self.folder.appendingPathComponent("\(name)/\(file)"))
            let actual = try Data(contentsOf: URL(fileURLWithPath: "\(out)/\(file)"))
            #expect(actual == expected, "\(name)/\(file) differs from the fixture: \(Self.firstDifference(expected, actual))")
        }
    }

    /// The first line where two texts differ, for the failure message.
    static func firstDifference(_ expected: Data, _ actual: Data) -> String {
        let old = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let new = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? String(old[index]) : "<none>"
            let b = index < new.count ? String(new[index]) : "<none>"
            if a != b { return "line \(index + 1): expected \(a.prefix(160)) found \(b.prefix(160))" }
        }
        return "same lines"
    }
}
