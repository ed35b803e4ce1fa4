/// Writes the unit-level results of one or more scenarios run with the same seeds:
/// streams `units.csv` as replicates arrive and writes `units-summary.csv` (and, for a
/// comparison, `units-comparison.csv`) at the end.
///
/// Files (every number formatted by ``CSVWriter/format(_:)``, NaN as `NA`):
/// - `units.csv`: `scenario,replicate,unit_type,unit,metric,value`, tidy: per replicate, per
///   scenario in the order given, one row per unit and unit metric in ``UnitLayout`` order.
/// - `units-summary.csv`: `scenario,unit_type,unit,metric,n,mean,sd,ci_low,ci_high`: per
///   scenario, unit and metric the mean over the replicates where it is defined, with the
///   95% t interval of the mean (``RunningStatistics``).
/// - `units-comparison.csv` (with `pairsVariants`): `base,variant,unit_type,unit,metric,n,
///   base_mean,variant_mean,difference,ci_low,ci_high`: per variant, for every unit metric
///   that the base has too (same type, unit name and metric), the paired difference
///   `variant − base` over replicates (common random numbers) with its paired 95% t interval.
///
/// Memory is flat in the number of replicates: per scenario one ``RunningStatistics`` per
/// unit metric, per variant one ``PairedStatistics`` per matched unit metric, and the labels.
/// Feed replicates in replicate order (``BatchRunner`` guarantees this) so that the files
/// depend only on the seeds.
package final class UnitRecorder {
    /// One row per replicate, scenario, unit and unit metric, streamed.
    package static let unitsFile = "units.csv"
    /// One row per scenario, unit and unit metric.
    package static let summaryFile = "units-summary.csv"
    /// One row per variant, unit and unit metric the base shares.
    package static let comparisonFile = "units-comparison.csv"
    /// Every file a unit recorder may write.
    package static let fileNames = [unitsFile, summaryFile, comparisonFile]

    /// The `units.csv` header.
    package static let unitsHeader = ["scenario", "replicate", "unit_type", "unit", "metric", "value"]
    /// The `units-summary.csv` header.
    package static let summaryHeader = ["scenario", "unit_type", "unit", "metric", "n", "mean", "sd", "ci_low", "ci_high"]
    /// The `units-comparison.csv` header.
    package static let comparisonHeader = ["base", "variant", "unit_type", "unit", "metric", "n", "base_mean",
                                           "variant_mean", "difference", "ci_low", "ci_high"]

    /// One scenario's name and unit layout.
    package struct Entry: Sendable {
        package var name: String
        package var layout: UnitLayout
        package init(name: String, layout: UnitLayout) {
            self.name = name
            self.layout = layout
        }
    }

    /// The scenarios, base first.
    package let entries: [Entry]
    /// Whether `units-comparison.csv` is written (entries after the first are variants of it).
    package let pairsVariants: Bool
    /// Replicates recorded so far.
    package private(set) var recordedCount = 0

    /// `unit_type`, `unit`, `metric` of every slot of each scenario's layout.
    private let labels: [[[String]]]
    private var statistics: [[RunningStatistics]]
    /// Per variant (entries[1...]): for each of its slots the base slot with the same labels, or -1.
    private let baseSlots: [[Int]]
    private var paired: [[PairedStatistics]]
    private let folder: (String) -> String
    private let units: CSVWriter

    /// Opens `units.csv` for writing and writes its header.
    /// - Parameters:
    ///   - entries: the scenarios, in the order their rows are written (base first).
    ///   - pairsVariants: also write `units-comparison.csv` (a comparison).
    ///   - path: maps a file name to the path to write it at (e.g. ``ResultsFolder/path(for:)``).
    package init(entries: [Entry], pairsVariants: Bool, path: @escaping (String) -> String) throws(OutputError) {
        self.entries = entries
        self.pairsVariants = pairsVariants
        folder = path
        labels = entries.map(Self.labels(of:))
        statistics = entries.map { Array(repeating: RunningStatistics(), count: $0.layout.count) }
        if pairsVariants, let base = labels.first {
            var index: [[String]: Int] = [:]
            for (slot, label) in base.enumerated() { index[label] = slot }
            baseSlots = labels.dropFirst().map { variant in variant.map { index[$0] ?? -1 } }
        } else {
            baseSlots = []
        }
        paired = baseSlots.map { Array(repeating: PairedStatistics(), count: $0.count) }
        units = try CSVWriter(path: path(Self.unitsFile))
        try units.writeRow(Self.unitsHeader)
    }

    /// The `unit_type`, `unit`, `metric` labels of every slot of `entry`'s layout, in order.
    static func labels(of entry: Entry) -> [[String]] {
        UnitType.allCases.flatMap { type in
            entry.layout.units(type).flatMap { unit in
                MetricCatalog.unitMetricNames(type).map { [type.rawValue, unit, $0] }
            }
        }
    }

    /// The `n, mean, sd, ci_low, ci_high` fields of a `units-summary.csv` row (95% t interval),
    /// for `wijksim run`, `compare` and `sweep` alike.
    static func summaryFields(_ stats: RunningStatistics) -> [String] {
        let interval = stats.confidenceInterval(level: 0.95)
        return [String(stats.count)]
            + [stats.mean, stats.standardDeviation, interval.low, interval.high].map(CSVWriter.format)
    }

    /// Records replicate `replicate` of every scenario (`results` in ``entries`` order).
    package func record(replicate: Int, results: [ReplicateResult]) throws(OutputError) {
        precondition(results.count == entries.count, "got \(results.count) results, expected \(entries.count)")
        let number = String(replicate)
        for (e, result) in results.enumerated() {
            precondition(result.units.count == entries[e].layout.count,
                         "\(entries[e].name): \(result.units.count) unit values, expected \(entries[e].layout.count)")
            for (slot, value) in result.units.enumerated() {
                try units.writeRow([entries[e].name, number] + labels[e][slot] + [CSVWriter.format(value)])
                statistics[e][slot].add(value)
            }
        }
        for v in baseSlots.indices {
            let variant = results[v + 1].units, base = results[0].units
            for (slot, baseSlot) in baseSlots[v].enumerated() where baseSlot >= 0 {
                paired[v][slot].add(base: base[baseSlot], variant: variant[slot])
            }
        }
        recordedCount += 1
    }

    /// The summary of slot `slot` of scenario `entry` (index into ``entries``).
    package func statistics(entry: Int, slot: Int) -> RunningStatistics { statistics[entry][slot] }

    /// Closes `units.csv` and writes `units-summary.csv` (and `units-comparison.csv`).
    /// - Returns: the file names written, `units.csv` first.
    package func finish() throws(OutputError) -> [String] {
        try units.close()
        let summary = try CSVWriter(path: folder(Self.summaryFile))
        try summary.writeRow(Self.summaryHeader)
        for (e, entry) in entries.enumerated() {
            for (slot, stats) in statistics[e].enumerated() {
                try summary.writeRow([entry.name] + labels[e][slot] + Self.summaryFields(stats))
            }
        }
        try summary.close()
        guard pairsVariants else { return [Self.unitsFile, Self.summaryFile] }
        let comparison = try CSVWriter(path: folder(Self.comparisonFile))
        try comparison.writeRow(Self.comparisonHeader)
        for v in baseSlots.indices {
            for (slot, baseSlot) in baseSlots[v].enumerated() where baseSlot >= 0 {
                let stats = paired[v][slot]
                let interval = stats.pairedInterval(level: 0.95)
                try comparison.writeRow([entries[0].name, entries[v + 1].name] + labels[v + 1][slot] + [String(stats.count)]
                                        + [stats.base.mean, stats.variant.mean, stats.difference.mean,
                                           interval.low, interval.high].map(CSVWriter.format))
            }
        }
        try comparison.close()
        return [Self.unitsFile, Self.summaryFile, Self.comparisonFile]
    }
}
