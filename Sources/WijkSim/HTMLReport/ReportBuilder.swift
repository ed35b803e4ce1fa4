/// Turns a results folder into one HTML page, whichever command wrote it.
package enum ReportBuilder {
    /// The default report file name inside a results folder.
    package static let fileName = "report.html"

    /// The page for `results` in `language`.
    package static func html(_ results: LoadedResults, language: Language) -> String {
        switch results {
        case .run(let run): RunReportPage(results: run, text: Localizer(language)).html
        case .compare(let compare): CompareReportPage(results: compare, text: Localizer(language)).html
        case .sweep(let sweep): SweepReportPage(results: sweep, text: Localizer(language)).html
        case .worlds(let worlds): WorldsReportPage(results: worlds, text: Localizer(language)).html
        }
    }

    /// Reads the results folder at `folder` and writes its report to `path`.
    /// - Throws: ``ResultsError`` (65/66) for the folder, ``ReportError`` (73) for the file.
    package static func write(folder: String, to path: String, language: Language, force: Bool) throws {
        let results = try LoadedResults.read(folder: folder)
        try ReportFile.write(html(results, language: language), to: path, force: force)
    }
}
