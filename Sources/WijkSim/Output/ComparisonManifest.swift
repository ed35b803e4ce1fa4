import Foundation

/// What a comparison was: written as `manifest.json` next to `comparison.csv`, so that
/// every figure can be traced to the tool version, the scenario files, the resolved
/// scenarios (after command-line overrides), the seeds and the command.
///
/// Keys are snake_case, sorted, pretty printed. `base` and each element of `variants`
/// hold `scenario_file` (as given), `files_read` (that file and those it `extends`) and
/// `scenario` (the fully resolved scenario as a JSON object); `scenario_files` lists
/// every file given, base first. The top-level `seed` is a JSON string of decimal
/// digits (JSON numbers above 2^53 become doubles in JavaScript and R's jsonlite).
package struct ComparisonManifest: Sendable {
    /// One compared scenario.
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

    /// `WijkSimVersion.current` of the tool that wrote the results.
    package var toolVersion: String = WijkSimVersion.current
    /// The base scenario.
    package var base: Entry
    /// The variants, in command-line order.
    package var variants: [Entry]
    /// Master seed; replicate i of every scenario uses `SeedDerivation.replicateSeed(master: seed, replicate: i)`.
    package var seed: UInt64
    /// Replicates per scenario.
    package var replicates: Int
    /// Recorded weeks per replicate.
    package var weeks: Int
    /// Worker threads.
    package var jobs: Int
    /// The command line, one element per argument.
    package var commandLine: [String]
    /// When the comparison started.
    package var startTime: Date
    /// Wall-clock duration. Unit: seconds.
    package var wallTimeSeconds: Double
    /// Active processor cores on the host.
    package var hostCores: Int = ProcessInfo.processInfo.activeProcessorCount

    /// Creates a manifest; `toolVersion` and `hostCores` default to this process.
    package init(base: Entry, variants: [Entry], seed: UInt64, replicates: Int, weeks: Int, jobs: Int,
                commandLine: [String], startTime: Date, wallTimeSeconds: Double) {
        self.base = base
        self.variants = variants
        self.seed = seed
        self.replicates = replicates
        self.weeks = weeks
        self.jobs = jobs
        self.commandLine = commandLine
        self.startTime = startTime
        self.wallTimeSeconds = wallTimeSeconds
    }

    /// The manifest as a JSON document (UTF-8, sorted keys, pretty printed, final newline).
    /// - Throws: ``OutputError`` if a resolved scenario is not valid JSON (a bug upstream).
    package func jsonData() throws(OutputError) -> Data {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        let document: ManifestValue = .object([
            "tool": .string("wijksim"),
            "tool_version": .string(toolVersion),
            "command": .string("compare"),
            "base": try value(of: base),
            "variants": .array(try variants.map { entry throws(OutputError) in try value(of: entry) }),
            "scenario_files": .array(([base] + variants).map { .string($0.scenarioFile) }),
            "pairing": .string("common random numbers: replicate i of every scenario uses the seed derived from (seed, i)"),
            "seed": .string(String(seed)),  // text: JSON readers turn numbers above 2^53 into doubles
            "replicates": .integer(Int64(replicates)),
            "weeks": .integer(Int64(weeks)),
            "jobs": .integer(Int64(jobs)),
            "command_line": .array(commandLine.map(ManifestValue.string)),
            "start_time": .string(formatter.string(from: startTime)),
            "wall_time_seconds": .number(wallTimeSeconds),
            "host_cores": .integer(Int64(hostCores)),
        ])
        return try document.jsonData(fileName: ComparisonRecorder.manifestFile)
    }

    /// Writes the manifest to `path`.
    package func write(to path: String) throws(OutputError) {
        try ManifestValue.write(try jsonData(), to: path)
    }

    private func value(of entry: Entry) throws(OutputError) -> ManifestValue {
        let scenario: ManifestValue
        do {
            scenario = try JSONDecoder().decode(ManifestValue.self, from: Data(entry.resolvedScenarioJSON.utf8))
        } catch {
            throw .cannotWrite(path: ComparisonRecorder.manifestFile,
                               reason: "resolved scenario of '\(entry.scenarioFile)' is not valid JSON: \(error)")
        }
        return .object([
            "scenario_file": .string(entry.scenarioFile),
            "files_read": .array(entry.filesRead.map(ManifestValue.string)),
            "scenario": scenario,
        ])
    }
}
