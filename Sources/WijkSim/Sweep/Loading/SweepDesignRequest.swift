/// The `design` object of a sweep file, checked but not yet turned into points.
struct SweepDesignRequest: Sendable {
    /// One of ``SweepDesign/typeNames``.
    var type: String
    /// Where the `design` object starts.
    var location: SourceLocation
    /// Latin hypercube: `points`.
    var points: Int?
    /// Morris: `trajectories`, and where it was written.
    var trajectories: Int?
    var trajectoriesLocation: SourceLocation?
    /// Morris: `levels` (default 4).
    var levels: Int = 4
    /// `seed` of the design's draws, when written.
    var seed: UInt64?
    /// Points design: `points`, a list of objects.
    var inlinePoints: JSONValue?
    /// Points design: `file` resolved against the sweep file's folder.
    var csvPath: String?

    /// Whether the design's factors take ranges (all but grid).
    var takesRanges: Bool { type != "grid" }

    /// The seed of the design's draws: `seed` when written, else derived from the sweep's seed
    /// `s` as the second output of `SplitMix64(seed: s ⊕ 0x5357454550444553)` ("SWEEPDES"),
    /// so the design's draws are independent of the replicates' (``SeedDerivation``). `nil` for
    /// designs without draws (grid, points).
    func resolvedSeed(settings sweepSeed: UInt64) -> UInt64? {
        guard type == "latin-hypercube" || type == "morris" else { return nil }
        if let seed { return seed }
        var mixer = SplitMix64(seed: sweepSeed ^ 0x5357_4545_5044_4553)
        _ = mixer.next()
        return mixer.next()
    }

    /// The keys each design type takes.
    static let keys: [String: [String]] = [
        "grid": ["type"],
        "latin-hypercube": ["type", "points", "seed"],
        "morris": ["type", "trajectories", "levels", "seed"],
        "points": ["type", "points", "file"],
    ]
}

extension SweepSource {
    /// The `design` object.
    func designRequest() throws(ScenarioError) -> SweepDesignRequest {
        let typeList = SweepDesign.typeNames.joined(separator: ", ")
        let design = try required("design", in: tree, expected: "an object with a type (\(typeList))")
        guard case .object = design else {
            throw error(.wrongType, at: design.location, "design", "expected an object with a type (\(typeList)), found \(design.messageDescription)")
        }
        let typeExpectation = "one of " + SweepDesign.typeNames.map { JSONWriter.quoted($0) }.joined(separator: ", ")
        let typeValue = try required("type", in: design, prefix: "design", expected: typeExpectation)
        guard case .string(let type, _) = typeValue, let allowed = SweepDesignRequest.keys[type] else {
            let hint: String
            if case .string(let text, _) = typeValue { hint = KeySuggestion.hint(for: text, among: SweepDesign.typeNames) } else { hint = "" }
            throw error(.invalidValue, at: typeValue.location, "design.type", "expected \(typeExpectation), found \(typeValue.messageDescription)\(hint)")
        }
        try checkKeys(design, allowed: allowed, prefix: "design", context: " for a \(type) design")
        var request = SweepDesignRequest(type: type, location: design.location)
        let pointRange = UInt64(1)...UInt64(SweepLoader.maximumPoints)
        switch type {
        case "latin-hypercube":
            let points = try required("points", in: design, prefix: "design", expected: "the number of points, an integer in [1, \(SweepLoader.maximumPoints)]")
            request.points = Int(try integer(points, "design.points", in: pointRange, meaning: "the number of points"))
        case "morris":
            let trajectories = try required("trajectories", in: design, prefix: "design",
                                            expected: "the number of trajectories, an integer in [1, \(SweepLoader.maximumPoints)]")
            request.trajectories = Int(try integer(trajectories, "design.trajectories", in: pointRange, meaning: "the number of trajectories"))
            request.trajectoriesLocation = trajectories.location
            if let levels = design["levels"] {
                let range = UInt64(SweepLoader.levelsRange.lowerBound)...UInt64(SweepLoader.levelsRange.upperBound)
                let value = try integer(levels, "design.levels", in: range, meaning: "an even number of grid levels")
                guard value % 2 == 0 else {
                    throw error(.invalidValue, at: levels.location, "design.levels",
                                "expected an even integer in [\(SweepLoader.levelsRange.lowerBound), \(SweepLoader.levelsRange.upperBound)] (Morris's Δ = levels / (2 · (levels − 1)) needs an even number of levels), found \(levels.messageDescription)")
                }
                request.levels = Int(value)
            }
        case "points":
            let points = design["points"], file = design["file"]
            if let points, let file {
                throw error(.invalidValue, at: file.location, "design.file", "expected either points or file, found both (points at line \(points.location.line))")
            }
            if let file {
                let name = try string(file, "design.file", expected: "the name of a CSV file with a header row of key paths")
                request.csvPath = ScenarioFileReader.resolve(name, relativeTo: path)
            } else if let points {
                request.inlinePoints = points
            } else {
                throw error(.invalidValue, at: design.location, "design", "expected points (a list of objects) or file (a CSV file), found neither")
            }
        default:
            break
        }
        if let seed = design["seed"] {
            request.seed = try integer(seed, "design.seed", in: RunSettings.seedRange)
        }
        return request
    }
}
