import Foundation
import Testing
@testable import WijkSim

/// What a killed run (SIGKILL, power loss) left beside a destination is cleaned by the
/// next run into it, and said; what a live process or a user owns is left alone.
@Suite("Output: leftovers of killed runs")
struct OutputStaleLeftoversTests {
    /// A process id that cannot exist (above any Linux `pid_max`, which is at most 2^22).
    private static let deadPID = Int32.max

    private func makeFolder(_ path: String, files: [String: String]) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files { try TestSupport.write(text, to: path + "/" + name) }
    }

    /// Opens and commits a results folder at `destination`, returning the notes it gave.
    @discardableResult
    private func openAndCommit(_ destination: String, force: Bool = false) throws -> [String] {
        var notes: [String] = []
        try openAndCommit(destination, force: force, notes: &notes)
        return notes
    }

    /// Opens and commits a results folder, appending its notes to `notes` even when it throws.
    private func openAndCommit(_ destination: String, force: Bool, notes: inout [String]) throws {
        var given: [String] = []
        defer { notes += given }
        let folder = try ResultsFolder(destination: destination, force: force, note: { given.append($0) })
        try TestSupport.write("new", to: folder.path(for: "runs.csv"))
        try folder.commit()
    }

    @Test("a dead process's partial folder is removed, and the run says so")
    func removesStalePartial() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let stale = root + "/.out.partial-\(Self.deadPID)"
        try makeFolder(stale, files: ["runs.csv": "half", "summary.csv": "x"])
        let notes = try openAndCommit(root + "/out")
        #expect(notes == ["removed unfinished results '\(stale)', left by process \(Self.deadPID), "
            + "which is no longer running"])
        #expect(TestSupport.entries(root) == ["out"])
    }

    @Test("old results renamed aside by a process killed mid-replace are put back, then replaced normally")
    func restoresStaleOld() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let aside = root + "/.out.old-\(Self.deadPID)"
        try makeFolder(aside, files: ["manifest.json": #"{"tool":"wijksim"}"#, "runs.csv": "old"])
        try makeFolder(root + "/.out.partial-\(Self.deadPID)", files: ["runs.csv": "complete"])
        var notes: [String] = []
        let error = try #require(throws: OutputError.self) {
            try openAndCommit(root + "/out", force: false, notes: &notes)
        }
        #expect(error == .destinationExists(path: root + "/out"))
        let origin = "left by process \(Self.deadPID), which is no longer running"
        #expect(notes == ["restored earlier results '\(root)/out' from '\(aside)', \(origin)",
                          "removed unfinished results '\(root)/.out.partial-\(Self.deadPID)', \(origin)"])
        #expect(TestSupport.read(root + "/out/runs.csv") == "old")
        #expect(TestSupport.entries(root) == ["out"])
        #expect(try openAndCommit(root + "/out", force: true) == [])
        #expect(TestSupport.read(root + "/out/runs.csv") == "new")
        #expect(TestSupport.entries(root) == ["out"])
    }

    @Test("a stale old folder beside present results is superseded and removed")
    func removesStaleOld() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let aside = root + "/.out.old-\(Self.deadPID)"
        try makeFolder(aside, files: ["manifest.json": #"{"tool":"wijksim"}"#, "runs.csv": "older"])
        try makeFolder(root + "/out", files: ["manifest.json": #"{"tool":"wijksim"}"#, "runs.csv": "old"])
        let notes = try openAndCommit(root + "/out", force: true)
        #expect(notes == ["removed superseded results '\(aside)', left by process \(Self.deadPID), "
            + "which is no longer running"])
        #expect(TestSupport.entries(root) == ["out"])
    }

    @Test("a leftover that holds someone else's file is left in place, with a note")
    func keepsForeignLeftover() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let stale = root + "/.out.partial-\(Self.deadPID)"
        try makeFolder(stale, files: ["runs.csv": "half", "diary.txt": "mine"])
        let notes = try openAndCommit(root + "/out")
        #expect(notes == ["left '\(stale)' in place, left by process \(Self.deadPID), which is no longer running: "
            + "it holds files WijkSim did not write"])
        #expect(TestSupport.entries(stale) == ["diary.txt", "runs.csv"])
    }

    @Test("a live process's partial folder, other destinations' leftovers and odd names are not touched")
    func keepsOthers() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let live = root + "/.out.partial-\(getppid())"
        let other = root + "/.outer.partial-\(Self.deadPID)"
        let odd = root + "/.out.partial-12x"
        for path in [live, other, odd] { try makeFolder(path, files: ["runs.csv": "x"]) }
        let notes = try openAndCommit(root + "/out")
        #expect(notes == [])
        #expect(TestSupport.entries(root) == [".out.partial-12x", ".out.partial-\(getppid())",
                                  ".outer.partial-\(Self.deadPID)", "out"].sorted())
    }
}
