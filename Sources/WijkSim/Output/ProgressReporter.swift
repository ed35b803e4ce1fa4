import Dispatch

/// Reports batch progress on standard error: replicates done of total, rate and ETA.
///
/// On a terminal the line is redrawn in place (`\r`, at most 10 times a second);
/// otherwise (a log file, CI) one line is written per update, at most every 2 s.
/// The final count is always shown. A disabled reporter (`--quiet`) writes nothing.
///
/// Not thread-safe: call it from the thread that consumes results (``BatchRunner``
/// calls its progress callback on the calling thread).
public final class ProgressReporter {
    private let total: Int
    private let label: String
    private let isEnabled: Bool
    private let isTerminal: Bool
    private let write: (String) -> Void
    private let now: () -> Double
    private let start: Double
    private var lastWrite: Double = -.infinity
    private var lastDone = -1
    private var latestDone = 0
    private var hasOpenLine = false

    /// Minimum seconds between redraws on a terminal.
    public static let terminalInterval = 0.1
    /// Minimum seconds between lines when standard error is not a terminal.
    public static let logInterval = 2.0

    /// Replicates per design point, for a sweep: the line then also counts the points
    /// done (`… 240/1000 replicates (24%), 12/50 points, …`); `nil` for runs.
    package var replicatesPerPoint: Int?

    /// Creates a reporter; the clock starts now.
    /// - Parameters:
    ///   - total: replicates in the run.
    ///   - label: first word of each line (e.g. the scenario name).
    ///   - isEnabled: `false` for `--quiet`.
    ///   - isTerminal: whether standard error is a terminal.
    ///   - write: where the text goes (standard error).
    ///   - now: a monotonic clock in seconds (injected by tests).
    public init(total: Int, label: String, isEnabled: Bool, isTerminal: Bool,
                write: @escaping (String) -> Void,
                now: @escaping () -> Double = ProgressReporter.monotonicSeconds) {
        self.total = total
        self.label = label
        self.isEnabled = isEnabled
        self.isTerminal = isTerminal
        self.write = write
        self.now = now
        start = now()
    }

    /// Seconds from an arbitrary origin, never going backwards.
    public static func monotonicSeconds() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }

    /// Records that `done` replicates are finished; writes a line if one is due.
    public func update(done: Int) {
        guard isEnabled else { return }
        latestDone = done
        let time = now()
        let interval = isTerminal ? Self.terminalInterval : Self.logInterval
        guard done == total || time - lastWrite >= interval else { return }
        emit(done: done, time: time)
    }

    /// Ends the progress display (shows the final count and ends the terminal line).
    public func finish() {
        guard isEnabled else { return }
        if latestDone != lastDone { emit(done: latestDone, time: now()) }
        if hasOpenLine { write("\n"); hasOpenLine = false }
    }

    /// The progress line for `done` replicates after `elapsed` seconds.
    public func line(done: Int, elapsed: Double) -> String {
        let percent = total > 0 ? done * 100 / total : 100
        var text = "\(label): \(done)/\(total) replicates (\(percent)%)"
        if let size = replicatesPerPoint, size > 0 {
            text += ", \(done / size)/\(total / size) points"
        }
        if done > 0, elapsed > 0 {
            let rate = Double(done) / elapsed
            text += ", \(Self.formatRate(rate))/s"
            if done < total { text += ", ETA \(Self.formatDuration(Double(total - done) / rate))" }
            else { text += ", \(Self.formatDuration(elapsed))" }
        }
        return text
    }

    private func emit(done: Int, time: Double) {
        guard done != lastDone else { return }
        lastWrite = time
        lastDone = done
        let text = line(done: done, elapsed: time - start)
        if isTerminal {
            write("\r\(text)\u{1B}[K")
            hasOpenLine = true
        } else {
            write(text + "\n")
        }
    }

    /// `12.3` below 100, else a whole number.
    static func formatRate(_ rate: Double) -> String {
        if rate >= 100 { return String(Int(rate.rounded())) }
        let tenths = Int((rate * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// `42s`, `3m 05s`, `1h 02m`.
    static func formatDuration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "?" }
        let total = Int(seconds.rounded())
        if total < 60 { return "\(total)s" }
        if total < 3600 { return "\(total / 60)m \(twoDigits(total % 60))s" }
        return "\(total / 3600)h \(twoDigits(total / 60 % 60))m"
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
