import WijkSim
/// What one workload's repetitions measured: the wall time of each, the peak memory
/// and the requests handled.
///
/// A child process started with `wijksim bench --workload NAME` prints it as one
/// ``line`` on stdout, which its parent reads back with ``init(line:)``:
///
///     wijksim-bench-measurement workload=city wall_s=0.81,0.79,0.8 peak_rss_bytes=98304000 requests=51234 isolated=1
package struct BenchMeasurement: Sendable, Equatable {
    /// The workload name.
    package var workload: String
    /// Wall time of each repetition, in seconds, in the order they ran.
    package var wallSeconds: [Double]
    /// Peak resident set size of the process that ran the workload, in bytes (`getrusage`).
    package var peakResidentBytes: Int
    /// Requests that reached a terminal outcome in one repetition, summed over its
    /// replicates (``ReplicateResult/requestsHandled``; the same in every repetition).
    package var requestsHandled: Int
    /// Whether the workload ran alone in its own process, so that ``peakResidentBytes``
    /// is its own peak (`false` with `--in-process`: the peak of everything run so far).
    package var isIsolated: Bool

    /// The first word of a measurement line.
    package static let prefix = "wijksim-bench-measurement"

    /// Creates a measurement.
    package init(workload: String, wallSeconds: [Double], peakResidentBytes: Int, requestsHandled: Int,
                isIsolated: Bool) {
        self.workload = workload
        self.wallSeconds = wallSeconds
        self.peakResidentBytes = peakResidentBytes
        self.requestsHandled = requestsHandled
        self.isIsolated = isIsolated
    }

    /// The median of ``wallSeconds`` (the mean of the middle two for an even count).
    package var medianWallSeconds: Double {
        let sorted = wallSeconds.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The fastest repetition, in seconds.
    package var minimumWallSeconds: Double { wallSeconds.min() ?? .nan }

    /// The measurement as one line (no newline); numbers print so that they round-trip.
    package var line: String {
        let times = wallSeconds.map { "\($0)" }.joined(separator: ",")
        return "\(Self.prefix) workload=\(workload) wall_s=\(times) peak_rss_bytes=\(peakResidentBytes) "
            + "requests=\(requestsHandled) isolated=\(isIsolated ? 1 : 0)"
    }

    /// Reads a line written by ``line``.
    /// - Returns: `nil` when `line` is not a complete measurement line.
    package init?(line: String) {
        let words = line.split(separator: " ")
        guard words.first == Substring(Self.prefix) else { return nil }
        var fields: [Substring: Substring] = [:]
        for word in words.dropFirst() {
            guard let equals = word.firstIndex(of: "=") else { return nil }
            fields[word[..<equals]] = word[word.index(after: equals)...]
        }
        guard let workload = fields["workload"], let times = fields["wall_s"],
              let peak = fields["peak_rss_bytes"].flatMap({ Int($0) }),
              let requests = fields["requests"].flatMap({ Int($0) }),
              let isolated = fields["isolated"], isolated == "0" || isolated == "1" else { return nil }
        let wallSeconds = times.split(separator: ",").compactMap { Double($0) }
        guard !wallSeconds.isEmpty, wallSeconds.count == times.split(separator: ",").count else { return nil }
        self.init(workload: String(workload), wallSeconds: wallSeconds, peakResidentBytes: peak,
                  requestsHandled: requests, isIsolated: isolated == "1")
    }
}
