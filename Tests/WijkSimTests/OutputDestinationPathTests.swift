import Foundation
import Testing
@testable import WijkSim

/// Splitting `--out` into the folder beside which the partial folder is written and
/// the destination's name; relative paths must work without a crash.
@Suite("Output: destination paths")
struct OutputDestinationPathTests {
    @Test("ordinary paths split textually", arguments: [
        ("out", ".", "out", "out"),
        ("out/", ".", "out", "out"),
        ("./out", ".", "out", "./out"),
        ("Results/baseline/", "Results", "baseline", "Results/baseline"),
        ("/x", "/", "x", "/x"),
        ("/a/b//", "/a", "b", "/a/b"),
        ("../x", "..", "x", "../x"),
    ])
    func splits(given: String, parent: String, name: String, display: String) throws {
        let path = try DestinationPath(given)
        #expect(path.parent == parent)
        #expect(path.name == name)
        #expect(path.display == display)
    }

    @Test("'.' and '..' resolve to the real folder's name")
    func dots() throws {
        let working = try #require(POSIXFiles.canonicalPath("."))
        let dot = try DestinationPath(".")
        #expect(dot.sibling(dot.name) == working)
        let up = try DestinationPath("..")
        #expect(up.sibling(up.name) == (working as NSString).deletingLastPathComponent)
    }

    @Test("a '..' path that does not exist is exit 73 with the OS reason")
    func unresolvable() throws {
        let error = try #require(throws: OutputError.self) { _ = try DestinationPath("no-such-folder-xyz/..") }
        #expect(error.description == "cannot create folder 'no-such-folder-xyz/..': No such file or directory")
    }

    @Test("a results folder given as a bare relative name is written beside the others")
    func siblings() throws {
        let path = try DestinationPath("out")
        #expect(path.sibling(".out.partial-1") == "./.out.partial-1")
        #expect(try DestinationPath("/x").sibling(".x.old-2") == "/.x.old-2")
    }
}
