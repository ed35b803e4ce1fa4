/// What a report's header shows, read from a results folder's `manifest.json`.
package struct ResultsManifest: Sendable, Equatable {
    /// Which command wrote the folder.
    package enum Kind: String, Sendable { case run, compare, sweep, worlds }

    /// Which command wrote the folder: `sweep` when the manifest's `command` is `sweep` or
    /// `merge`, `compare` when it has `variants`, `run` when it has `scenario_file`.
    package var kind: Kind
    /// The scenario's name (`run`) or the base scenario's name (`compare`).
    package var scenarioName: String
    /// The scenario file as given (`run`), or the base file (`compare`).
    package var scenarioFile: String
    /// The variants' files (`compare`), in command-line order; empty for `run`.
    package var variantFiles: [String]
    /// Master seed, as the decimal digits of the manifest's string.
    package var seed: String
    /// Replicates (per scenario).
    package var replicates: Int
    /// Recorded weeks.
    package var weeks: Int
    /// The WijkSim version that wrote the results.
    package var toolVersion: String
    /// When the run started (ISO 8601, UTC) as written.
    package var startTime: String
    /// The sweep's name (`sweep`); empty otherwise.
    package var sweepName = ""
    /// The sweep's design type (`grid`, `latin-hypercube`, `morris`, `points`); empty otherwise.
    package var design = ""
    /// The sweep's number of points; 0 otherwise.
    package var points = 0
    /// `sweep` or `merge` for a sweep folder; empty otherwise.
    package var command = ""

    /// Reads `manifest.json` in `folder`.
    /// - Throws: ``ResultsError``: 66 when it is missing, 65 when it is not a WijkSim manifest
    ///   of `run` or `compare`.
    init(folder: String) throws(ResultsError) {
        let path = folder + "/" + RunRecorder.manifestFile
        let expected = "a results folder written by 'wijksim run' or 'wijksim compare' (they write manifest.json)"
        // (`wijksim sweep` and `wijksim merge` write one too.)
        switch POSIXFiles.kind(of: path) {
        case .missing: throw .missingFile(path: path, expected: expected)
        case .file: break
        default: throw .unreadable(path: path, reason: "not a regular file")
        }
        guard let bytes = POSIXFiles.readBytes(path, limit: FolderOwnership.manifestByteLimit) else {
            throw .unreadable(path: path, reason: POSIXFiles.lastErrorReason())
        }
        let document: JSONValue
        do { document = try JSONParser.parse(bytes, file: path) } catch {
            throw .badData(path: path, line: nil, reason: "not valid JSON (\(error))")
        }
        func string(_ value: JSONValue?) -> String? {
            if case .string(let text, _)? = value { return text }
            return nil
        }
        func integer(_ key: String) throws(ResultsError) -> Int {
            guard case .number(let number, _)? = document[key], number.isIntegerLiteral, let value = Int(exactly: number.value) else {
                throw .badData(path: path, line: nil, reason: "'\(key)': expected an integer")
            }
            return value
        }
        guard string(document["tool"]) == "wijksim" else {
            throw .badData(path: path, line: nil, reason: "not written by WijkSim (no \"tool\": \"wijksim\")")
        }
        if let command = string(document["command"]), command == "sweep" || command == "merge" {
            kind = .sweep
            self.command = command
            sweepName = string(document["sweep_name"]) ?? ""
            design = string(document["design"]) ?? ""
            points = try integer("points")
            scenarioName = string(document["sweep"]?["baseScenario"]?["name"]) ?? ""
            scenarioFile = string(document["sweep_file"]) ?? ""
            variantFiles = []
        } else if let command = string(document["command"]), command == WorldsFiles.command || command == "merge-worlds" {
            // A verdict over plausible worlds (WorldsManifest): base and variants, worlds as points.
            kind = .worlds
            self.command = command
            let files = (document["scenario_files"]?.elements ?? []).map { string($0) ?? "" }
            scenarioFile = files.first ?? ""
            scenarioName = string(document["worlds"]?["scenarios"]?.elements?.first?["scenario"]?["name"]) ?? ""
            variantFiles = Array(files.dropFirst())
            points = try integer("world_count")
        } else if let variants = document["variants"]?.elements {
            kind = .compare
            scenarioFile = string(document["base"]?["scenario_file"]) ?? ""
            scenarioName = string(document["base"]?["scenario"]?["name"]) ?? ""
            variantFiles = variants.map { string($0["scenario_file"]) ?? "" }
        } else if let file = string(document["scenario_file"]) {
            kind = .run
            scenarioFile = file
            scenarioName = string(document["scenario"]?["name"]) ?? ""
            variantFiles = []
        } else {
            throw .badData(path: path, line: nil,
                           reason: "neither a 'run' manifest (scenario_file), a 'compare' manifest (variants) nor a 'sweep' manifest (\"command\": \"sweep\" or \"merge\")")
        }
        seed = string(document["seed"]) ?? ""
        replicates = try integer("replicates")
        weeks = try integer("weeks")
        toolVersion = string(document["tool_version"]) ?? ""
        startTime = string(document["start_time"]) ?? ""
    }
}
