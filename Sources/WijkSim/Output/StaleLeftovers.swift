import Foundation

/// Cleans what an earlier WijkSim process left beside a destination when it was killed
/// (SIGKILL, power loss) before it could tidy up.
///
/// A run writes `.<name>.partial-<pid>` beside the destination and, while replacing old
/// results, renames them to `.<name>.old-<pid>` for a moment. When the process `<pid>`
/// no longer exists, the next run into the same destination:
/// - removes a stale partial folder (its results were never complete, or never moved in);
/// - puts a stale old folder back as the destination when the destination is missing
///   (the process died between the two renames), and otherwise removes it;
/// and says what it did through `note`. A leftover whose process still runs, or that
/// holds anything WijkSim did not write, is left alone (the latter with a note).
enum StaleLeftovers {
    /// Cleans the leftovers of dead processes beside `destination`.
    /// - Parameter note: receives one sentence per action, for standard error.
    static func clean(beside destination: DestinationPath, note: (String) -> Void) {
        let partialPrefix = ".\(destination.name).partial-"
        let oldPrefix = ".\(destination.name).old-"
        for entry in POSIXFiles.entries(of: destination.parent) ?? [] {
            let isPartial = entry.hasPrefix(partialPrefix)
            guard isPartial || entry.hasPrefix(oldPrefix),
                  let pid = processID(in: entry.dropFirst(isPartial ? partialPrefix.count : oldPrefix.count)),
                  pid != getpid(), !POSIXFiles.isProcessAlive(pid) else { continue }
            let path = destination.sibling(entry)
            let origin = "left by process \(pid), which is no longer running"
            guard POSIXFiles.kind(of: path) == .directory else { continue }
            if !isPartial, POSIXFiles.kind(of: destinationPath(destination)) == .missing,
               FolderOwnership.problem(replacing: path) == nil {
                if (try? POSIXFiles.rename(path, to: destinationPath(destination))) != nil {
                    note("restored earlier results '\(destination.display)' from '\(path)', \(origin)")
                }
                continue
            }
            let isOurs = isPartial ? FolderOwnership.holdsOnlyOwnedFiles(path)
                                   : FolderOwnership.problem(replacing: path) == nil
            if isOurs, POSIXFiles.removeOwnedFolder(path) {
                note("removed \(isPartial ? "unfinished" : "superseded") results '\(path)', \(origin)")
            } else {
                note("left '\(path)' in place, \(origin): it holds files WijkSim did not write")
            }
        }
    }

    /// The destination's own path beside its leftovers.
    private static func destinationPath(_ destination: DestinationPath) -> String {
        destination.sibling(destination.name)
    }

    /// The process id in a leftover's suffix: decimal digits only, in `1...Int32.max`.
    private static func processID(in suffix: Substring) -> Int32? {
        guard !suffix.isEmpty, suffix.count <= 10, suffix.allSatisfy({ $0.isASCII && $0.isNumber }),
              let pid = Int32(suffix), pid > 0 else { return nil }
        return pid
    }
}
