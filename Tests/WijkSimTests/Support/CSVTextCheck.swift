import Foundation
import Testing
@testable import WijkSim

/// Writes results with the real ``RunRecorder`` to a temporary folder and checks the text.
///
/// Checks: `runs.csv` has one row per result whose metric fields are `NA` exactly where the
/// value is NaN and otherwise parse as finite numbers; in every file (`runs.csv`,
/// `summary.csv`, `timeseries.csv`) no field spells a non-finite number (`nan`, `inf`,
/// `Infinity`, … — any field `Double(_:)` reads as NaN or infinite). Fields are split on
/// commas, which is exact here: scenario names follow the name rule (no commas or quotes)
/// and metric names are snake_case.
enum CSVTextCheck {
    static func check(scenario: Scenario, results: [(seed: UInt64, result: ReplicateResult)], label: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wijksim-props-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let recorder = try RunRecorder(scenarioName: scenario.name, weeks: scenario.run.weeks, path: { folder + "/" + $0 })
        for (replicate, item) in results.enumerated() {
            try recorder.record(replicate: replicate, seed: item.seed, result: item.result)
        }
        _ = try recorder.finish()

        let runs = try lines(folder + "/" + RunRecorder.runsFile)
        #expect(runs.count == 1 + results.count, "\(label): runs.csv has \(runs.count) lines")
        for (replicate, line) in runs.dropFirst().enumerated() where replicate < results.count {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let values = results[replicate].result.scalars
            #expect(fields.count == 3 + values.count, "\(label): runs.csv row \(replicate) has \(fields.count) fields")
            for (index, value) in values.enumerated() where 3 + index < fields.count {
                let field = fields[3 + index]
                let ok = value.isNaN ? field == "NA" : Double(field).map { $0.isFinite && $0 == value } ?? false
                #expect(ok, "\(label): runs.csv \(MetricCatalog.scalarNames[index]) = '\(field)' for \(value)")
            }
        }
        for file in [RunRecorder.runsFile, RunRecorder.summaryFile, RunRecorder.timeSeriesFile] {
            var bad: [String] = []
            for line in try lines(folder + "/" + file) {
                for field in line.split(separator: ",", omittingEmptySubsequences: false) {
                    if let number = Double(field), !number.isFinite { bad.append(String(field)) }
                }
            }
            #expect(bad.isEmpty, "\(label): \(file) has non-finite text \(bad.prefix(3))")
        }
    }

    private static func lines(_ path: String) throws -> [Substring] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n")
    }
}
