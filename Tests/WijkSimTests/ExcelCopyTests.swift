import Foundation
import Testing
@testable import WijkSim

@Suite("Excel copies")
struct ExcelCopyTests {
    /// Reads a `;`-separated Excel copy back: strips the BOM, splits (no quoted fields here).
    private func readExcel(_ path: String) throws -> [[String]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(Array(data.prefix(3)) == ExcelCopy.byteOrderMark, "UTF-8 byte-order mark")
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        return text.split(separator: "\n").map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test("runs, summary, timeseries and unit Excel copies round-trip to the same numbers; seeds and names stay text")
    func roundTrip() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let folder = ReportTestSupport.runFolder(in: root, extra: ["--excel"])
        // Catches: --excel skipping the unit files (readExcel fails on a missing copy).
        for file in [RunRecorder.summaryFile, RunRecorder.runsFile, RunRecorder.timeSeriesFile,
                     UnitRecorder.unitsFile, UnitRecorder.summaryFile] {
            let original = try WijkSim.CSVTable.parse(TestSupport.read(folder + "/" + file), path: file)
            let excel = try readExcel(folder + "/" + ExcelCopy.name(for: file))
            #expect(excel.count == original.count)
            #expect(excel.first == original.first, "same header")
            for (a, b) in zip(original.dropFirst(), excel.dropFirst()) {
                #expect(a.count == b.count)
                for (x, y) in zip(a, b) {
                    // Catches: a field converted twice, a lost digit, a decimal point left in place.
                    if let number = Double(x), !x.hasPrefix("s") {
                        #expect(!y.contains("."), "\(y)")
                        #expect(Double(y.replacingOccurrences(of: ",", with: ".")) == number, "\(x) → \(y)")
                    } else {
                        #expect(x == y, "text kept: \(x) → \(y)")
                    }
                }
            }
        }
    }

    @Test("text columns are never converted; fields with ';' or quotes are quoted")
    func textAndQuotes() {
        #expect(ExcelCopy.field("1.5", column: "scenario") == "1.5", "a scenario named 1.5")
        #expect(ExcelCopy.field("1.5", column: "mean") == "1,5")
        #expect(ExcelCopy.field("1.5", column: "unit") == "1.5", "a neighbourhood named 1.5")
        #expect(ExcelCopy.field("1.5", column: "unit_type") == "1.5")
        #expect(ExcelCopy.field("NA", column: "mean") == "NA")
        #expect(ExcelCopy.field("a;b", column: "scenario") == "\"a;b\"")
        #expect(ExcelCopy.name(for: "comparison-timeseries.csv") == "comparison-timeseries-excel.csv")
    }
}
