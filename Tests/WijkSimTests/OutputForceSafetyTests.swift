import Foundation
import Testing
@testable import WijkSim
@testable import WijkSimBench
@testable import WijkSimCLI

/// `--force` replaces only what WijkSim wrote. Every case runs on real files in a
/// temporary folder and checks, after the refusal, that what stood there is intact
/// byte for byte (a wrong implementation that deletes first and checks later fails).
@Suite("Output: --force never destroys what is not ours")
struct OutputForceSafetyTests {
    private static let tail = "; --force replaces only an empty folder or a results folder that WijkSim wrote, "
        + "so choose another --out"

    private func makeFolder(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// A results folder as `run` writes it (our manifest and the CSV files).
    private func makeResultsFolder(_ path: String) throws {
        try makeFolder(path)
        try TestSupport.write(#"{ "tool": "wijksim", "tool_version": "0" }"#, to: path + "/manifest.json")
        try TestSupport.write("scenario,replicate\n", to: path + "/runs.csv")
    }

    private func refusal(_ destination: String, force: Bool = true, workingFolder: String = ".") throws -> OutputError {
        try #require(throws: OutputError.self) {
            _ = try ResultsFolder(destination: destination, force: force, workingFolder: workingFolder)
        }
    }

    @Test("a regular file is refused with exit 73 and kept", arguments: [true, false])
    func regularFile(force: Bool) throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        try TestSupport.write("precious", to: root + "/data.txt")
        let error = try refusal(root + "/data.txt", force: force)
        #expect(error.description == "will not replace '\(root)/data.txt': it is a file, not a folder" + Self.tail)
        #expect(error.exitCode.rawValue == 73)
        #expect(TestSupport.read(root + "/data.txt") == "precious")
        #expect(TestSupport.entries(root) == ["data.txt"])
    }

    @Test("a device is refused and stays a device")
    func device() throws {
        let error = try refusal("/dev/null")
        #expect(error.description == "will not replace '/dev/null': it is a device, not a folder" + Self.tail)
        #expect(POSIXFiles.kind(of: "/dev/null") == .device)
    }

