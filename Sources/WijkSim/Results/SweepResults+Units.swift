/// The unit results of a sweep's extreme points, read back from `units-summary.csv`.
///
/// A sweep's `units-summary.csv` holds every point (13 kB a point for the baseline town, so
/// 130 MB for 10,000 points): it is streamed line by line and only the rows of the points
/// asked for are kept.
extension SweepResults {
    /// A point with its rows of `units-summary.csv` (`scenario` = the point's number).
    package struct PointUnits: Sendable {
        package var point: Point
        package var rows: [UnitSummaryRow]

        /// The rows of `metric` of the units of `type`, in file (scenario) order.
        package func units(_ type: UnitType, metric: String) -> [UnitSummaryRow] {
            rows.filter { $0.unitType == type && $0.metric == metric }
        }
    }

    /// The points with the lowest and the highest finite mean of `metric`, lowest first (one
    /// point when they are the same, none when no point has a value); ties go to the lower
    /// point number.
    package func extremePoints(of metric: String) -> [Point] {
        let defined = points.filter { $0.metrics[metric]?.mean.isFinite == true }
        func mean(_ point: Point) -> Double { point.metrics[metric]?.mean ?? .nan }
        guard let lowest = defined.min(by: { mean($0) < mean($1) || (mean($0) == mean($1) && $0.index < $1.index) }),
              let highest = defined.max(by: { mean($0) < mean($1) || (mean($0) == mean($1) && $0.index > $1.index) })
        else { return [] }
        return lowest.index == highest.index ? [lowest] : [lowest, highest]
    }

    /// The `units-summary.csv` rows of `points`, in the order given; `nil` when the folder has
    /// no `units-summary.csv` (a sweep run with `--units off`, or from before unit files).
    /// - Throws: ``ResultsError`` (65) for a file that is not as `wijksim sweep` writes it.
    package static func units(of points: [Point], folder: String) throws(ResultsError) -> [PointUnits]? {
        let path = folder + "/" + SweepFiles.unitsSummary
        guard POSIXFiles.kind(of: path) != .missing else { return nil }
        let reader: LineReader
        do { reader = try LineReader(path: path) } catch { throw .unreadable(path: path, reason: error.message) }
        let header = SweepFiles.unitsSummaryHeader
        guard reader.next() == header.joined(separator: ",") else {
            throw .badData(path: path, line: 1, reason: "expected the header \(header.joined(separator: ",")) of the per-unit summary that 'wijksim sweep' writes")
        }
        let prefixes = points.map { Array("\($0.index),".utf8) }
        var rows = [[UnitSummaryRow]](repeating: [], count: points.count)
        var line = 1
        while let bytes = reader.nextBytes() {
            line += 1
            guard let slot = prefixes.firstIndex(where: { bytes.starts(with: $0) }) else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            guard let fields = try CSVTable.parse(text, path: path).first, fields.count == header.count,
                  let type = UnitType(rawValue: fields[1]) else {
                throw .badData(path: path, line: line, reason: "expected \(header.count) fields (\(header.joined(separator: ","))) with unit_type neighbourhood, connector or department")
            }
            func number(_ index: Int) throws(ResultsError) -> Double {
                if fields[index] == "NA" { return .nan }
                guard let value = Double(fields[index]) else {
                    throw .badData(path: path, line: line, reason: "column '\(header[index])': expected a number or NA, found '\(fields[index])'")
                }
                return value
            }
            rows[slot].append(UnitSummaryRow(scenario: fields[0], unitType: type, unit: fields[2], metric: fields[3],
                                             count: Int(try number(4)), mean: try number(5), ciLow: try number(7),
                                             ciHigh: try number(8)))
        }
        return zip(points, rows).map { PointUnits(point: $0, rows: $1) }
    }
}
