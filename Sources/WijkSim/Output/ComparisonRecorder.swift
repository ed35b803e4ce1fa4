/// Aggregates paired replicates of a base scenario and its variants and writes
/// `comparison.csv`, `comparison-decomposition.csv` and `comparison-timeseries.csv`.
///
/// Feed it, in replicate order, replicate *i* of the base and of every variant, all run
/// with the same seed (common random numbers). Memory is flat in the number of
/// replicates: per variant it keeps ``PairedStatistics`` per scalar metric, a
/// ``RunningStatistics`` of the paired difference per week and weekly metric, and one of
/// the trailing-mean difference per week (for ``ComparisonTiming``).
///
/// Files (every number formatted by ``CSVWriter/format(_:)``, NaN as `NA`):
/// - `comparison.csv`: one row per variant × scalar metric (``ComparisonRow``).
/// - `comparison-decomposition.csv`: per variant, the change in connected requests by flow ×
///   kind and by neighbourhood (``ComparisonDecomposition``), read off the same paired
///   statistics; the neighbourhood parts from the replicates' unit values
///   (``ReplicateResult/units``, always computed, so also with `--units off`), when the
///   recorder was given the scenarios' layouts and the variant has the base's neighbourhoods.
/// - `comparison-timeseries.csv`: `base,variant,week,metric,difference,ci_low,ci_high`, one
///   row per variant, recorded week (from 1) and weekly metric: the mean paired difference
///   `variant − base` in that week with its paired 95% t interval.
package struct ComparisonRecorder: Sendable {
    /// One row per variant × scalar metric.
    package static let comparisonFile = "comparison.csv"
    /// One row per variant × flow × kind and per variant × neighbourhood (with `all` rows): where the change in connected requests comes from.
    package static let decompositionFile = "comparison-decomposition.csv"
    /// One row per variant × week × weekly metric.
    package static let timeSeriesFile = "comparison-timeseries.csv"
    /// Tool version, scenarios, seed and command line (written by ``Manifest``).
    package static let manifestFile = "manifest.json"
    /// The `comparison-timeseries.csv` header.
    package static let timeSeriesHeader = ["base", "variant", "week", "metric", "difference", "ci_low", "ci_high"]

    /// The base scenario's name.
    package let baseName: String
    /// The variants' names, in command-line order.
    package let variantNames: [String]
    /// Recorded weeks per replicate.
    package let weeks: Int
    /// Warm-up weeks before them (for the turns of the year in ``ComparisonTiming``).
    package let warmupWeeks: Int
    /// Replicate pairs recorded so far.
    package private(set) var recordedCount = 0

    /// The base's neighbourhoods, in scenario order; empty without layouts.
    package let neighbourhoodNames: [String]

    private var scalars: [[PairedStatistics]]
    private var weekly: [[RunningStatistics]]
    private var trailing: [[RunningStatistics]]
    /// Per scenario (base first), for each of the base's neighbourhoods the index in
    /// ``ReplicateResult/units`` of that neighbourhood's `connected`; `nil` for a variant whose
    /// neighbourhoods are not the base's (as a set of names), and for all without layouts.
    private let hoodSlots: [[Int]?]
    /// Per variant, per base neighbourhood: the paired connected requests.
    private var hoods: [[PairedStatistics]]

    /// An empty recorder.
    /// - Parameter layouts: the scenarios' unit layouts, base first, to decompose by
    ///   neighbourhood (``ComparisonDecomposition/neighbourhoods``); `nil` (tests) for none.
    ///   Every recorded result must then carry its units.
    package init(baseName: String, variantNames: [String], weeks: Int, warmupWeeks: Int = 0,
                 layouts: [UnitLayout]? = nil) {
        self.baseName = baseName
        self.variantNames = variantNames
        self.weeks = weeks
        self.warmupWeeks = warmupWeeks
        let variants = variantNames.count
        if let layouts {
            precondition(layouts.count == variants + 1, "\(layouts.count) layouts for \(variants + 1) scenarios")
            let base = layouts[0].units(.neighbourhood)
            let metric = MetricCatalog.unitMetricIndex(.neighbourhood, named: ComparisonDecomposition.neighbourhoodMetric)
            neighbourhoodNames = base
            hoodSlots = layouts.map { layout -> [Int]? in
                let names = layout.units(.neighbourhood)
                guard names.count == base.count, Set(names) == Set(base) else { return nil }
                return base.map { name in layout.offset(.neighbourhood, unit: names.firstIndex(of: name)!, metric: metric) }
            }
        } else {
            neighbourhoodNames = []
            hoodSlots = Array(repeating: nil, count: variants + 1)
        }
        hoods = Array(repeating: Array(repeating: PairedStatistics(), count: neighbourhoodNames.count), count: variants)
        scalars = Array(repeating: Array(repeating: PairedStatistics(), count: MetricCatalog.scalarNames.count),
                        count: variants)
        weekly = Array(repeating: Array(repeating: RunningStatistics(),
                                        count: weeks * MetricCatalog.weeklyNames.count), count: variants)
        trailing = Array(repeating: Array(repeating: RunningStatistics(), count: weeks), count: variants)
    }

    /// Records one replicate of the base and of every variant (same seed).
    package mutating func record(base: ReplicateResult, variants: [ReplicateResult]) {
        precondition(variants.count == variantNames.count,
                     "got \(variants.count) variant results, expected \(variantNames.count)")
        let metrics = MetricCatalog.weeklyNames.count
        let timing = ComparisonTiming.metric.rawValue
        for (v, result) in variants.enumerated() {
            precondition(result.weekly.count == base.weekly.count && base.weekly.count == weeks * metrics,
                         "weekly values: base \(base.weekly.count), variant \(result.weekly.count), expected \(weeks * metrics)")
            for index in base.scalars.indices {
                scalars[v][index].add(base: base.scalars[index], variant: result.scalars[index])
            }
            var timingDifferences = [Double](repeating: .nan, count: weeks)
            for index in base.weekly.indices {
                let b = base.weekly[index], x = result.weekly[index]
                let difference = b.isFinite && x.isFinite ? x - b : .nan
                weekly[v][index].add(difference)
                if index % metrics == timing { timingDifferences[index / metrics] = difference }
            }
            for (week, mean) in ComparisonTiming.trailingMeans(of: timingDifferences).enumerated() {
                trailing[v][week].add(mean)
            }
            if let baseSlots = hoodSlots[0], let slots = hoodSlots[v + 1] {
                precondition(!base.units.isEmpty && !result.units.isEmpty,
                             "a decomposition by neighbourhood needs the replicates' unit values")
                for (h, (b, x)) in zip(baseSlots, slots).enumerated() {
                    hoods[v][h].add(base: base.units[b], variant: result.units[x])
                }
            }
        }
        recordedCount += 1
    }

    /// The comparison rows of variant `variant` (index), in ``MetricCatalog/scalarNames`` order.
    package func rows(variant: Int) -> [ComparisonRow] {
        zip(MetricCatalog.scalarNames, scalars[variant]).map { name, statistics in
            ComparisonRow(base: baseName, variant: variantNames[variant], metric: name, statistics: statistics)
        }
    }

    /// The paired estimates of connected requests per base neighbourhood of variant `variant`
    /// (index); empty when its neighbourhoods are not the base's or without layouts.
    package func neighbourhoods(variant: Int) -> [VariantEffects.Neighbourhood] {
        guard hoodSlots[0] != nil, hoodSlots[variant + 1] != nil else { return [] }
        return zip(neighbourhoodNames, hoods[variant]).map { name, statistics in
            let row = ComparisonRow(base: baseName, variant: variantNames[variant],
                                    metric: ComparisonDecomposition.neighbourhoodMetric, statistics: statistics)
            return VariantEffects.Neighbourhood(name: name, estimate: row.estimate)
        }
    }

    /// Every paired estimate of variant `variant` (index): its scalar rows and neighbourhoods.
    package func effects(variant: Int) -> VariantEffects {
        VariantEffects(rows: rows(variant: variant), neighbourhoods: neighbourhoods(variant: variant))
    }

    /// The paired statistics of the difference of weekly metric `metric` in `week` (0-based).
    package func weeklyDifference(variant: Int, week: Int, metric: MetricCatalog.Weekly) -> RunningStatistics {
        weekly[variant][week * MetricCatalog.weeklyNames.count + metric.rawValue]
    }

    /// When variant `variant`'s effect shows, given the sign of its overall effect.
    package func timing(variant: Int, direction: Double) -> ComparisonTiming {
        let differences = (0..<weeks).map { weeklyDifference(variant: variant, week: $0, metric: ComparisonTiming.metric).mean }
        return ComparisonTiming(trailing: trailing[variant], weeklyDifference: differences, direction: direction,
                                warmupWeeks: warmupWeeks)
    }

    /// Writes `comparison.csv`, `comparison-decomposition.csv` and `comparison-timeseries.csv`.
    /// - Parameter path: maps a file name to the path to write it at (e.g. ``ResultsFolder/path(for:)``).
    package func write(path: (String) -> String) throws(OutputError) {
        let comparison = try CSVWriter(path: path(Self.comparisonFile))
        try comparison.writeRow(ComparisonRow.csvHeader)
        for variant in variantNames.indices {
            for row in rows(variant: variant) { try comparison.writeRow(row.csvRow) }
        }
        try comparison.close()
        let decomposition = try CSVWriter(path: path(Self.decompositionFile))
        try decomposition.writeRow(ComparisonDecomposition.csvHeader)
        for (variant, name) in variantNames.enumerated() {
            let parts = ComparisonDecomposition(effects(variant: variant))
            for row in parts.csvRows(base: baseName, variant: name) { try decomposition.writeRow(row) }
        }
        try decomposition.close()
        let series = try CSVWriter(path: path(Self.timeSeriesFile))
        try series.writeRow(Self.timeSeriesHeader)
        for (variant, name) in variantNames.enumerated() {
            for week in 0..<weeks {
                for metric in MetricCatalog.Weekly.allCases {
                    let stats = weeklyDifference(variant: variant, week: week, metric: metric)
                    let interval = stats.confidenceInterval(level: 0.95)
                    try series.writeRow([baseName, name, String(week + 1), metric.name]
                                        + [stats.mean, interval.low, interval.high].map(CSVWriter.format))
                }
            }
        }
        try series.close()
    }
}
