import Foundation

/// The folder a run writes into, made to appear complete or not at all.
///
/// Files are written into a hidden sibling `.<name>.partial-<pid>` of the
/// destination; ``commit()`` renames it into place only when everything is written.
/// With `force`, an existing destination is replaced only after the new folder is
/// complete (old renamed aside to `.<name>.old-<pid>`, new moved in, old deleted),
/// so an interrupted or failed run leaves the previous results intact.
///
/// While the folder is open its partial path is registered with ``InterruptCleanup``,
/// which removes it if the process receives SIGINT or SIGTERM.
public final class ResultsFolder {
    /// The destination as given, without a trailing `/`.
    public let destination: String
    /// The hidden folder being written.
    public let partialPath: String
    private let parent: String
    private let name: String
    private let force: Bool
    private var isOpen = true

    /// Checks the destination, creates its parent and the partial folder.
    /// - Parameters:
    ///   - destination: folder to create, e.g. `Results/baseline/`.
    ///   - force: replace an existing destination when the run completes.
    /// - Throws: ``OutputError`` (exit 73): the destination exists without `force`,
    ///   or a folder cannot be created (with the operating system's reason).
    public init(destination: String, force: Bool) throws(OutputError) {
        var trimmed = destination
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.destination = trimmed
        self.force = force
        let nsPath = trimmed as NSString
        name = nsPath.lastPathComponent
        let directory = nsPath.deletingLastPathComponent
        parent = directory.isEmpty ? "." : directory
        partialPath = (parent as NSString).appendingPathComponent(".\(name).partial-\(getpid())")
        if POSIXFiles.exists(trimmed), !force { throw .destinationExists(path: trimmed) }
        try POSIXFiles.createDirectories(parent)
        POSIXFiles.removeTree(partialPath)
        try POSIXFiles.createDirectory(partialPath)
        InterruptCleanup.shared.register(partialPath)
    }

    deinit { discard() }

    /// The path of `file` inside the partial folder (where it must be written).
    public func path(for file: String) -> String {
        (partialPath as NSString).appendingPathComponent(file)
    }

    /// The path `file` will have once the folder is committed.
    public func finalPath(for file: String) -> String {
        (destination as NSString).appendingPathComponent(file)
    }

    /// Moves the complete partial folder to the destination.
    /// - Throws: ``OutputError``: the destination appeared meanwhile without `force`,
    ///   or a rename failed; the partial folder is removed and any old results kept.
    public func commit() throws(OutputError) {
        precondition(isOpen, "results folder committed or discarded twice")
        defer { discard() }
        guard POSIXFiles.exists(destination) else {
            try POSIXFiles.rename(partialPath, to: destination)
            return
        }
        guard force else { throw .destinationExists(path: destination) }
        let aside = (parent as NSString).appendingPathComponent(".\(name).old-\(getpid())")
        POSIXFiles.removeTree(aside)
        try POSIXFiles.rename(destination, to: aside)
        do {
            try POSIXFiles.rename(partialPath, to: destination)
        } catch {
            try? POSIXFiles.rename(aside, to: destination)
            throw error
        }
        POSIXFiles.removeTree(aside)
    }

    /// Removes the partial folder (if still there) and stops watching it; idempotent.
    public func discard() {
        guard isOpen else { return }
        isOpen = false
        POSIXFiles.removeTree(partialPath)
        InterruptCleanup.shared.unregister(partialPath)
    }
}
