import Foundation

/// A scenario file read with everything it `extends`: one merged tree.
struct ScenarioSource: Sendable {
    /// The merged tree, `extends` removed; every node keeps the file it was written in.
    var tree: JSONValue
    /// The files read, the named file first, then each file it extends in turn.
    var files: [String]
}

/// Reads scenario files and resolves `extends` chains.
///
/// `"extends": "other.json"` (relative to the extending file's folder, or
/// absolute) builds on another file, recursively: objects merge deeply with
/// the extending file winning; arrays and scalars replace. A chain holds at
/// most ``maximumChainLength`` files and a file at most ``maximumFileBytes``
/// bytes, so reading costs bounded time and memory on any input (devices
/// such as `/dev/zero` included).
enum ScenarioFileReader {
    /// Most files in one `extends` chain, the named file included.
    static let maximumChainLength = 64
    /// Largest scenario file, in bytes (64 MiB).
    static let maximumFileBytes = 64 << 20
    /// Longest file or folder name in an `extends` path, in bytes (POSIX NAME_MAX).
    static let maximumNameBytes = 255
    /// Longest resolved `extends` path, in bytes (POSIX PATH_MAX).
    static let maximumPathBytes = 4096

    /// Reads `path` and everything it extends.
    static func read(path: String) throws(ScenarioError) -> ScenarioSource {
        var chain: [(display: String, canonical: String)] = []
        let tree = try read(path: path, chain: &chain)
        return ScenarioSource(tree: tree, files: chain.map(\.display))
    }

    /// Reads `path`, the last file of `chain` so far, and what it extends; on
    /// return `chain` holds every file read, in order.
    private static func read(path: String, chain: inout [(display: String, canonical: String)]) throws(ScenarioError) -> JSONValue {
        let extenders = chain.map(\.display)
        chain.append((path, canonical(path)))
        let note = extensionNote(extenders)
        let bytes = try contents(of: path, note: note)
        let tree: JSONValue
        do throws(JSONSyntaxError) {
            tree = try JSONParser.parse(bytes, file: path)
        } catch {
            throw ScenarioError(.invalidJSON, file: path, line: error.line, column: error.column, message: "invalid JSON: \(error.message)" + note)
        }
        guard case .object = tree else {
            throw ScenarioError(.wrongType, at: tree.location, orIn: path, keyPath: "",
                                message: "expected a JSON object, found \(tree.messageDescription)" + note)
        }
        guard let extends = tree["extends"] else { return tree }
        guard case .string(let parentName, _) = extends, !parentName.isEmpty, !parentName.unicodeScalars.contains("\0") else {
            throw ScenarioError(.wrongType, at: extends.location, orIn: path, keyPath: "extends",
                                message: "expected the name of a scenario file, found \(extends.messageDescription)" + note)
        }
        let parent = resolve(parentName, relativeTo: path)
        let longestPart = parentName.split(separator: "/").map(\.utf8.count).max() ?? 0
        if longestPart > maximumNameBytes || parent.utf8.count > maximumPathBytes {
            throw ScenarioError(.invalidValue, at: extends.location, orIn: path, keyPath: "extends",
                                message: "expected the name of a scenario file (at most \(maximumNameBytes) bytes between slashes, "
                                    + "\(maximumPathBytes) in all once resolved), found \(extends.messageDescription)" + note)
        }
        let parentCanonical = canonical(parent)
        let topFile = chain[0].display
        if chain.contains(where: { $0.canonical == parentCanonical }) {
            let names = chain.map(\.display) + [parent]
            throw ScenarioError(.extendsCycle, file: topFile, keyPath: "extends", message: "cycle " + chainText(names))
        }
        if chain.count >= maximumChainLength {
            let names = chain.map(\.display) + [parent]
            throw ScenarioError(.outOfRange, file: topFile, keyPath: "extends",
                                message: "expected a chain of at most \(maximumChainLength) files, found a longer one: " + chainText(names))
        }
        let base = try read(path: parent, chain: &chain)
        return tree.removingMember("extends").merged(over: base)
    }

    /// File names (last path components) joined by ` → `; of a long chain the
    /// first three, `…` and the last two.
    static func chainText(_ paths: [String]) -> String {
        let names = paths.map { MessageText.excerpt(($0 as NSString).lastPathComponent) }
        let shown = names.count <= 6 ? names : Array(names.prefix(3)) + ["…"] + Array(names.suffix(2))
        return shown.joined(separator: " → ")
    }

    /// ` (extended by b.json, extended by a.json)` for a file reached through
    /// `extends` (`extenders` top first), nearest extender first; of a long
    /// chain the nearest two, `…` and the top file. Empty for the named file.
    static func extensionNote(_ extenders: [String]) -> String {
        guard !extenders.isEmpty else { return "" }
        let nearestFirst = Array(extenders.reversed())
        let shown = nearestFirst.count <= 3 ? nearestFirst : Array(nearestFirst.prefix(2)) + ["…", nearestFirst.last!]
        return " (" + shown.map { $0 == "…" ? $0 : "extended by " + MessageText.pathExcerpt($0) }.joined(separator: ", ") + ")"
    }

    /// The bytes of a file, or a missing/unreadable/too-large error naming it;
    /// `note` (see ``extensionNote(_:)``) ends the message, `what` names the kind of file
    /// (`cannot read sweep file: no such file`). Reads at most
    /// ``maximumFileBytes`` + 1 bytes whatever the file is.
    static func contents(of path: String, note: String, what: String = "scenario file") throws(ScenarioError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard !path.isEmpty, !path.unicodeScalars.contains("\0"),
              FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ScenarioError(.missingFile, file: path, message: "cannot read \(what): no such file" + note)
        }
        if isDirectory.boolValue {
            throw ScenarioError(.unreadable, file: path, message: "cannot read \(what): it is a directory" + note)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let reason = FileManager.default.isReadableFile(atPath: path) ? "read failed" : "permission denied"
            throw ScenarioError(.unreadable, file: path, message: "cannot read \(what): \(reason)" + note)
        }
        defer { try? handle.close() }
        var bytes: [UInt8] = []
        do {
            while bytes.count <= maximumFileBytes, let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                bytes += chunk
            }
        } catch {
            throw ScenarioError(.unreadable, file: path, message: "cannot read \(what): read failed" + note)
        }
        if bytes.count > maximumFileBytes {
            throw ScenarioError(.outOfRange, file: path,
                                message: "expected a \(what) of at most \(maximumFileBytes) bytes, found a larger one" + note)
        }
        return bytes
    }

    /// `name` resolved against the folder of `file`, lexically normalised
    /// (`a/b/../c.json` → `a/c.json`); relative stays relative.
    static func resolve(_ name: String, relativeTo file: String) -> String {
        if name.hasPrefix("/") { return normalized(name) }
        let folder = (file as NSString).deletingLastPathComponent
        return normalized(folder.isEmpty ? name : folder + "/" + name)
    }

    /// Removes `.` and empty components and folds `x/..`, keeping leading `..`.
    static func normalized(_ path: String) -> String {
        let isAbsolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            if part == "..", isAbsolute, parts.isEmpty { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return isAbsolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// An absolute, symlink-free path used to recognise the same file twice.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
