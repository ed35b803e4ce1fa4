import Foundation

/// The folder a run writes into, made to appear complete or not at all, and never at
/// the cost of anything WijkSim did not write.
///
/// Files are written into a hidden sibling `.<name>.partial-<pid>` of the
/// destination; ``commit()`` renames it into place only when everything is written.
/// With `force`, an existing destination is replaced only after the new folder is
/// complete (old renamed aside to `.<name>.old-<pid>`, new moved in, old removed),
/// so an interrupted or failed run leaves the previous results intact.
///
/// What may be replaced is decided by ``FolderOwnership``: nothing, an empty folder,
/// or a results folder WijkSim wrote. Anything else (a file, a device, a link, the
/// working folder or one containing it, a folder with other content) is refused
/// with exit 73, with or without `force`, before anything is written; the check is
/// repeated just before the replacement. Deletion removes only WijkSim's own files.
///
/// Opening the folder first cleans the leftovers of dead WijkSim processes beside the
/// destination (``StaleLeftovers``), reporting each action through `note`. While the
/// folder is open its partial path is registered with ``InterruptCleanup``, which
/// removes it if the process receives SIGINT, SIGTERM, SIGHUP or SIGQUIT.
package final class ResultsFolder {
    /// The destination as given, without a trailing `/`.
    package let destination: String
    /// The hidden folder being written.
    package let partialPath: String
    private let path: DestinationPath
    private let force: Bool
    private let workingFolder: String
    private var isOpen = true

    /// Checks the destination, creates its parent and the partial folder.
    /// - Parameters:
    ///   - destination: folder to create, e.g. `Results/baseline/`, `out` or `.` (relative
    ///     to the working folder).
    ///   - force: replace an existing destination that WijkSim wrote when the run completes.
    ///   - note: receives a sentence for each stale leftover cleaned (for standard error).
    ///   - workingFolder: never replaced, nor a folder containing it: the working folder
    ///     (tests substitute a temporary one).
    /// - Throws: ``OutputError`` (exit 73): the destination is not WijkSim's to replace,
    ///   it exists without `force`, or a folder cannot be created (with the OS's reason).
    package init(destination: String, force: Bool, note: (String) -> Void = { _ in },
                workingFolder: String = ".") throws(OutputError) {
        path = try DestinationPath(destination)
        self.destination = path.display
        self.force = force
        self.workingFolder = workingFolder
        partialPath = path.sibling(".\(path.name).partial-\(getpid())")
        StaleLeftovers.clean(beside: path, note: note)
        try checkReplaceable()
        try POSIXFiles.createDirectories(path.parent)
        POSIXFiles.removeOwnedFolder(partialPath)
        try POSIXFiles.createDirectory(partialPath)
        InterruptCleanup.shared.register(partialPath)
    }

    deinit { discard() }

    /// The path of `file` inside the partial folder (where it must be written).
    package func path(for file: String) -> String {
        partialPath + "/" + file
    }

    /// The path `file` will have once the folder is committed.
    package func finalPath(for file: String) -> String {
        destination == "/" ? "/" + file : destination + "/" + file
    }

    /// Moves the complete partial folder to the destination.
    /// - Throws: ``OutputError``: the destination appeared meanwhile without `force`, or
    ///   is no longer WijkSim's to replace, or a rename failed; the partial folder is
    ///   removed and any old results kept.
    package func commit() throws(OutputError) {
        precondition(isOpen, "results folder committed or discarded twice")
        defer { discard() }
        guard POSIXFiles.kind(of: destination) != .missing else {
            try POSIXFiles.rename(partialPath, to: destination)
            return
        }
        try checkReplaceable()
        let aside = path.sibling(".\(path.name).old-\(getpid())")
        POSIXFiles.removeOwnedFolder(aside)
        try POSIXFiles.rename(destination, to: aside)
        do {
            try POSIXFiles.rename(partialPath, to: destination)
        } catch {
            try? POSIXFiles.rename(aside, to: destination)
            throw error
        }
        POSIXFiles.removeOwnedFolder(aside)
    }

    /// Removes the partial folder (if still there) and stops watching it; idempotent.
    package func discard() {
        guard isOpen else { return }
        isOpen = false
        POSIXFiles.removeOwnedFolder(partialPath)
        InterruptCleanup.shared.unregister(partialPath)
    }

    /// Throws unless `destination` is missing, or may be replaced and `force` is given.
    private func checkReplaceable() throws(OutputError) {
        if let problem = FolderOwnership.problem(replacing: destination, workingFolder: workingFolder) {
            throw .notReplaceable(path: destination, reason: problem)
        }
        if POSIXFiles.kind(of: destination) != .missing, !force {
            throw .destinationExists(path: destination)
        }
    }
}
