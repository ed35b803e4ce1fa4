import WijkSim
import Foundation

/// The results of a bench run: one ``BenchRow`` per workload, with the derived figures
/// (parallel efficiency, bytes per resident) and the target checks of ``BenchTargets``.
package struct BenchTable: Sendable, Equatable {
    /// The rows, in workload order.
    package var rows: [BenchRow]

    /// Builds the rows of `workloads` from their measurements.
    /// - Parameters:
    ///   - workloads: the workloads, in order; each must have a measurement.
    ///   - measurements: by workload name.
    ///   - isQuick: `--quick`: the workloads are too small for the targets, which are not judged.
    package init(workloads: [BenchWorkload], measurements: [String: BenchMeasurement], isQuick: Bool) {
        func median(_ name: String) -> Double { measurements[name]?.medianWallSeconds ?? .nan }
        func peak(_ name: String) -> Double { measurements[name].map { Double($0.peakResidentBytes) } ?? .nan }
        let isolated = measurements.values.allSatisfy(\.isIsolated)
        rows = workloads.map { workload in
            guard let measurement = measurements[workload.name] else {
                preconditionFailure("no measurement for workload '\(workload.name)'")
            }
            let wall = measurement.medianWallSeconds
            var row = BenchRow(
                workload: workload.name, jobs: workload.jobs, repetitions: measurement.wallSeconds.count,
                medianWallSeconds: wall, minimumWallSeconds: measurement.minimumWallSeconds,
                residentWeeksPerSecond: workload.residentWeeks / wall,
                replicatesPerSecond: Double(workload.replicates) / wall,
                requestsPerSecond: Double(measurement.requestsHandled) / wall,
                peakResidentMegabytes: Double(measurement.peakResidentBytes) / 1e6,
                bytesPerResident: .nan, parallelEfficiency: .nan, target: "", meetsTarget: nil)
            var checks: [Bool] = []
            var judged = !isQuick
            switch workload.name {
            case "town-jobs1":
                row.target = "wall <= \(BenchTargets.townWallSeconds) s; resident-weeks/s >= "
                    + "\(Int(BenchTargets.townResidentWeeksPerSecond / 1e6)) million"
                checks = [wall <= BenchTargets.townWallSeconds,
                          row.residentWeeksPerSecond >= BenchTargets.townResidentWeeksPerSecond]
                row.observed = "\(Self.number(wall, digits: 3)) s; "
                    + Self.number(row.residentWeeksPerSecond / 1e6, digits: 1) + " million"
            case "town-1week":
                let ratio = wall / median("town-jobs1")
                row.target = "wall <= \(BenchTargets.townOneWeekRatio) x town-jobs1"
                checks = [ratio <= BenchTargets.townOneWeekRatio]
                row.observed = "\(Self.number(ratio, digits: 3)) x (\(Self.number(wall, digits: 3)) s vs "
                    + "\(Self.number(median("town-jobs1"), digits: 3)) s)"
            case "town-population-x10":
                let ratio = wall / median("town-jobs1")
                row.target = "wall <= \(BenchTargets.populationScalingRatio) x town-jobs1"
                checks = [ratio <= BenchTargets.populationScalingRatio]
                row.observed = "\(Self.number(ratio, digits: 3)) x (\(Self.number(wall, digits: 3)) s vs "
                    + "\(Self.number(median("town-jobs1"), digits: 3)) s)"
            case "town-parallel":
                row.parallelEfficiency = median("town-jobs1") / wall / Double(workload.jobs)
                row.target = "parallel efficiency >= \(BenchTargets.parallelEfficiency)"
                checks = [row.parallelEfficiency >= BenchTargets.parallelEfficiency]
                row.observed = Self.number(row.parallelEfficiency, digits: 2)
                    + " (speed-up \(Self.number(median("town-jobs1") / wall, digits: 2)) on \(workload.jobs) threads)"
            case "city":
                row.bytesPerResident = (peak("city") - peak("fixed")) / Double(workload.residents)
                row.target = "wall <= \(BenchTargets.cityWallSeconds) s; peak <= \(Int(BenchTargets.cityPeakMegabytes)) MB; "
                    + "<= \(Int(BenchTargets.bytesPerResident)) bytes/resident"
                checks = [wall <= BenchTargets.cityWallSeconds,
                          row.peakResidentMegabytes <= BenchTargets.cityPeakMegabytes,
                          row.bytesPerResident <= BenchTargets.bytesPerResident]
                row.observed = "\(Self.number(wall, digits: 3)) s; \(Self.number(row.peakResidentMegabytes, digits: 1)) MB; "
                    + "\(Self.number(row.bytesPerResident, digits: 1)) bytes/resident"
                judged = judged && isolated
            case "many":
                row.target = "peak <= \(BenchTargets.manyPeakRatio) x many-1000 peak"
                checks = [peak("many") <= BenchTargets.manyPeakRatio * peak("many-1000")]
                row.observed = "\(Self.number(peak("many") / 1e6, digits: 1)) MB vs \(Self.number(peak("many-1000") / 1e6, digits: 1)) MB "
                    + "(\(Self.number(peak("many") / peak("many-1000"), digits: 3)) x)"
                judged = judged && isolated
            case "sweep":
                // Per request handled: the points' barriers change how much work a replicate
                // is, so the sweep's machinery is judged on the same work, not the same count.
                let perRequest = wall / Double(max(1, measurement.requestsHandled))
                let runPerRequest = median("town-parallel") / Double(max(1, measurements["town-parallel"]?.requestsHandled ?? 1))
                let ratio = perRequest / runPerRequest
                row.target = "time per request <= \(BenchTargets.sweepWallRatio) x town-parallel's"
                checks = [ratio <= BenchTargets.sweepWallRatio]
                row.observed = "\(Self.number(ratio, digits: 3)) x (wall \(Self.number(wall, digits: 2)) s vs "
                    + "\(Self.number(median("town-parallel"), digits: 2)) s for the same replicate count)"
            case "sweep-points-10000":
                let ratio = peak(workload.name) / peak("sweep-points-100")
                row.target = "peak <= \(BenchTargets.sweepPeakRatio) x sweep-points-100 peak"
                checks = [ratio <= BenchTargets.sweepPeakRatio]
                row.observed = "\(Self.number(peak(workload.name) / 1e6, digits: 1)) MB vs "
                    + "\(Self.number(peak("sweep-points-100") / 1e6, digits: 1)) MB (\(Self.number(ratio, digits: 3)) x)"
                judged = judged && isolated
            default:
                break
            }
            if !checks.isEmpty, judged { row.meetsTarget = checks.allSatisfy { $0 } }
            return row
        }
    }

    /// The table as aligned text, one line per workload under a header line, then the
    /// targets with what was measured.
    package var text: String {
        let header = ["workload", "jobs", "reps", "median s", "min s", "M res-wk/s", "repl/s", "req/s",
                      "peak MB", "B/resident", "efficiency", "target met"]
        let lines = rows.map { row in
            [row.workload, String(row.jobs), String(row.repetitions),
             Self.number(row.medianWallSeconds, digits: 3), Self.number(row.minimumWallSeconds, digits: 3),
             Self.number(row.residentWeeksPerSecond / 1e6, digits: 1),
             Self.number(row.replicatesPerSecond, digits: 1), Self.number(row.requestsPerSecond, digits: 0),
             Self.number(row.peakResidentMegabytes, digits: 1), Self.number(row.bytesPerResident, digits: 1),
             Self.number(row.parallelEfficiency, digits: 2), Self.verdict(row)]
        }
        let targets = rows.filter { !$0.target.isEmpty }.map { row in
            [row.workload, row.target, row.observed, Self.verdict(row)]
        }
        return Self.align([header] + lines, leftAligned: [0, header.count - 1])
            + "\nTargets (judged on a full run; measured):\n"
            + Self.align(targets, leftAligned: [0, 1, 2, 3], indent: "  ")
    }

    private static func verdict(_ row: BenchRow) -> String {
        row.meetsTarget.map { $0 ? "yes" : "NO" } ?? "-"
    }

    /// `table` as lines of columns padded to their widest field, two spaces apart.
    private static func align(_ table: [[String]], leftAligned: Set<Int>, indent: String = "") -> String {
        guard let first = table.first else { return "" }
        let widths = first.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        return table.map { fields in
            var line = indent + fields.enumerated().map { column, field in
                let padding = String(repeating: " ", count: widths[column] - field.count)
                return leftAligned.contains(column) ? field + padding : padding + field
            }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }

    /// Writes `bench.csv`: the header and one row per workload.
    /// - Throws: ``OutputError`` (73) when the file cannot be written.
    package func writeCSV(to path: String) throws(OutputError) {
        let writer = try CSVWriter(path: path)
        try writer.writeRow(BenchRow.csvHeader)
        for row in rows { try writer.writeRow(row.csvRow) }
        try writer.close()
    }

    /// `value` with `digits` decimals, or `-` for NaN.
    package static func number(_ value: Double, digits: Int) -> String {
        value.isFinite ? String(format: "%.\(digits)f", value) : "-"
    }
}
