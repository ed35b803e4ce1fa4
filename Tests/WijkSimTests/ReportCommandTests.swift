import Foundation
import Testing
@testable import WijkSim

@Suite("wijksim report command")
struct ReportCommandTests {
    private typealias S = ReportTestSupport

    @Test("report DIR writes DIR/report.html; again without --force is refused (73), with --force replaced")
    func defaultOutput() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let folder = S.runFolder(in: root)
        let first = S.wijksim(["report", folder])
        #expect(first.status == 0, "\(first.capture.standardError)")
        #expect(first.capture.standardOutput == "Wrote \(folder)/report.html\n")
        #expect(ReportFile.isOurReport(folder + "/report.html"))
        let again = S.wijksim(["report", folder])
        #expect(again.status == 73)
        #expect(again.capture.standardError == "wijksim: error: report '\(folder)/report.html' already exists; use --force to replace it (only a report WijkSim wrote is replaced)\n")
        #expect(S.wijksim(["report", folder, "--force", "--lang", "nl"]).status == 0)
        #expect(TestSupport.read(folder + "/report.html").contains("<html lang=\"nl\">"))
        // The folder with its report is still WijkSim's to replace (report.html is owned).
        #expect(FolderOwnership.problem(replacing: folder) == nil)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "no partial file left")
    }

    @Test("--force never replaces a file WijkSim did not write, a folder or a link (73)")
    func refusesForeignFiles() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let folder = S.runFolder(in: root)
        let notes = root + "/notes.html"
        try "<html><body>my notes</body></html>".write(toFile: notes, atomically: false, encoding: .utf8)
        let foreign = S.wijksim(["report", folder, "--out", notes, "--force"])
        #expect(foreign.status == 73)
        #expect(foreign.capture.standardError.contains("will not replace '\(notes)': it is not a report WijkSim wrote"))
        #expect(TestSupport.read(notes) == "<html><body>my notes</body></html>", "untouched")
        #expect(S.wijksim(["report", folder, "--out", root, "--force"]).status == 73, "a folder")
        let link = root + "/link.html"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder + "/report.html")
        #expect(S.wijksim(["report", folder, "--out", link, "--force"]).status == 73, "a link")
        #expect(S.wijksim(["report", folder, "--out", root + "/missing/r.html"]).status == 73, "no such folder")
    }

    @Test("a folder that is not run or compare output: exit 66 or 65 naming what is missing or wrong")
    func badFolders() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let missing = S.wijksim(["report", root + "/nothing"])
        #expect(missing.status == 66)
        #expect(missing.capture.standardError == "wijksim: error: results folder '\(root)/nothing' does not exist; expected a folder written by 'wijksim run' or 'wijksim compare'\n")
        let empty = root + "/empty"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: false)
        let noManifest = S.wijksim(["report", empty])
        #expect(noManifest.status == 66)
        #expect(noManifest.capture.standardError.contains("'\(empty)/manifest.json' is missing; expected a results folder written by 'wijksim run' or 'wijksim compare'"))
        try #"{"tool": "other"}"#.write(toFile: empty + "/manifest.json", atomically: false, encoding: .utf8)
        #expect(S.wijksim(["report", empty]).status == 65)

        let folder = S.runFolder(in: root)
        try FileManager.default.removeItem(atPath: folder + "/timeseries.csv")
        let noSeries = S.wijksim(["report", folder])
        #expect(noSeries.status == 66)
        #expect(noSeries.capture.standardError.contains("'\(folder)/timeseries.csv' is missing"))
        try "scenario,metric,n,mean\nx,y,1,2\n".write(toFile: folder + "/summary.csv", atomically: false, encoding: .utf8)
        let badSummary = S.wijksim(["report", folder])
        #expect(badSummary.status == 65)
        #expect(badSummary.capture.standardError.contains("'\(folder)/summary.csv' line 1: no column 'sd'"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/report.html"), "nothing written")
    }

    @Test("bad flags are usage errors (64) naming the flag and what it expects")
    func badFlags() {
        let lang = S.wijksim(["report", "x", "--lang", "de"])
        #expect(lang.status == 64)
        #expect(lang.capture.standardError.hasPrefix("wijksim: error: --lang: expected en or nl, found 'de'\n"))
        #expect(S.wijksim(["report"]).status == 64)
        #expect(S.wijksim(["run", "x.json", "--lang", "fr"]).capture.standardError.hasPrefix("wijksim: error: --lang: expected en or nl, found 'fr'"))
    }

    @Test("run and compare --report --excel --lang nl write report.html and the Excel copies inside the folder")
    func runAndCompareExtras() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let run = S.runFolder(in: root, extra: ["--report", "--excel", "--lang", "nl"])
        for file in ["report.html", "runs-excel.csv", "summary-excel.csv", "timeseries-excel.csv"] {
            #expect(FileManager.default.fileExists(atPath: run + "/" + file), "\(file)")
        }
        #expect(TestSupport.read(run + "/report.html").contains("Verbindingssucces per soort verzoek"))
        #expect(FolderOwnership.problem(replacing: run) == nil, "every file is WijkSim's")
        let compare = S.compareFolder(in: root, extra: ["--report", "--excel"])
        for file in ["report.html", "comparison-excel.csv", "comparison-timeseries-excel.csv"] {
            #expect(FileManager.default.fileExists(atPath: compare + "/" + file), "\(file)")
        }
        #expect(FolderOwnership.problem(replacing: compare) == nil)
    }

    @Test("--lang nl: the terminal summaries of run and compare are Dutch with decimal commas")
    func dutchSummaries() throws {
        let root = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(root) }
        let run = S.wijksim(["run", S.scenarios + "/baseline.json", "--replicates", "2", "--weeks", "3", "--quiet",
                             "--out", root + "/r", "--lang", "nl"])
        #expect(run.status == 0)
        let text = run.capture.standardOutput
        #expect(text.contains("2 herhalingen × 3 weken") && text.contains("Verbindingssucces (gemiddelde over de herhalingen)"))
        #expect(text.contains("  vraag "))
        #expect(text.range(of: #"\d+,\d%"#, options: .regularExpression) != nil)
        #expect(text.range(of: #"\d+\.\d%"#, options: .regularExpression) == nil, "no decimal point")
        let compare = S.wijksim(["compare", S.scenarios + "/baseline.json", S.scenarios + "/interventions/no-connectors.json",
                                 "--replicates", "2", "--weeks", "3", "--quiet", "--out", root + "/c", "--lang", "nl"])
        // The Dutch sentence with a decimal comma (2 replicates of 3 weeks: the sign is chance).
        #expect(compare.capture.standardOutput.range(of: #"no connectors: verbindingssucces [−+]?\d+,\d"#, options: .regularExpression) != nil)
        #expect(compare.capture.standardOutput.contains("Vergeleken met baseline: 2 gepaarde herhalingen × 3 weken"))
    }
}
