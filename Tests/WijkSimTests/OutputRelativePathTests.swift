import Foundation
import Testing
@testable import WijkSim

/// `--out` relative to the working folder, on real files: a child `wijksim run` runs in
/// a temporary working folder (the test process's own working folder is never touched).
@Suite("Output: relative destinations", .enabled(if: BuiltExecutable.path != nil))
struct OutputRelativePathTests {
    private static let baseline = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scenarios/baseline.json").path

    /// Runs `wijksim run baseline --out OUT [extra]` in `folder`; returns the exit status and stderr.
    private func run(out: String, in folder: String, extra: [String] = []) throws -> (Int32, String) {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: try #require(BuiltExecutable.path))
        child.arguments = ["run", Self.baseline, "--replicates", "2", "--weeks", "2", "--quiet", "--out", out] + extra
        child.currentDirectoryURL = URL(fileURLWithPath: folder)
        let errors = Pipe()
        child.standardError = errors
        child.standardOutput = FileHandle.nullDevice
        try child.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        child.waitUntilExit()
        return (child.terminationStatus, text)
    }

    @Test("a bare name, ./name and sub/../name write results there, and --force replaces them")
    func relativeNames() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        try FileManager.default.createDirectory(atPath: root + "/sub", withIntermediateDirectories: true)
        for out in ["bare", "./dotted", "sub/../up", "sub/deeper/"] {
            #expect(try run(out: out, in: root) == (0, ""), "\(out)")
            #expect(try run(out: out, in: root, extra: ["--force"]) == (0, ""), "\(out) --force")
        }
        #expect(TestSupport.entries(root) == ["bare", "dotted", "sub", "up"])
        #expect(TestSupport.entries(root + "/sub") == ["deeper"])
        #expect(TestSupport.entries(root + "/bare") == ["manifest.json", "runs.csv", "summary.csv", "timeseries.csv",
                                                       "units-summary.csv", "units.csv"])
    }

    @Test("'.', './' and '..' are refused with exit 73, and the working folder keeps its files",
          arguments: [".", "./", ".."])
    func workingFolder(out: String) throws {
        let root = TestSupport.makeTemporaryFolder("dot")
        defer { TestSupport.remove(root) }
        try FileManager.default.createDirectory(atPath: root + "/work", withIntermediateDirectories: true)
        try "mine".write(toFile: root + "/work/notes.txt", atomically: false, encoding: .utf8)
        let (status, message) = try run(out: out, in: root + "/work", extra: ["--force"])
        #expect(status == 73)
        let reason = out == ".." ? "contains the working folder" : "is the working folder"
        #expect(message.hasPrefix("wijksim: error: will not replace '\(out == "./" ? "." : out)': it \(reason);"))
        #expect(TestSupport.entries(root + "/work") == ["notes.txt"])
        #expect(TestSupport.entries(root) == ["work"])
    }
}
