import Foundation
import Testing
@testable import WijkSim

@Suite("CSVWriter")
struct OutputCSVWriterTests {
    @Test("RFC 4180 quoting", arguments: [
        ("plain", "plain"),
        ("", ""),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("line\nbreak", "\"line\nbreak\""),
        ("carriage\rreturn", "\"carriage\rreturn\""),
        ("wijk Noord-Oost", "wijk Noord-Oost"),
    ])
    func quoting(field: String, expected: String) {
        #expect(CSVWriter.quote(field) == expected)
    }

    @Test("number formatting", arguments: [
        (3.0, "3"), (-12.0, "-12"), (0.0, "0"), (-0.0, "0"), (0.1, "0.1"), (2.5, "2.5"),
        (1e-5, "1e-05"), (9_007_199_254_740_991, "9007199254740991"),
        (9_007_199_254_740_992, "9007199254740992.0"), (-1.5e300, "-1.5e+300"), (1e20, "1e+20"),
        (Double.nan, "NA"), (Double.infinity, "Inf"), (-Double.infinity, "-Inf"),
    ])
    func formatting(value: Double, expected: String) {
        #expect(CSVWriter.format(value) == expected)
    }

    @Test("formatted numbers read back to the same Double")
    func roundTrip() {
        var mixer = SplitMix64(seed: 42)
        for _ in 0..<10_000 {
            let bits = mixer.next()
            let value = Double(bitPattern: bits)
            guard value.isFinite else { continue }
            let text = CSVWriter.format(value)
            #expect(Double(text) == value, "bits \(bits): \(value) printed as \(text)")
        }
        #expect(Double(CSVWriter.format(1.0 / 3.0)) == 1.0 / 3.0)
    }

    @Test("rows stream to the file in 64 KiB chunks and all arrive on close")
    func streaming() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let path = folder + "/stream.csv"
        let writer = try CSVWriter(path: path)
        var expected = ""
        for row in 0..<5_000 {
            let fields = [String(row), "name, \(row)", CSVWriter.format(Double(row) / 7)]
            try writer.writeRow(fields)
            expected += fields.map(CSVWriter.quote).joined(separator: ",") + "\n"
        }
        let partial = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        #expect(partial >= CSVWriter.flushThreshold)
        #expect(partial < expected.utf8.count)
        try writer.close()
        #expect(TestSupport.read(path) == expected)
    }

    @Test("a file that cannot be created is exit 73 with the OS reason")
    func cannotCreate() throws {
        try #require(throws: OutputError.cannotCreateFile(path: "/nonexistent-dir/x.csv",
                                                     reason: "No such file or directory")) {
            _ = try CSVWriter(path: "/nonexistent-dir/x.csv")
        }
        #expect(OutputError.cannotCreateFile(path: "p", reason: "r").exitCode == .cannotCreate)
    }
}
