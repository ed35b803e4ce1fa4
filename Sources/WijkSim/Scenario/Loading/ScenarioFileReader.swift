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
/// the extending file winning; arrays and scalars replace.
enum ScenarioFileReader {
    /// Reads `path` and everything it extends.
    static func read(path: String) throws(ScenarioError) -> ScenarioSource {
        var files: [String] = []
        let tree = try read(path: path, chain: [], topFile: path, extendedBy: nil, files: &files)
        return ScenarioSource(tree: tree, files: files)
    }

    private static func read(path: String, chain: [(display: String, canonical: String)], topFile: String,
                             extendedBy: String?, files: inout [String]) throws(ScenarioError) -> JSONValue {
        files.append(path)
        let bytes = try contents(of: path, extendedBy: extendedBy)
        let tree: JSONValue
        do throws(JSONSyntaxError) {
            tree = try JSONParser.parse(bytes, file: path)
        } catch {
            throw ScenarioError(.invalidJSON, file: path, line: error.line, column: error.column, message: "invalid JSON: \(error.message)")
        }
        guard case .object = tree else {
            throw ScenarioError(.wrongType, at: tree.location, orIn: path, keyPath: "",
                                message: "expected a JSON object, found \(tree.foundDescription)")
        }
        guard let extends = tree["extends"] else { return tree }
        guard case .string(let parentName, _) = extends, !parentName.isEmpty else {
            throw ScenarioError(.wrongType, at: extends.location, orIn: path, keyPath: "extends",
                                message: "expected the name of a scenario file, found \(extends.foundDescription)")
        }
        let parent = resolve(parentName, relativeTo: path)
        let chain = chain + [(path, canonical(path))]
        let parentCanonical = canonical(parent)
        if chain.contains(where: { $0.canonical == parentCanonical }) {
            let names = (chain.map(\.display) + [parent]).map { ($0 as NSString).lastPathComponent }
            throw ScenarioError(.extendsCycle, file: topFile, keyPath: "extends", message: "cycle " + names.joined(separator: " → "))
        }
        let base = try read(path: parent, chain: chain, topFile: topFile, extendedBy: path, files: &files)
        return tree.removingMember("extends").merged(over: base)
    }

    /// The bytes of a file, or a missing/unreadable error naming it.
    static func contents(of path: String, extendedBy: String?) throws(ScenarioError) -> [UInt8] {
        let note = extendedBy.map { " (extended by \($0))" } ?? ""
        var isDirectory: ObjCBool = false
        guard !path.isEmpty, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ScenarioError(.missingFile, file: path, message: "cannot read scenario file: no such file" + note)
        }
        if isDirectory.boolValue {
            throw ScenarioError(.unreadable, file: path, message: "cannot read scenario file: it is a directory" + note)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.isReadableFile(atPath: path) ? "read failed" : "permission denied"
            throw ScenarioError(.unreadable, file: path, message: "cannot read scenario file: \(reason)" + note)
        }
        return Array(data)
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
