/// A `compare` results folder read back: its manifest, `comparison.csv`,
/// `comparison-timeseries.csv` and, when present, `units-comparison.csv` and the
/// neighbourhood rows of `comparison-decomposition.csv`.
package struct CompareResults: Sendable {
    /// The header facts.
    package var manifest: ResultsManifest
    /// The base scenario's name (the `base` column).
    package var baseName: String
    /// The variants' names in file order (command-line order).
    package var variants: [String]
    /// Estimates by variant, then metric name.
    package var estimates: [String: [String: ComparisonEstimate]]
    /// Weekly differences by variant, then weekly metric name, in week order.
    package var series: [String: [String: [WeeklyPoint]]]
    /// Paired differences per unit (`units-comparison.csv`) by variant, in file order; empty
    /// when the folder has none (`--units off`).
    package var unitDifferences: [String: [UnitDifference]] = [:]
    /// Connected requests per neighbourhood by variant, in file order (the neighbourhood rows
    /// of `comparison-decomposition.csv`); empty for a variant without them and for a folder
    /// written before that file had a `neighbourhood` column.
    package var neighbourhoods: [String: [VariantEffects.Neighbourhood]] = [:]

    /// One row of `units-comparison.csv`: the paired difference of a unit metric.
    package struct UnitDifference: Sendable, Equatable {
        package var unitType: UnitType
        package var unit: String
        package var metric: String
        package var difference: Double
        package var low: Double
        package var high: Double
    }

    /// The differences of unit metric `metric` of every unit of `type` for `variant`, in file order.
    package func unitDifferences(_ variant: String, _ type: UnitType, metric: String) -> [UnitDifference] {
        (unitDifferences[variant] ?? []).filter { $0.unitType == type && $0.metric == metric }
    }

    /// The estimate of `metric` for `variant` (all NaN when absent).
    package func estimate(_ variant: String, _ metric: String) -> ComparisonEstimate {
        estimates[variant]?[metric] ?? .missing
    }

    /// Every estimate of `variant` that the verdict rules read: its scalar metrics and neighbourhoods.
    package func effects(_ variant: String) -> VariantEffects {
        VariantEffects(MetricCatalog.scalarNames.map { estimate(variant, $0) }.filter { !$0.metric.isEmpty },
                       neighbourhoods: neighbourhoods[variant] ?? [])
    }

    /// Reads the folder (its manifest already read).
    init(folder: String, manifest: ResultsManifest) throws(ResultsError) {
        self.manifest = manifest
        let table = try CSVTable(path: folder + "/" + ComparisonRecorder.comparisonFile, required: ComparisonRow.csvHeader,
                                 expected: "the paired differences that 'wijksim compare' writes")
        var variants: [String] = []
        var estimates: [String: [String: ComparisonEstimate]] = [:]
        for row in table.rows.indices {
            let variant = table.text(row, "variant"), metric = table.text(row, "metric")
            if estimates[variant] == nil { variants.append(variant) }
            estimates[variant, default: [:]][metric] = ComparisonEstimate(
                metric: metric, baseMean: try table.number(row, "base_mean"),
                variantMean: try table.number(row, "variant_mean"), difference: try table.number(row, "difference"),
                low: try table.number(row, "ci_low"), high: try table.number(row, "ci_high"))
        }
        guard !variants.isEmpty else {
            throw .badData(path: table.path, line: 2, reason: "no rows; expected one row per variant and metric")
        }
        baseName = table.text(0, "base")
        self.variants = variants
        self.estimates = estimates
        let weekly = try CSVTable(path: folder + "/" + ComparisonRecorder.timeSeriesFile,
                                  required: ComparisonRecorder.timeSeriesHeader,
                                  expected: "the weekly differences that 'wijksim compare' writes")
        var series: [String: [String: [WeeklyPoint]]] = [:]
        for row in weekly.rows.indices {
            let point = WeeklyPoint(week: Int(try weekly.number(row, "week")), value: try weekly.number(row, "difference"),
                                    low: try weekly.number(row, "ci_low"), high: try weekly.number(row, "ci_high"))
            series[weekly.text(row, "variant"), default: [:]][weekly.text(row, "metric"), default: []].append(point)
        }
        self.series = series.mapValues { $0.mapValues { $0.sorted { $0.week < $1.week } } }
        try readNeighbourhoods(folder: folder)
        let unitsPath = folder + "/" + UnitRecorder.comparisonFile
        guard POSIXFiles.kind(of: unitsPath) != .missing else { return }
        let units = try CSVTable(path: unitsPath, required: UnitRecorder.comparisonHeader,
                                 expected: "the paired differences per unit that 'wijksim compare' writes")
        for row in units.rows.indices {
            guard let type = UnitType(rawValue: units.text(row, "unit_type")) else {
                throw .badData(path: unitsPath, line: row + 2,
                               reason: "unit_type '\(units.text(row, "unit_type"))'; expected neighbourhood, connector or department")
            }
            unitDifferences[units.text(row, "variant"), default: []].append(UnitDifference(
                unitType: type, unit: units.text(row, "unit"), metric: units.text(row, "metric"),
                difference: try units.number(row, "difference"), low: try units.number(row, "ci_low"),
                high: try units.number(row, "ci_high")))
        }
    }
}

extension CompareResults {
    /// Reads the neighbourhood rows (`route` and `kind` `all`, `neighbourhood` not `all`) of
    /// `comparison-decomposition.csv` into ``neighbourhoods``, when the file exists and has the
    /// column.
    mutating func readNeighbourhoods(folder: String) throws(ResultsError) {
        let path = folder + "/" + ComparisonRecorder.decompositionFile
        guard POSIXFiles.kind(of: path) != .missing else { return }
        let required = ComparisonDecomposition.csvHeader.filter { $0 != "neighbourhood" }
        let table = try CSVTable(path: path, required: required,
                                 expected: "the decomposition of connected requests that 'wijksim compare' writes")
        guard table.header.contains("neighbourhood") else { return }
        for row in table.rows.indices {
            let hood = table.text(row, "neighbourhood")
            guard table.text(row, "route") == "all", table.text(row, "kind") == "all", hood != "all" else { continue }
            let estimate = ComparisonEstimate(
                metric: ComparisonDecomposition.neighbourhoodMetric, baseMean: try table.number(row, "base_mean"),
                variantMean: try table.number(row, "variant_mean"), difference: try table.number(row, "difference"),
                low: try table.number(row, "ci_low"), high: try table.number(row, "ci_high"))
            neighbourhoods[table.text(row, "variant"), default: []].append(.init(name: hood, estimate: estimate))
        }
    }
}
