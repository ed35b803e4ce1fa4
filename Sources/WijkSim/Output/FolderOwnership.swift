import Foundation

/// Decides whether WijkSim may replace or delete what stands at a path.
///
/// The rule: WijkSim replaces only what it wrote. A destination may be replaced
/// when nothing is there, when it is an empty folder, or when it is a real folder
/// (not a link) whose `manifest.json` says `"tool": "wijksim"` and whose every entry
/// is a regular file with a name in ``ownedFileNames``. Never: a file, a device, a
/// link (nor what it points to), the working folder or a folder containing it, the
/// root, or a folder holding anything else.
///
/// Deletion follows the same rule file by file (``POSIXFiles/removeOwnedFolder(_:)``),
/// so even a folder that changed after it was checked loses only WijkSim's files.
enum FolderOwnership {
    /// Every file name a WijkSim command writes into a results folder. A command that
    /// writes a new file must add its name here (a test runs each command and checks).
    static let ownedFileNames = Set([
        RunRecorder.runsFile, RunRecorder.summaryFile, RunRecorder.timeSeriesFile, RunRecorder.manifestFile,
        ComparisonRecorder.comparisonFile, ComparisonRecorder.timeSeriesFile, ComparisonRecorder.manifestFile,
        ComparisonRecorder.decompositionFile,
        ReportBuilder.fileName,
    ] + UnitRecorder.fileNames + ExcelCopy.fileNames + SweepFiles.all + CalibrationFiles.results
        + WorldsFiles.all + WorldsFiles.excelSources.map(ExcelCopy.name(for:)))

    /// The largest `manifest.json` read to check its owner, in bytes; a larger one is not ours.
    static let manifestByteLimit = 64 << 20

    /// Why the thing at `path` must not be replaced, as the end of a sentence that starts
    /// with "it" (e.g. `is a symbolic link`); `nil` when it may be replaced or is absent.
    /// - Parameter workingFolder: the folder that is never replaced, nor any folder that
    ///   contains it: the process's working folder (tests substitute a temporary one).
    static func problem(replacing path: String, workingFolder: String = ".") -> String? {
        switch POSIXFiles.kind(of: path) {
        case .missing: return nil
        case .symbolicLink: return "is a symbolic link (WijkSim replaces neither a link nor what it points to)"
        case .file: return "is a file, not a folder"
        case .device: return "is a device, not a folder"
        case .other: return "is not a folder"
        case .directory: break
        }
        if let problem = workingFolderProblem(path, workingFolder: workingFolder) { return problem }
        guard let entries = POSIXFiles.entries(of: path) else {
            return "cannot be read (\(POSIXFiles.lastErrorReason()))"
        }
        if entries.isEmpty { return nil }
        guard isOurManifest(path + "/" + RunRecorder.manifestFile) else {
            return "is not a WijkSim results folder (it has no manifest.json written by WijkSim)"
        }
        for entry in entries {
            guard ownedFileNames.contains(entry), POSIXFiles.kind(of: path + "/" + entry) == .file else {
                return "holds '\(entry)', which WijkSim did not write"
            }
        }
        return nil
    }

    /// Whether the folder at `path` holds only files WijkSim writes (any of them may be
    /// missing): the test for a leftover partial folder, which has no manifest yet.
    static func holdsOnlyOwnedFiles(_ path: String) -> Bool {
        guard POSIXFiles.kind(of: path) == .directory, let entries = POSIXFiles.entries(of: path) else {
            return false
        }
        return entries.allSatisfy { ownedFileNames.contains($0) && POSIXFiles.kind(of: path + "/" + $0) == .file }
    }

    /// The working folder itself, or a folder that contains it (up to `/`), is never replaced.
    private static func workingFolderProblem(_ path: String, workingFolder: String) -> String? {
        guard let target = POSIXFiles.canonicalPath(path),
              let working = POSIXFiles.canonicalPath(workingFolder) else { return nil }
        if target == working { return "is the working folder" }
        if target == "/" || working.hasPrefix(target + "/") { return "contains the working folder" }
        return nil
    }

    /// Whether `path` is a regular file holding a JSON object with `"tool": "wijksim"`.
    static func isOurManifest(_ path: String) -> Bool {
        guard POSIXFiles.kind(of: path) == .file,
              let bytes = POSIXFiles.readBytes(path, limit: manifestByteLimit),
              let document = try? JSONParser.parse(bytes, file: path),
              case .string(let tool, _)? = document["tool"] else { return false }
        return tool == "wijksim"
    }
}
