import Foundation
import Testing
@testable import WijkSim

@Suite("ResultsFolder")
struct OutputResultsFolderTests {
    /// Writes `text` as the folder's `runs.csv` (a file WijkSim owns).
    private func writeMarker(_ text: String, in folder: String) throws {
        try text.write(toFile: folder + "/runs.csv", atomically: false, encoding: .utf8)
    }

    /// Makes `folder` an earlier results folder: our manifest and a marker.
    private func makeOldResults(_ folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try #"{ "tool": "wijksim" }"#.write(toFile: folder + "/manifest.json", atomically: false, encoding: .utf8)
        try writeMarker("old", in: folder)
    }

    private func siblings(of folder: String) -> [String] {
        let parent = (folder as NSString).deletingLastPathComponent
        return ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).sorted()
    }

    @Test("a new folder appears only on commit")
    func commitCreates() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let destination = root + "/Results/baseline/"
        let folder = try ResultsFolder(destination: destination, force: false)
        #expect(folder.partialPath == root + "/Results/.baseline.partial-\(getpid())")
        try writeMarker("new", in: folder.partialPath)
        #expect(!FileManager.default.fileExists(atPath: destination))
        try folder.commit()
        #expect(TestSupport.read(root + "/Results/baseline/runs.csv") == "new")
        #expect(siblings(of: root + "/Results/baseline") == ["baseline"])
    }

    @Test("an existing folder is refused without --force (exit 73)")
    func refusesWithoutForce() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        try FileManager.default.createDirectory(atPath: root + "/out", withIntermediateDirectories: true)
        let error = try #require(throws: OutputError.self) {
            _ = try ResultsFolder(destination: root + "/out/", force: false)
        }
        #expect(error.description == "output folder '\(root)/out' already exists; use --force to replace it")
        #expect(error.exitCode.rawValue == 73)
        #expect(siblings(of: root + "/out") == ["out"])
    }

    @Test("--force replaces the old folder once the new one is complete")
    func forceReplaces() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let destination = root + "/out"
        try makeOldResults(destination)
        let folder = try ResultsFolder(destination: destination, force: true)
        try writeMarker("new", in: folder.partialPath)
        #expect(TestSupport.read(destination + "/runs.csv") == "old")
        try folder.commit()
        #expect(TestSupport.read(destination + "/runs.csv") == "new")
        #expect(siblings(of: destination) == ["out"])
    }

    @Test("a run that fails midway leaves the old results and no partial folder")
    func failureKeepsOld() throws {
        struct Boom: Error, Equatable {}
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let destination = root + "/out"
        try makeOldResults(destination)
        #expect(throws: OutputError.cannotWrite(path: "runs.csv", reason: "boom")) {
            let folder = try ResultsFolder(destination: destination, force: true)
            defer { folder.discard() }
            let recorder = try RunRecorder(scenarioName: "s", weeks: 2, path: folder.path(for:))
            let runner = BatchRunner(replicates: 50, jobs: 3, masterSeed: 1)
            try runner.run(
                work: { _, seed in TestSupport.fakeResult(seed: seed, weeks: 2) },
                consume: { (item: BatchItem<ReplicateResult>) throws(OutputError) in
                    if item.replicate == 10 { throw .cannotWrite(path: "runs.csv", reason: "boom") }
                    try recorder.record(replicate: item.replicate, seed: item.seed, result: item.output)
                })
            try folder.commit()
        }
        #expect(TestSupport.read(destination + "/runs.csv") == "old")
        #expect(siblings(of: destination) == ["out"])
    }

    @Test("a parent that cannot be created is exit 73 with the path and the OS reason")
    func parentCannotBeCreated() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        try "x".write(toFile: root + "/file", atomically: false, encoding: .utf8)
        let error = try #require(throws: OutputError.self) {
            _ = try ResultsFolder(destination: root + "/file/sub/out", force: false)
        }
        #expect(error.description == "cannot create folder '\(root)/file/sub': Not a directory")
        #expect(error.exitCode == .cannotCreate)
    }
}
