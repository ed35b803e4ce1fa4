import Foundation

/// What a run was: written as `manifest.json` next to the CSV files so that any
/// result can be traced to the exact tool version, scenario, seeds and command.
///
/// Keys are snake_case, sorted, pretty printed; the resolved scenario is embedded
/// as a JSON object (every parameter, after command-line overrides). The top-level
/// `seed` is a JSON string of decimal digits (`"20241"`): JavaScript and R's jsonlite
/// read JSON numbers above 2^53 as doubles and would change it.
package struct RunManifest: Sendable {
    /// `WijkSimVersion.current` of the tool that wrote the results.
    package var toolVersion: String = WijkSimVersion.current
    /// The fully resolved scenario, as produced by `ScenarioLoader.resolvedJSON`.
    package var resolvedScenarioJSON: String
    /// The scenario file as given on the command line.
    package var scenarioFile: String
    /// Master seed, written as a JSON string.
    package var seed: UInt64
    /// Replicates run.
    package var replicates: Int
    /// Recorded weeks per replicate.
    package var weeks: Int
    /// Worker threads.
    package var jobs: Int
    /// The command line, one element per argument.
    package var commandLine: [String]
    /// When the run started.
    package var startTime: Date
    /// Wall-clock duration of the run. Unit: seconds.
    package var wallTimeSeconds: Double
    /// Active processor cores on the host.
    package var hostCores: Int = ProcessInfo.processInfo.activeProcessorCount

    /// Creates a manifest; `toolVersion` and `hostCores` default to this process.
    package init(resolvedScenarioJSON: String, scenarioFile: String, seed: UInt64, replicates: Int,
                weeks: Int, jobs: Int, commandLine: [String], startTime: Date, wallTimeSeconds: Double) {
        self.resolvedScenarioJSON = resolvedScenarioJSON
        self.scenarioFile = scenarioFile
        self.seed = seed
        self.replicates = replicates
        self.weeks = weeks
        self.jobs = jobs
        self.commandLine = commandLine
        self.startTime = startTime
        self.wallTimeSeconds = wallTimeSeconds
    }

    /// The manifest as a JSON document (UTF-8, sorted keys, pretty printed, final newline).
    /// - Throws: ``OutputError`` if the resolved scenario is not valid JSON (a bug upstream).
    package func jsonData() throws(OutputError) -> Data {
        let scenario: ManifestValue
        do {
            scenario = try JSONDecoder().decode(ManifestValue.self, from: Data(resolvedScenarioJSON.utf8))
        } catch {
            throw .cannotWrite(path: "manifest.json", reason: "resolved scenario is not valid JSON: \(error)")
        }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        let document: ManifestValue = .object([
            "tool": .string("wijksim"),
            "tool_version": .string(toolVersion),
            "scenario": scenario,
            "scenario_file": .string(scenarioFile),
            "seed": .string(String(seed)),  // text: JSON readers turn numbers above 2^53 into doubles
            "replicates": .integer(Int64(replicates)),
            "weeks": .integer(Int64(weeks)),
            "jobs": .integer(Int64(jobs)),
            "command_line": .array(commandLine.map(ManifestValue.string)),
            "start_time": .string(formatter.string(from: startTime)),
            "wall_time_seconds": .number(wallTimeSeconds),
            "host_cores": .integer(Int64(hostCores)),
        ])
        return try document.jsonData(fileName: "manifest.json")
    }

    /// Writes the manifest to `path`.
    package func write(to path: String) throws(OutputError) {
        try ManifestValue.write(try jsonData(), to: path)
    }
}
