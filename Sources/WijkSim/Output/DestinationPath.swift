/// A results destination split into the folder that holds it and its own name.
///
/// Splitting is purely textual for ordinary paths (`Results/baseline/` → parent
/// `Results`, name `baseline`; a bare `out` → parent `.`, name `out`), so a path whose
/// parent does not exist yet still works. A path whose last component is `.` or `..`
/// (`.`, `./`, `runs/..`) names a folder that must already exist: it is resolved with
/// `realpath` first, so the name is always a real component.
///
/// Invariants: `name` is non-empty, contains no `/` and is neither `.` nor `..`;
/// `parent` is non-empty (`.` for the working folder, `/` for the root).
struct DestinationPath: Equatable, Sendable {
    /// The destination as given, without trailing `/` (used in messages).
    let display: String
    /// The folder that holds the destination (where the partial sibling is written).
    let parent: String
    /// The destination's own name inside `parent`.
    let name: String

    /// Splits `given` into parent and name.
    /// - Throws: ``OutputError/notReplaceable(path:reason:)`` for `/` (it has no parent to
    ///   write beside), ``OutputError/cannotCreateFolder(path:reason:)`` when a `.` or `..`
    ///   path cannot be resolved (with the operating system's reason).
    init(_ given: String) throws(OutputError) {
        var trimmed = given
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        display = trimmed
        var path = trimmed
        let last = DestinationPath.lastComponent(of: path)
        if last == "." || last == ".." {
            guard let resolved = POSIXFiles.canonicalPath(path) else {
                throw .cannotCreateFolder(path: trimmed, reason: POSIXFiles.lastErrorReason())
            }
            path = resolved
        }
        if path == "/" {
            throw .notReplaceable(path: trimmed, reason: "is the root folder")
        }
        name = DestinationPath.lastComponent(of: path)
        if let slash = path.lastIndex(of: "/") {
            let head = String(path[..<slash])
            parent = head.isEmpty ? "/" : head
        } else {
            parent = "."
        }
    }

    /// `parent/component`, without doubling the `/` after the root.
    func sibling(_ component: String) -> String {
        parent == "/" ? "/" + component : parent + "/" + component
    }

    /// The text after the last `/` (the whole text if there is none).
    private static func lastComponent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
