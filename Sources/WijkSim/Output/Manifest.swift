import Foundation

/// What a run, comparison or sweep was: written as `manifest.json` next to its CSV
/// files, so that any result can be traced to the exact tool version, scenarios,
/// seeds and command.
///
/// One type for every command: the fields every manifest has (tool, version, seed,
/// replicates, weeks, jobs, command line, times, cores) are properties; what only one
/// command has (the scenario, the base and variants, the sweep) goes in ``fields``,
/// built by the factory methods ``run(resolvedScenarioJSON:scenarioFile:settings:)``
/// and ``comparison(base:variants:settings:)``.
///
/// Keys are snake_case, sorted, pretty printed. Resolved scenarios are embedded as
/// JSON objects (every parameter, after command-line overrides). The top-level
/// `seed` is a JSON string of decimal digits (`"20241"`): JavaScript and R's jsonlite
/// read JSON numbers above 2^53 as doubles and would change it.
package struct Manifest: Sendable {
    /// One scenario a command read.
    package struct Entry: Sendable {
        /// The file as given on the command line.
        package var scenarioFile: String
        /// The files read to make it: the file, then each file it extends.
        package var filesRead: [String]
        /// The resolved scenario, as produced by `ScenarioLoader.resolvedJSON`.
        package var resolvedScenarioJSON: String

        /// Creates an entry.
        package init(scenarioFile: String, filesRead: [String], resolvedScenarioJSON: String) {
            self.scenarioFile = scenarioFile
            self.filesRead = filesRead
            self.resolvedScenarioJSON = resolvedScenarioJSON
        }
    }

    /// The batch settings and timing every manifest records.
    package struct Settings: Sendable {
        /// Master seed, written as a JSON string.
        package var seed: UInt64
        /// Replicates (per scenario or per point).
        package var replicates: Int
        /// Recorded weeks per replicate.
        package var weeks: Int
        /// Worker threads.
        package var jobs: Int
        /// The command line, one element per argument.
        package var commandLine: [String]
        /// When the command started.
        package var startTime: Date
        /// Wall-clock duration. Unit: seconds.
        package var wallTimeSeconds: Double

        /// Creates settings.
        package init(seed: UInt64, replicates: Int, weeks: Int, jobs: Int, commandLine: [String],
                     startTime: Date, wallTimeSeconds: Double) {
            self.seed = seed
            self.replicates = replicates
            self.weeks = weeks
            self.jobs = jobs
            self.commandLine = commandLine
            self.startTime = startTime
            self.wallTimeSeconds = wallTimeSeconds
        }
    }

    /// `WijkSimVersion.current` of the tool that wrote the results.
    package var toolVersion: String = WijkSimVersion.current
    /// Active processor cores on the host.
    package var hostCores: Int = ProcessInfo.processInfo.activeProcessorCount
    /// Seed, replicates, weeks, jobs, command line and timing.
    package var settings: Settings
    /// The command-specific keys (snake_case), merged into the top level.
    package var fields: [String: Value]

    /// A manifest with `fields` beside the common keys; `toolVersion` and `hostCores`
    /// default to this process.
    package init(settings: Settings, fields: [String: Value]) {
        self.settings = settings
        self.fields = fields
    }

    /// The manifest of `wijksim run`: `scenario` (the resolved scenario) and `scenario_file`.
    /// - Throws: ``OutputError`` if the resolved scenario is not valid JSON (a bug upstream).
    package static func run(resolvedScenarioJSON: String, scenarioFile: String,
                            settings: Settings) throws(OutputError) -> Manifest {
        Manifest(settings: settings, fields: [
            "scenario": try object(resolvedScenarioJSON, describing: "resolved scenario"),
            "scenario_file": .string(scenarioFile),
        ])
    }

    /// The manifest of `wijksim compare`: `command`, `base` and each element of
    /// `variants` (each with `scenario_file`, `files_read` and `scenario`),
    /// `scenario_files` (every file given, base first) and `pairing`.
    /// - Throws: ``OutputError`` if a resolved scenario is not valid JSON (a bug upstream).
    package static func comparison(base: Entry, variants: [Entry], settings: Settings) throws(OutputError) -> Manifest {
        Manifest(settings: settings, fields: [
            "command": .string("compare"),
            "base": try value(of: base),
            "variants": .array(try variants.map { entry throws(OutputError) in try value(of: entry) }),
            "scenario_files": .array(([base] + variants).map { .string($0.scenarioFile) }),
            "pairing": .string("common random numbers: replicate i of every scenario uses the seed derived from (seed, i)"),
        ])
    }

    /// The manifest as a JSON document (UTF-8, sorted keys, pretty printed, final newline).
    /// - Parameter fileName: named in the error if encoding fails.
    package func jsonData(fileName: String = "manifest.json") throws(OutputError) -> Data {
        var document: [String: Value] = [
            "tool": .string("wijksim"),
            "tool_version": .string(toolVersion),
            "seed": .string(String(settings.seed)),  // text: JSON readers turn numbers above 2^53 into doubles
            "replicates": .integer(Int64(settings.replicates)),
            "weeks": .integer(Int64(settings.weeks)),
            "jobs": .integer(Int64(settings.jobs)),
            "command_line": .array(settings.commandLine.map(Value.string)),
            "start_time": .string(UTCTimestamp.string(from: settings.startTime)),
            "wall_time_seconds": .number(settings.wallTimeSeconds),
            "host_cores": .integer(Int64(hostCores)),
        ]
        document.merge(fields) { _, specific in specific }
        return try Value.object(document).jsonData(fileName: fileName)
    }

    /// Writes the manifest to `path`.
    package func write(to path: String) throws(OutputError) {
        try Value.write(try jsonData(), to: path)
    }

    /// A JSON text as a value, for embedding.
    /// - Throws: ``OutputError`` naming `what` if `json` is not valid JSON.
    package static func object(_ json: String, describing what: String) throws(OutputError) -> Value {
        do {
            return try JSONDecoder().decode(Value.self, from: Data(json.utf8))
        } catch {
            throw .cannotWrite(path: "manifest.json", reason: "\(what) is not valid JSON: \(error)")
        }
    }

    private static func value(of entry: Entry) throws(OutputError) -> Value {
        .object([
            "scenario_file": .string(entry.scenarioFile),
            "files_read": .array(entry.filesRead.map(Value.string)),
            "scenario": try object(entry.resolvedScenarioJSON, describing: "resolved scenario of '\(entry.scenarioFile)'"),
        ])
    }
}
