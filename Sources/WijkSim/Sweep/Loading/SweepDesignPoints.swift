/// The points of a sweep: factors, values and unit coordinates, as ``SweepPlan`` stores them.
struct SweepDesignPoints: Sendable {
    var design: SweepDesign
    var factors: [SweepFactor]
    var parameters: [ResolvedParameter]
    var pointCount: Int
    /// Values, point-major.
    var values: [Double]
    /// Unit coordinates, point-major.
    var unit: [Double]
    var morrisChanges: [Int?] = []
    var notes: [String] = []
    /// The table a points design was read from.
    var table: DesignTable?

    /// `error` about point `point` placed where the point was written (a row of a CSV file or
    /// of `design.points`), else left in the sweep file without a position.
    func locate(_ error: ScenarioError, point: Int, in source: SweepSource) -> ScenarioError {
        guard let table, table.rows.indices.contains(point) else { return error }
        return ScenarioError(error.problem, at: table.rows[point].location, orIn: table.file, keyPath: error.keyPath, message: error.message)
    }
}

extension SweepSource {
    /// The design's points, from the request and the vary entries.
    func points(_ request: SweepDesignRequest, entries: [SweepVaryEntry], editor: ScenarioEditor) throws(ScenarioError) -> SweepDesignPoints {
        let factors = entries.map(\.factor)
        let parameters = entries.map(\.parameter)
        let k = factors.count
        switch request.type {
        case "grid":
            let grids = factors.map { $0.gridValues ?? [] }
            guard let count = GridDesign.pointCount(grids.map(\.count), limit: SweepLoader.maximumPoints) else {
                throw error(.outOfRange, at: request.location, "design",
                            "expected at most \(SweepLoader.maximumPoints) points, found a grid of \(grids.map { String($0.count) }.joined(separator: " × "))")
            }
            let values = GridDesign.points(grids)
            return SweepDesignPoints(design: .grid, factors: factors, parameters: parameters, pointCount: count,
                                     values: values, unit: unitCoordinates(values, factors: factors))
        case "latin-hypercube":
            let n = request.points ?? 1
            let unit = LatinHypercube.unitPoints(points: n, dimensions: k, seed: request.resolvedSeed(settings: editor.base.run.seed) ?? 0)
            return SweepDesignPoints(design: .latinHypercube(points: n), factors: factors, parameters: parameters, pointCount: n,
                                     values: scaled(unit, factors: factors), unit: unit, notes: integerNotes(factors, isMorris: false))
        case "morris":
            let r = request.trajectories ?? 1
            guard r <= SweepLoader.maximumPoints / (k + 1) else {
                throw error(.outOfRange, at: request.trajectoriesLocation, "design.trajectories",
                            "expected trajectories × (factors + 1) to be at most \(SweepLoader.maximumPoints) points, found \(r) × \(k + 1)")
            }
            let design = MorrisDesign.trajectories(r, factors: k, levels: request.levels,
                                                   seed: request.resolvedSeed(settings: editor.base.run.seed) ?? 0)
            return SweepDesignPoints(design: .morris(trajectories: r, levels: request.levels), factors: factors, parameters: parameters,
                                     pointCount: r * (k + 1), values: scaled(design.unit, factors: factors), unit: design.unit,
                                     morrisChanges: design.changedFactor, notes: integerNotes(factors, isMorris: true))
        default:
            let table: DesignTable
            if let csvPath = request.csvPath {
                table = try DesignCSVReader.read(path: csvPath)
            } else {
                table = try inlineTable(request.inlinePoints ?? .null(request.location), entries: entries)
            }
            return try pointsDesign(table, entries: entries, editor: editor)
        }
    }

    /// Unit coordinates scaled to each factor's values (integer factors as ``SweepFactor/value(atUnit:)`` says).
    private func scaled(_ unit: [Double], factors: [SweepFactor]) -> [Double] {
        unit.enumerated().map { factors[$0.offset % factors.count].value(atUnit: $0.element) }
    }

    /// Each value's place between its factor's `low` and `high`.
    func unitCoordinates(_ values: [Double], factors: [SweepFactor]) -> [Double] {
        values.enumerated().map { factors[$0.offset % factors.count].unit(of: $0.element) }
    }

    /// How integer factors of a latin-hypercube or Morris design take whole numbers.
    private func integerNotes(_ factors: [SweepFactor], isMorris: Bool) -> [String] {
        factors.filter(\.isInteger).map { factor in
            let low = CSVWriter.format(factor.low), high = CSVWriter.format(factor.high)
            let count = CSVWriter.format(factor.high - factor.low + 1)
            let rule = factor.low == 0 && factor.high == 1
                ? "\(factor.keyPath) takes 0 or 1: a unit coordinate u < 0.5 gives 0, u ≥ 0.5 gives 1"
                : "\(factor.keyPath) takes whole numbers: a unit coordinate u gives \(low) + ⌊u · \(count)⌋ (\(high) at u = 1), so each of \(low)...\(high) is equally likely"
            return rule + (isMorris ? "; its Morris steps are steps between these whole numbers, not exactly Δ of the range" : "")
        }
    }
}
