import Foundation

/// A scenario loaded from a file, with what was read to make it.
public struct LoadedScenario: Sendable, Equatable {
    /// The complete, validated scenario.
    public var scenario: Scenario
    /// ``ScenarioLoader/resolvedJSON(_:sortedKeys:)`` of the scenario, for the run manifest.
    public var resolvedJSON: String
    /// The files read: the one named first, then each file it `extends`, in turn.
    public var files: [String]
}

/// Loads scenario files: reads JSON, resolves `extends`, checks every key and
/// value, fills in defaults, decodes and validates.
///
/// A scenario file is a JSON object with any subset of the keys of
/// ``Scenario``; what it leaves out comes from ``Scenario/init()``.
/// - `"extends": "other.json"` (relative to the file's folder) builds on
///   another file, recursively; objects merge deeply, the extending file
///   winning; arrays and scalars replace.
/// - `municipality.neighbourhoods`, `connectors` and `departments`, when
///   given, replace the default list; each element may leave out keys, which
///   come from ``NeighbourhoodParameters/init()``, ``ConnectorParameters/init()``
///   and ``DepartmentParameters/init()``.
/// - Unknown keys, wrong types and values out of the ranges of
///   ``ParameterCatalog`` are errors, as are broken cross-field rules
///   (``Scenario/validate(file:)``).
public enum ScenarioLoader {
    /// Loads a scenario file.
    /// - Parameter path: The file, as the user gave it; messages name it so.
    /// - Returns: The complete, validated scenario.
    /// - Throws: ``ScenarioError`` naming the file, line, column and key path
    ///   of the first problem (exit 66 for a missing or unreadable file, 65 otherwise).
    public static func load(path: String) throws(ScenarioError) -> Scenario {
        try resolve(path: path).scenario
    }

    /// Loads a scenario file and returns it with its resolved JSON and the files read.
    /// - Throws: As ``load(path:)``.
    public static func resolve(path: String) throws(ScenarioError) -> LoadedScenario {
        let source = try ScenarioFileReader.read(path: path)
        let schema = ScenarioSchema.shared
        do throws(ScenarioError) {
            try schema.check(source.tree, file: path)
        } catch {
            throw noting(error, in: source.files)
        }
        let complete = schema.complete(source.tree)
        let scenario: Scenario
        do {
            scenario = try JSONDecoder().decode(Scenario.self, from: Data(JSONWriter.compact(complete).utf8))
        } catch {
            throw ScenarioError(.internalError, file: path, message: "internal error: the checked scenario does not decode: \(error)")
        }
        if let issue = scenario.firstIssue(jobs: 1, memoryLimit: PhysicalMemory.bytes) {
            let (node, isExact) = source.tree.nearestNode(at: issue.path)
            let isRoot = !isExact && node.location == source.tree.location
            throw noting(issue.error(at: isRoot ? nil : node.location, file: path, isDefault: !isExact), in: source.files)
        }
        return LoadedScenario(scenario: scenario, resolvedJSON: resolvedJSON(scenario), files: source.files)
    }

    /// `error` with ` (extended by …)` added when it lies in a file reached
    /// through `extends` (`files` as ``ScenarioSource/files``, the named file first).
    static func noting(_ error: ScenarioError, in files: [String]) -> ScenarioError {
        guard let index = files.firstIndex(of: error.file), index > 0 else { return error }
        var noted = error
        noted.message += ScenarioFileReader.extensionNote(Array(files[..<index]))
        return noted
    }

    /// The scenario as JSON, every parameter written out, pretty printed
    /// (two-space indent, lists of scalars on one line), ending in a newline.
    /// The same scenario always gives the same text.
    /// - Parameters:
    ///   - scenario: The scenario.
    ///   - sortedKeys: Sort keys alphabetically (the default, for manifests);
    ///     `false` keeps declaration order, the form of `Scenarios/baseline.json`.
    public static func resolvedJSON(_ scenario: Scenario, sortedKeys: Bool = true) -> String {
        JSONWriter.pretty(ScenarioSchema.shared.tree(encoding: scenario), sortKeys: sortedKeys)
    }
}
