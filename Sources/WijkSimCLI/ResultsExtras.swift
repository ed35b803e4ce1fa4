import WijkSim
import WijkSimBench
/// What `run` and `compare` add to a results folder on request, before it is committed:
/// `report.html` (`--report`, built from the folder's own files, as `wijksim report`
/// would) and the Excel copies (`--excel`).
enum ResultsExtras {
    /// Writes the extras into `folder` (the partial results folder).
    /// - Returns: the file names written, Excel copies first.
    /// - Throws: ``OutputError`` (73) when a file cannot be written.
    static func write(in folder: String, report: Bool, excel: Bool, language: Language) throws(OutputError) -> [String] {
        var written: [String] = []
        if excel { written += try ExcelCopy.writeCopies(in: folder) }
        if report {
            let path = folder + "/" + ReportBuilder.fileName
            do {
                try ReportBuilder.write(folder: folder, to: path, language: language, force: false)
            } catch {
                throw .cannotWrite(path: path, reason: "\(error)")
            }
            written.append(ReportBuilder.fileName)
        }
        return written
    }
}
