/// The short, readable summary `wijksim run` prints on stdout when it finishes.
package struct RunReport: Sendable {
    /// Scenario name.
    package var scenarioName: String
    /// Replicates run.
    package var replicates: Int
    /// Recorded weeks.
    package var weeks: Int
    /// Master seed.
    package var seed: UInt64
    /// Summaries of every scalar metric, in ``MetricCatalog/scalarNames`` order.
    package var summaries: [MetricSummary]
    /// Wall-clock time. Unit: seconds.
    package var wallTimeSeconds: Double
    /// Worker threads.
    package var jobs: Int
    /// Paths of the files written.
    package var files: [String]
    /// The language of ``text`` (`--lang`).
    package var language: Language

    /// Creates a report.
    package init(scenarioName: String, replicates: Int, weeks: Int, seed: UInt64, summaries: [MetricSummary],
                wallTimeSeconds: Double, jobs: Int, files: [String], language: Language = .english) {
        self.language = language
        self.scenarioName = scenarioName
        self.replicates = replicates
        self.weeks = weeks
        self.seed = seed
        self.summaries = summaries
        self.wallTimeSeconds = wallTimeSeconds
        self.jobs = jobs
        self.files = files
    }

    /// The report text in ``language``, ending in a newline.
    package var text: String {
        let t = Localizer(language)
        var lines = [
            t(.termRunHeadline, scenarioName, String(replicates), t(replicates == 1 ? .wordReplicate : .wordReplicates),
              String(weeks), String(seed)),
            "",
            t(.termRateHeading),
        ]
        let kinds: [(TextKey, Int)] = [(.kindAll, 4), (.kindQuestion, 0), (.kindSignal, 1), (.kindInitiative, 2), (.kindConflict, 3)]
        let width = max(11, kinds.map { t($0.0).count }.max() ?? 0)
        for (key, kind) in kinds {
            let summary = summaries[MetricCatalog.connectionRate(kind)]
            let padded = t(key).padding(toLength: width, withPad: " ", startingAt: 0)
            let interval = summary.ciLow.isFinite && summary.ciHigh.isFinite
                ? "\(percent(summary.ciLow, sign: false))–\(percent(summary.ciHigh, sign: false))" : "NA"
            lines.append("  \(padded) \(percent(summary.mean).leftPadded(to: 6))  (\(t(.termInterval, interval)))")
        }
        let route = summaries[MetricCatalog.Scalar.connectorRouteConnectionRate].mean
        let general = summaries[MetricCatalog.Scalar.generalChannelConnectionRate].mean
        lines.append("  " + t(.termRoute, percent(route), percent(general)))
        let mean = summaries[MetricCatalog.timeToResult(0, 4)].mean
        let median = summaries[MetricCatalog.timeToResult(1, 4)].mean
        let p90 = summaries[MetricCatalog.timeToResult(2, 4)].mean
        lines += [
            "",
            t(.termTime, decimal(mean, 1), decimal(median, 1), decimal(p90, 1)),
            t(.termUntouched, decimal(summaries[MetricCatalog.count(.untouched, 4)].mean, 1)),
            t(.termTrust, decimal(summaries[MetricCatalog.Scalar.meanTrust].mean, 3)),
            t(.termWallTime, decimal(wallTimeSeconds, 1), String(jobs), t(jobs == 1 ? .wordJob : .wordJobs)),
            "",
            t(.termResults),
        ]
        lines += files.map { "  \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A fraction as a percentage with one decimal, `%` unless `sign` is false; `NA` if undefined.
    private func percent(_ fraction: Double, sign: Bool = true) -> String {
        guard fraction.isFinite else { return "NA" }
        return decimal(fraction * 100, 1) + (sign ? "%" : "")
    }

    private func decimal(_ value: Double, _ digits: Int) -> String { Localizer(language).number(value, digits) }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
