import Foundation

/// The append-only log of what a sweep shard has finished: `completed.log`.
///
/// Lines (each ends in `\n`; a last line without one was cut by a crash and is ignored):
/// - `wijksim-sweep <hash> shard <K>/<N> points <first>-<end>`: first, written with the headers;
///   followed by ` units` when the shard also writes `units.csv` and `units-summary.csv`
///   (``hasUnits``; `wijksim sweep --units on`, the default);
/// - `start <runsBytes> <pointsBytes>`: the sizes of `runs.csv` and `points.csv` after their headers;
/// - `point <i> <runsBytes> <pointsBytes>`: point i is complete; both files had these sizes,
///   with every row of points up to i and nothing else, when the line was appended;
/// - `done <runsBytes> <pointsBytes>`: the shard is complete.
///
/// With ``hasUnits`` every `start`, `point` and `done` line ends in two more sizes, those of
/// `units.csv` and `units-summary.csv`: `point <i> <runsBytes> <pointsBytes> <unitsBytes>
/// <unitsSummaryBytes>`. A log without ` units` (every log written before unit files existed,
/// and those of `compare --worlds`) has exactly two.
///
/// A point's line is appended only after its rows are written to every file, so after a
/// crash, `kill -9` or a full disk the last line says how far the files are good: a resume
/// cuts them back to those sizes (dropping a half-written row) and goes on with the next
/// point. Nothing is ever lost or written twice.
public struct SweepCompletionLog: Sendable, Equatable {
    /// What the first line says.
    public var hash: String
    /// The shard the folder holds.
    public var shard: SweepShard
    /// The points of the shard, as recorded.
    public var points: Range<Int>
    /// The last complete point, `nil` when none is.
    public var lastPoint: Int?
    /// Sizes of `runs.csv` and `points.csv` at the last good line.
    public var runsBytes: UInt64
    /// See ``runsBytes``.
    public var pointsBytes: UInt64
    /// Whether the `done` line was written.
    public var isDone: Bool
    /// Whether the `start` line was written (the headers are in place).
    public var hasStart = false
    /// Whether the shard writes `units.csv` and `units-summary.csv` (the header line ends in ` units`).
    public var hasUnits = false
    /// Sizes of `units.csv` and `units-summary.csv` at the last good line (0 without ``hasUnits``).
    public var unitsBytes: UInt64 = 0
    /// See ``unitsBytes``.
    public var unitsSummaryBytes: UInt64 = 0

    /// The next point to run.
    public var nextPoint: Int { lastPoint.map { $0 + 1 } ?? points.lowerBound }

    /// The first line of a new log; `units`: the shard writes the unit files too.
    public static func headerLine(hash: String, shard: SweepShard, points: Range<Int>, units: Bool = false) -> String {
        "wijksim-sweep \(hash) shard \(shard.index)/\(shard.count) points \(points.lowerBound)-\(points.upperBound)"
            + (units ? " units" : "") + "\n"
    }

    /// The sizes after `start`, `point <i>` or `done`: runs and points, and with `units`
    /// the unit files (in ``SweepFiles`` order).
    public static func sizes(runs: UInt64, points: UInt64, units: (UInt64, UInt64)?) -> String {
        var text = "\(runs) \(points)"
        if let units { text += " \(units.0) \(units.1)" }
        return text
    }

    /// Reads the log at `path`.
    /// - Throws: ``SweepError`` (65) naming the file and line when it is not a sweep log.
    public static func read(_ path: String) throws(SweepError) -> SweepCompletionLog {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SweepError(.data, "\(path): cannot read the completion log")
        }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.removeLast()   // after the last "\n": empty, or a line cut by a crash
        func bad(_ number: Int, _ expected: String) -> SweepError {
            SweepError(.data, "\(path):\(number): expected \(expected), found '\(number <= lines.count ? lines[number - 1] : "")'")
        }
        guard let first = lines.first else { throw bad(1, "'wijksim-sweep HASH shard K/N points A-B'") }
        let head = first.split(separator: " ").map(String.init)
        let headerWords = "'wijksim-sweep HASH shard K/N points A-B' (then optionally 'units')"
        guard head.count == 6 || (head.count == 7 && head[6] == "units"), head[0] == "wijksim-sweep",
              head[2] == "shard", head[4] == "points", let shard = SweepShard.parse(head[3]) else {
            throw bad(1, headerWords)
        }
        let bounds = head[5].split(separator: "-").compactMap { Int($0) }
        guard bounds.count == 2, bounds[0] <= bounds[1] else { throw bad(1, "a point range A-B") }
        var log = SweepCompletionLog(hash: head[1], shard: shard, points: bounds[0]..<bounds[1], lastPoint: nil,
                                     runsBytes: 0, pointsBytes: 0, isDone: false)
        log.hasUnits = head.count == 7
        let sizeCount = log.hasUnits ? 4 : 2
        let sizeWords = log.hasUnits ? "RUNS_BYTES POINTS_BYTES UNITS_BYTES UNITS_SUMMARY_BYTES" : "RUNS_BYTES POINTS_BYTES"
        guard lines.count >= 2 else { return log }   // cut before the headers were recorded
        for (offset, line) in lines.dropFirst().enumerated() {
            let number = offset + 2
            let words = line.split(separator: " ").map(String.init)
            guard !log.isDone else { throw bad(number, "nothing after 'done'") }
            switch words.first {
            case "start" where words.count == 1 + sizeCount && number == 2:
                log.hasStart = true
            case "point" where words.count == 2 + sizeCount:
                guard let point = Int(words[1]), point == log.nextPoint, log.points.contains(point) else {
                    throw bad(number, "'point \(log.nextPoint) …'")
                }
                log.lastPoint = point
            case "done" where words.count == 1 + sizeCount:
                guard log.nextPoint == log.points.upperBound else { throw bad(number, "'point \(log.nextPoint) …' before 'done'") }
                log.isDone = true
            default:
                throw bad(number, number == 2 ? "'start \(sizeWords)'" : "'point I \(sizeWords)' or 'done \(sizeWords)'")
            }
            let sizes = words.suffix(sizeCount).compactMap { UInt64($0) }
            guard sizes.count == sizeCount else { throw bad(number, "\(sizeCount) byte counts at the end") }
            log.runsBytes = sizes[0]
            log.pointsBytes = sizes[1]
            if log.hasUnits { (log.unitsBytes, log.unitsSummaryBytes) = (sizes[2], sizes[3]) }
        }
        return log
    }
}
