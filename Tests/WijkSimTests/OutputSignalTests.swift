import Foundation
import Testing
@testable import WijkSim
@testable import WijkSimBench
@testable import WijkSimCLI

/// A real `wijksim run` child process is stopped by a signal while it writes: SIGINT,
/// SIGTERM, SIGHUP and SIGQUIT remove its partial folder and exit with 128 + the signal;
/// after SIGKILL the next run into the same destination removes the leftover and says so.
/// The child is signalled once its partial folder exists; no timing is asserted (the run
/// is far too long to finish first, and the test kills it in any case).
@Suite("Output: interrupted runs leave nothing behind", .enabled(if: BuiltExecutable.path != nil))
struct OutputSignalTests {
    private static let baseline = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scenarios/baseline.json").path

    /// Starts a long run into `root/out` and returns it once its partial folder exists.
    private func startRun(into root: String) throws -> Process {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: try #require(BuiltExecutable.path))
        child.arguments = ["run", Self.baseline, "--replicates", "1000000", "--jobs", "1", "--quiet",
                           "--out", root + "/out"]
        child.standardError = FileHandle.nullDevice
        child.standardOutput = FileHandle.nullDevice
        try child.run()
        let partial = root + "/.out.partial-\(child.processIdentifier)"
        for _ in 0..<6_000 where POSIXFiles.kind(of: partial) != .directory && child.isRunning {
            usleep(10_000)
        }
        #expect(POSIXFiles.kind(of: partial) == .directory, "the child never opened its results folder")
        return child
    }

    /// Waits for `child` to exit; one still running after two minutes (a signal it ignored)
    /// is killed and recorded as a failure, so a wrong implementation fails instead of hanging.
    private func waitForExit(_ child: Process) {
        for _ in 0..<12_000 where child.isRunning { usleep(10_000) }
        if child.isRunning {
            Issue.record("the child did not exit after the signal")
            kill(child.processIdentifier, SIGKILL)
        }
        child.waitUntilExit()
    }

    @Test("the partial folder is removed and the exit status is 128 + the signal",
          arguments: [SIGINT, SIGTERM, SIGHUP, SIGQUIT])
    func cleanExit(signalNumber: Int32) throws {
        let root = TestSupport.makeTemporaryFolder("signal\(signalNumber)")
        defer { TestSupport.remove(root) }
        let child = try startRun(into: root)
        kill(child.processIdentifier, signalNumber)
        waitForExit(child)
        #expect(child.terminationReason == .exit)
        #expect(child.terminationStatus == 128 + signalNumber)
        #expect(TestSupport.entries(root) == [])
    }

    @Test("after SIGKILL the next run removes the leftover and says so")
    func afterKill() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let child = try startRun(into: root)
        kill(child.processIdentifier, SIGKILL)
        waitForExit(child)
        let leftover = root + "/.out.partial-\(child.processIdentifier)"
        #expect(TestSupport.entries(root) == [".out.partial-\(child.processIdentifier)"])

        let capture = CapturedConsole()
        let status = WijkSimCommand.run(
            arguments: ["wijksim", "run", Self.baseline, "--replicates", "2", "--weeks", "2", "--quiet",
                        "--out", root + "/out"],
            console: capture.console)
        #expect(status == 0)
        #expect(capture.standardError == "wijksim: note: removed unfinished results '\(leftover)', "
            + "left by process \(child.processIdentifier), which is no longer running\n")
        #expect(TestSupport.entries(root) == ["out"])
    }
}
