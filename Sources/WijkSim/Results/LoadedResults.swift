/// A results folder read for a report: which command wrote it, and its contents.
package enum LoadedResults: Sendable {
    /// Written by `wijksim run`.
    case run(RunResults)
    /// Written by `wijksim compare`.
    case compare(CompareResults)
    /// Written by `wijksim sweep` or `wijksim merge`.
    case sweep(SweepResults)
    /// Written by `wijksim compare … --worlds N` or its merge.
    case worlds(WorldsResults)

    /// Reads the results folder at `folder`; its kind comes from `manifest.json`
    /// (``ResultsManifest/kind``), then the CSV files that kind writes are read.
    /// - Throws: ``ResultsError``: 66 when the folder or a needed file is missing, 65 when
    ///   a file is not what WijkSim writes.
    package static func read(folder: String) throws(ResultsError) -> LoadedResults {
        switch POSIXFiles.kind(of: folder) {
        case .missing: throw .missingFolder(path: folder, reason: "does not exist")
        case .directory: break
        case .symbolicLink where POSIXFiles.isDirectory(folder): break
        default: throw .missingFolder(path: folder, reason: "is not a folder")
        }
        let manifest = try ResultsManifest(folder: folder)
        switch manifest.kind {
        case .run: return .run(try RunResults(folder: folder, manifest: manifest))
        case .compare: return .compare(try CompareResults(folder: folder, manifest: manifest))
        case .sweep: return .sweep(try SweepResults(folder: folder, manifest: manifest))
        case .worlds: return .worlds(try WorldsResults(folder: folder, manifest: manifest))
        }
    }
}
