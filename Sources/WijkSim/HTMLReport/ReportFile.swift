import Foundation

/// Writes a report file whole or not at all, and never over a file WijkSim did not write.
///
/// The page is written to a hidden sibling `.<name>.partial-<pid>` and renamed into place,
/// so a reader never sees half a report. An existing path is replaced only with `force`,
/// and only when it is a regular file (not a link, folder or device) whose first
/// ``markByteLimit`` bytes carry ``HTMLDocument/generatorPrefix``: a report WijkSim wrote.
enum ReportFile {
    /// How much of an existing file is read to find the generator mark. Unit: bytes.
    static let markByteLimit = 4096

    /// Whether the file at `path` is a report WijkSim wrote (a regular file carrying the mark).
    static func isOurReport(_ path: String) -> Bool {
        guard POSIXFiles.kind(of: path) == .file,
              let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: markByteLimit)) ?? Data()
        return String(decoding: head, as: UTF8.self).contains(HTMLDocument.generatorPrefix)
    }

    /// Writes `html` to `path`.
    /// - Throws: ``ReportError`` (73): the path exists without `force`, is not a WijkSim
    ///   report, is a link, folder or device, or cannot be written.
    static func write(_ html: String, to path: String, force: Bool) throws(ReportError) {
        switch POSIXFiles.kind(of: path) {
        case .missing: break
        case .symbolicLink: throw .notReplaceable(path: path, reason: "is a symbolic link (WijkSim replaces neither a link nor what it points to)")
        case .directory: throw .notReplaceable(path: path, reason: "is a folder; --out takes a file name such as report.html")
        case .device: throw .notReplaceable(path: path, reason: "is a device")
        case .other: throw .notReplaceable(path: path, reason: "is not a regular file")
        case .file:
            guard force else { throw .exists(path: path) }
            guard isOurReport(path) else {
                throw .notReplaceable(path: path, reason: "is not a report WijkSim wrote (it has no \(HTMLDocument.generatorPrefix)…\">)")
            }
        }
        let destination: DestinationPath
        do { destination = try DestinationPath(path) } catch { throw .cannotWrite(path: path, reason: error.description) }
        let partial = destination.sibling(".\(destination.name).partial-\(getpid())")
        do {
            let handle = try POSIXFiles.createFile(partial)
            try handle.write(contentsOf: Data(html.utf8))
            try handle.close()
        } catch {
            unlink(partial)
            throw .cannotWrite(path: path, reason: Self.reason(error))
        }
        guard Foundation.rename(partial, path) == 0 else {
            let reason = POSIXFiles.lastErrorReason()
            unlink(partial)
            throw .cannotWrite(path: path, reason: reason)
        }
    }

    private static func reason(_ error: any Error) -> String {
        if let output = error as? OutputError, case .cannotCreateFile(_, let reason) = output { return reason }
        return "\(error.localizedDescription)"
    }
}
