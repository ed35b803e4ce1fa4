/// A worlds results folder (`wijksim compare … --worlds N`, or its merge) read back for the
/// report: its manifest and `worlds-summary.csv`.
package struct WorldsResults: Sendable {
    /// One variant's verdict as the summary file holds it. Numbers are NaN where it says `NA`.
    package struct Variant: Sendable {
        package var name: String
        package var worlds: Int
        package var positive: Double, negative: Double, unclear: Double
        package var median: Double, low: Double, high: Double, mean: Double
        /// `prcc` or `rank_correlation`.
        package var measure: String
        /// The drivers, in rank order (unranked ones left out).
        package var drivers: [(parameter: String, estimate: Double, low: Double, high: Double)]
    }

    /// The header facts.
    package var manifest: ResultsManifest
    /// The variants, in file order.
    package var variants: [Variant]

    /// Reads the folder (its manifest already read).
    /// - Throws: ``ResultsError``: 66 naming `worlds-summary.csv` when it is missing (a shard's
    ///   folder: merge first), 65 for content that is not what WijkSim writes.
    init(folder: String, manifest: ResultsManifest) throws(ResultsError) {
        self.manifest = manifest
        let path = folder + "/" + WorldsFiles.summary
        let table = try CSVTable(path: path, required: WorldsFiles.summaryHeader,
                                 expected: "the verdicts that 'wijksim compare --worlds' or 'wijksim merge' writes (a shard's folder has none: merge the shards first)")
        func number(_ row: Int, _ name: String) throws(ResultsError) -> Double {
            let text = table.text(row, name)
            return text == "NA" || text.isEmpty ? .nan : try table.number(row, name)
        }
        var variants: [Variant] = []
        for row in table.rows.indices {
            let name = table.text(row, "variant"), measure = table.text(row, "measure")
            if variants.last?.name != name {
                variants.append(Variant(name: name, worlds: 0, positive: .nan, negative: .nan, unclear: .nan, median: .nan,
                                        low: .nan, high: .nan, mean: .nan, measure: "", drivers: []))
            }
            let value = try number(row, "estimate")
            switch measure {
            case "worlds": variants[variants.count - 1].worlds = value.isFinite ? Int(value) : 0
            case "share_positive": variants[variants.count - 1].positive = value
            case "share_negative": variants[variants.count - 1].negative = value
            case "share_unclear": variants[variants.count - 1].unclear = value
            case "effect_median": variants[variants.count - 1].median = value
            case "effect_p05": variants[variants.count - 1].low = value
            case "effect_p95": variants[variants.count - 1].high = value
            case "effect_mean": variants[variants.count - 1].mean = value
            case "prcc", "rank_correlation":
                variants[variants.count - 1].measure = measure
                if table.text(row, "rank") != "NA" {
                    variants[variants.count - 1].drivers.append((table.text(row, "parameter"), value,
                                                                 try number(row, "ci_low"), try number(row, "ci_high")))
                }
            case "side_effect_worse", "side_effect_better":
                break   // the page does not chart side effects over worlds (the terminal and the CSV give them)
            default:
                throw .badData(path: path, line: row + 2, reason: "column 'measure': expected worlds, share_*, effect_*, prcc, rank_correlation or side_effect_*, found '\(measure)'")
            }
        }
        self.variants = variants
    }
}