    @Test("a symbolic link is refused; neither the link nor its target (a results folder) is touched")
    func symbolicLink() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        try makeResultsFolder(root + "/target")
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: root + "/target")
        let error = try refusal(root + "/link/")
        #expect(error.description == "will not replace '\(root)/link': it is a symbolic link "
            + "(WijkSim replaces neither a link nor what it points to)" + Self.tail)
        #expect(POSIXFiles.kind(of: root + "/link") == .symbolicLink)
        #expect(TestSupport.entries(root + "/target") == ["manifest.json", "runs.csv"])
        #expect(TestSupport.entries(root) == ["link", "target"])
    }

    @Test("a folder of someone else's files is refused and kept")
    func foreignFolder() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        try makeFolder(root + "/thesis/chapters")
        try TestSupport.write("draft", to: root + "/thesis/chapters/1.tex")
        try TestSupport.write("x", to: root + "/thesis/runs.csv")
        let error = try refusal(root + "/thesis")
        #expect(error.description == "will not replace '\(root)/thesis': it is not a WijkSim results folder "
            + "(it has no manifest.json written by WijkSim)" + Self.tail)
        #expect(TestSupport.read(root + "/thesis/chapters/1.tex") == "draft")
        #expect(TestSupport.entries(root + "/thesis") == ["chapters", "runs.csv"])
    }

    @Test("a manifest.json of another tool does not make a folder ours")
    func otherToolsManifest() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        try makeFolder(root + "/out")
        try TestSupport.write(#"{ "tool": "netlogo" }"#, to: root + "/out/manifest.json")
        let error = try refusal(root + "/out")
        #expect(error.description.contains("it is not a WijkSim results folder"))
        #expect(TestSupport.entries(root + "/out") == ["manifest.json"])
    }

    @Test("a results folder with a file added by the user is refused, naming the file")
    func resultsWithUserFile() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        try makeResultsFolder(root + "/out")
        try TestSupport.write("my analysis", to: root + "/out/analysis.R")
        let error = try refusal(root + "/out")
        #expect(error.description == "will not replace '\(root)/out': it holds 'analysis.R', "
            + "which WijkSim did not write" + Self.tail)
        #expect(TestSupport.entries(root + "/out") == ["analysis.R", "manifest.json", "runs.csv"])
    }

    @Test("a results folder with a subfolder is refused (its content is not ours)")
    func resultsWithSubfolder() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        try makeResultsFolder(root + "/out")
        try makeFolder(root + "/out/plots")
        let error = try refusal(root + "/out")
        #expect(error.description.contains("it holds 'plots', which WijkSim did not write"))
        #expect(TestSupport.entries(root + "/out") == ["manifest.json", "plots", "runs.csv"])
    }

    @Test("the working folder is refused even when it is a WijkSim results folder")
    func workingFolder() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        try makeResultsFolder(root + "/here")
        let error = try refusal(root + "/here", workingFolder: root + "/here")
        #expect(error.description == "will not replace '\(root)/here': it is the working folder" + Self.tail)
        #expect(TestSupport.entries(root + "/here") == ["manifest.json", "runs.csv"])
    }

    @Test("a folder that contains the working folder is refused, and so is the root")
    func ancestorOfWorkingFolder() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        try makeFolder(root + "/a/b")
        let error = try refusal(root + "/a", workingFolder: root + "/a/b")
        #expect(error.description == "will not replace '\(root)/a': it contains the working folder" + Self.tail)
        #expect(try refusal("/").description == "will not replace '/': it is the root folder" + Self.tail)
        #expect(TestSupport.entries(root + "/a") == ["b"])
    }

    @Test("'.', './' and '..' name the working folder and its parent and are refused, not a crash",
          arguments: [".", "./", ".."])
    func dotPaths(path: String) throws {
        let error = try refusal(path)
        let display = path == "./" ? "." : path
        let reason = path == ".." ? "contains the working folder" : "is the working folder"
        #expect(error.description == "will not replace '\(display)': it \(reason)" + Self.tail)
    }

    @Test("an empty folder and an earlier results folder are replaced with --force")
    func replacesOurs() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        try makeFolder(root + "/empty")
        try makeResultsFolder(root + "/old")
        for destination in [root + "/empty", root + "/old"] {
            let folder = try ResultsFolder(destination: destination, force: true)
            try TestSupport.write("new", to: folder.path(for: "runs.csv"))
            try folder.commit()
            #expect(TestSupport.entries(destination) == ["runs.csv"])
            #expect(TestSupport.read(destination + "/runs.csv") == "new")
        }
        #expect(TestSupport.entries(root) == ["empty", "old"])
    }

    @Test("content added to the destination during the run is found at commit: nothing replaced")
    func recheckedAtCommit() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        try makeResultsFolder(root + "/out")
        let folder = try ResultsFolder(destination: root + "/out", force: true)
        try TestSupport.write("new", to: folder.path(for: "runs.csv"))
        try TestSupport.write("added meanwhile", to: root + "/out/notes.md")
        let error = try #require(throws: OutputError.self) { try folder.commit() }
        #expect(error.description.contains("it holds 'notes.md', which WijkSim did not write"))
        #expect(TestSupport.entries(root + "/out") == ["manifest.json", "notes.md", "runs.csv"])
        #expect(TestSupport.read(root + "/out/runs.csv") == "scenario,replicate\n")
        #expect(TestSupport.entries(root) == ["out"])
    }

    @Test("discarding removes only WijkSim's files from the partial folder")
    func discardKeepsForeignFiles() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let folder = try ResultsFolder(destination: root + "/out", force: false)
        try TestSupport.write("ours", to: folder.path(for: "runs.csv"))
        try TestSupport.write("not ours", to: folder.path(for: "keep.txt"))
        folder.discard()
        #expect(TestSupport.entries(folder.partialPath) == ["keep.txt"])
    }

    @Test("every file that run and compare write is one WijkSim may later replace")
    func ownedNamesCoverEveryOutput() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let scenario = root + "/s.json"
        let variant = root + "/v.json"
        let baseline = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scenarios/baseline.json").path
        try TestSupport.write(#"{ "extends": "\#(baseline)", "name": "s" }"#, to: scenario)
        try TestSupport.write(#"{ "extends": "s.json", "name": "v", "run": { "seed": 3 } }"#, to: variant)
        let commands = [["run", scenario, "--out", root + "/run"],
                        ["compare", scenario, variant, "--out", root + "/compare"]]
        for command in commands {
            let capture = CapturedConsole()
            let status = WijkSimCommand.run(
                arguments: ["wijksim"] + command + ["--replicates", "2", "--weeks", "2", "--quiet"],
                console: capture.console)
            #expect(status == 0, "\(capture.standardError)")
            let folder = command[command.count - 1]
            #expect(!TestSupport.entries(folder).isEmpty)
            #expect(FolderOwnership.problem(replacing: folder) == nil)
            for entry in TestSupport.entries(folder) { #expect(FolderOwnership.ownedFileNames.contains(entry), "\(entry)") }
        }
    }
}
