import WijkSim
import WijkSimBench
/// The parsed command line of `wijksim report`.
package struct ReportOptions: Sendable, Equatable {
    /// The results folder (written by `run` or `compare`).
    package var folder: String
    /// `--out FILE`; `nil` means `FOLDER/report.html`.
    package var outputFile: String?
    /// `--lang en|nl`.
    package var language: Language = .english
    /// `--force`: replace an existing report that WijkSim wrote.
    package var isForced = false

    /// The usage line of `wijksim report`.
    package static let usage = "Usage: wijksim report DIR [--out FILE] [--lang en|nl] [--force]"

    static let scanner = ArgumentScanner(options: [
        .value("--out", expected: "a file path, e.g. report.html"),
        .value("--lang", expected: Language.flagValues),
        .flag("--force"),
    ], usage: usage)

    /// The file written: `--out`, or `report.html` inside the folder.
    package var destination: String {
        if let outputFile { return outputFile }
        var trimmed = folder
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        return (trimmed == "/" ? "" : trimmed) + "/" + ReportBuilder.fileName
    }

    /// Parses the arguments after `report`.
    /// - Throws: ``CLIError`` (64) naming the option or argument and what was expected.
    package static func parse(_ arguments: [String]) throws(CLIError) -> ReportOptions {
        let scanned = try scanner.scan(arguments)
        guard let folder = scanned.positionals.first else {
            throw CLIError("missing argument DIR (a results folder written by 'wijksim run' or 'wijksim compare')", usage: usage)
        }
        if scanned.positionals.count > 1 {
            throw CLIError("unexpected argument '\(scanned.positionals[1])'", usage: usage)
        }
        var options = ReportOptions(folder: folder)
        if let out = scanned.values["--out"] {
            guard !out.isEmpty, !out.hasSuffix("/") else {
                throw CLIError("--out: expected a file path, e.g. report.html, found '\(out)'", usage: usage)
            }
            options.outputFile = out
        }
        if let text = scanned.values["--lang"] {
            guard let language = Language(rawValue: text) else {
                throw CLIError("--lang: expected \(Language.flagValues), found '\(text)'", usage: usage)
            }
            options.language = language
        }
        options.isForced = scanned.flags.contains("--force")
        return options
    }

    /// Options for `folder` with nothing else given.
    package init(folder: String) { self.folder = folder }
}
