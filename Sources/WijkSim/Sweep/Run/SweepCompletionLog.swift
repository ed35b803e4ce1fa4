import Foundation

/// The append-only log of what a sweep shard has finished: `completed.log`.
///
/// Lines (each ends in `\n`; a last line without one was cut by a crash and is ignored):
/// - `wijksim-sweep <hash> shard <K>/<N> points <first>-<end>`: first, written with the headers;
/// - `start <runsBytes> <pointsBytes>`: the sizes of `runs.csv` and `points.csv` after their headers;
/// - `point <i> <runsBytes> <pointsBytes>`: point i is complete; both files had these sizes,
///   with every row of points up to i and nothing else, when the line was appended;
/// - `done <runsBytes> <pointsBytes>`: the shard is complete.
///
/// A point's line is appended only after its rows are written to both files, so after a
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

    /// The next point to run.
    public var nextPoint: Int { lastPoint.map { $0 + 1 } ?? points.lowerBound }

    /// The first line of a new log.
    public static func headerLine(hash: String, shard: SweepShard, points: Range<Int>) -> String {
        "wijksim-sweep \(hash) shard \(shard.index)/\(shard.count) points \(points.lowerBound)-\(points.upperBound)\n"
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
        guard head.count == 6, head[0] == "wijksim-sweep", head[2] == "shard", head[4] == "points",
              let shard = SweepShard.parse(head[3]) else { throw bad(1, "'wijksim-sweep HASH shard K/N points A-B'") }
        let bounds = head[5].split(separator: "-").compactMap { Int($0) }
        guard bounds.count == 2, bounds[0] <= bounds[1] else { throw bad(1, "a point range A-B") }
        var log = SweepCompletionLog(hash: head[1], shard: shard, points: bounds[0]..<bounds[1], lastPoint: nil,
                                     runsBytes: 0, pointsBytes: 0, isDone: false)
        guard lines.count >= 2 else { return log }   // cut before the headers were recorded
        for (offset, line) in lines.dropFirst().enumerated() {
            let number = offset + 2
            let words = line.split(separator: " ").map(String.init)
            guard !log.isDone else { throw bad(number, "nothing after 'done'") }
            switch words.first {
            case "start" where words.count == 3 && number == 2:
                log.hasStart = true
            case "point" where words.count == 4:
                guard let point = Int(words[1]), point == log.nextPoint, log.points.contains(point) else {
                    throw bad(number, "'point \(log.nextPoint) …'")
                }
                log.lastPoint = point
            case "done" where words.count == 3:
                guard log.nextPoint == log.points.upperBound else { throw bad(number, "'point \(log.nextPoint) …' before 'done'") }
                log.isDone = true
            default:
                throw bad(number, number == 2 ? "'start RUNS_BYTES POINTS_BYTES'" : "'point I RUNS_BYTES POINTS_BYTES' or 'done RUNS_BYTES POINTS_BYTES'")
            }
            guard let runs = UInt64(words[words.count - 2]), let points = UInt64(words[words.count - 1]) else {
                throw bad(number, "two byte counts at the end")
            }
            log.runsBytes = runs
            log.pointsBytes = points
        }
        return log
    }
}
