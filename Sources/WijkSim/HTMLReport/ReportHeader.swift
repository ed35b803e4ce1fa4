/// The facts at the top of every report, from `manifest.json`.
enum ReportHeader {
    /// Label and value pairs: scenario (or base and variants), seed, replicates, weeks,
    /// version and date.
    static func facts(_ manifest: ResultsManifest, text: Localizer) -> [(String, String)] {
        var items: [(String, String)]
        switch manifest.kind {
        case .sweep:
            return [
                (text(.headerSweep), manifest.sweepName),
                (text(.headerDesign), manifest.design),
                (text(.headerPoints), "\(manifest.points) × \(manifest.replicates)"),
                (text(.headerSeed), manifest.seed),
                (text(.headerWeeks), String(manifest.weeks)),
                (text(.headerVersion), "WijkSim \(manifest.toolVersion)"),
                (text(.headerDate), date(manifest.startTime)),
            ]
        case .run:
            items = [(text(.headerScenario), manifest.scenarioName), (text(.headerScenarioFile), manifest.scenarioFile)]
        case .compare, .worlds:
            items = [(text(.headerBase), "\(manifest.scenarioName) (\(manifest.scenarioFile))"),
                     (text(.headerVariants), manifest.variantFiles.joined(separator: ", "))]
        }
        items += [
            (text(.headerSeed), manifest.seed),
            (text(.headerReplicates), manifest.kind == .worlds ? "\(manifest.points) × \(manifest.replicates)" : String(manifest.replicates)),
            (text(.headerWeeks), String(manifest.weeks)),
            (text(.headerVersion), "WijkSim \(manifest.toolVersion)"),
            (text(.headerDate), date(manifest.startTime)),
        ]
        return items
    }

    /// `2025-03-01T09:30:00Z` → `2025-03-01 09:30 UTC`; anything else as it is.
    static func date(_ iso: String) -> String {
        guard iso.count >= 16, iso.dropFirst(10).first == "T" else { return iso }
        return "\(iso.prefix(10)) \(iso.dropFirst(11).prefix(5)) UTC"
    }
}
