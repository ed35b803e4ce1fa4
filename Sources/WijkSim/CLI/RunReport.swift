/// The short, readable summary `wijksim run` prints on stdout when it finishes.
public struct RunReport: Sendable {
    /// Scenario name.
    public var scenarioName: String
    /// Replicates run.
    public var replicates: Int
    /// Recorded weeks.
    public var weeks: Int
    /// Master seed.
    public var seed: UInt64
    /// Summaries of every scalar metric, in ``MetricCatalog/scalarNames`` order.
    public var summaries: [MetricSummary]
    /// Wall-clock time. Unit: seconds.
    public var wallTimeSeconds: Double
    /// Worker threads.
    public var jobs: Int
    /// Paths of the files written.
    public var files: [String]

    /// Creates a report.
    public init(scenarioName: String, replicates: Int, weeks: Int, seed: UInt64, summaries: [MetricSummary],
                wallTimeSeconds: Double, jobs: Int, files: [String]) {
        self.scenarioName = scenarioName
        self.replicates = replicates
        self.weeks = weeks
        self.seed = seed
        self.summaries = summaries
        self.wallTimeSeconds = wallTimeSeconds
        self.jobs = jobs
        self.files = files
    }

    /// The report text, ending in a newline.
    public var text: String {
        var lines = [
            "Scenario \(scenarioName): \(replicates) replicate\(replicates == 1 ? "" : "s") × \(weeks) weeks, seed \(seed)",
            "",
            "Connection rate (mean over replicates)",
        ]
        let labels = ["all"] + RequestKind.allCases.map(\.name)
        let kinds = [4] + RequestKind.allCases.map(\.rawValue)
        for (label, kind) in zip(labels, kinds) {
            let summary = summaries[MetricCatalog.connectionRate(kind)]
            let padded = label.padding(toLength: 11, withPad: " ", startingAt: 0)
            let interval = summary.ciLow.isFinite && summary.ciHigh.isFinite
                ? "\(percent(summary.ciLow, sign: false))–\(percent(summary.ciHigh, sign: false))" : "NA"
            lines.append("  \(padded) \(percent(summary.mean).leftPadded(to: 6))  (95% CI \(interval))")
        }
        let route = summaries[MetricCatalog.Scalar.connectorRouteConnectionRate].mean
        let general = summaries[MetricCatalog.Scalar.generalChannelConnectionRate].mean
        lines.append("  via a connector \(percent(route)), via the general channel \(percent(general))")
        let mean = summaries[MetricCatalog.timeToResult(0, 4)].mean
        let median = summaries[MetricCatalog.timeToResult(1, 4)].mean
        let p90 = summaries[MetricCatalog.timeToResult(2, 4)].mean
        lines += [
            "",
            "Time to result (weeks, all kinds): mean \(decimal(mean, 1)), median \(decimal(median, 1)), p90 \(decimal(p90, 1))",
            "Untouched requests at the end: \(decimal(summaries[MetricCatalog.count(.untouched, 4)].mean, 1)) per replicate",
            "Mean trust at the end: \(decimal(summaries[MetricCatalog.Scalar.meanTrust].mean, 3))",
            "Wall time \(decimal(wallTimeSeconds, 1)) s with \(jobs) job\(jobs == 1 ? "" : "s")",
            "",
            "Results:",
        ]
        lines += files.map { "  \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    private func percent(_ fraction: Double, sign: Bool = true) -> String {
        guard fraction.isFinite else { return "NA" }
        return decimal(fraction * 100, 1) + (sign ? "%" : "")
    }

    private func decimal(_ value: Double, _ digits: Int) -> String { DecimalText.fixed(value, digits) }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
