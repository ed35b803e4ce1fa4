import Foundation

/// Turns the scenarios' finished sweeps into a ``CalibrationResult``: reads every scenario's
/// `points.csv` back, computes each sample's statistics and distance, accepts, and runs the
/// scenarios once at their own values for the "before" column.
enum CalibrationAnalysis {
    /// - Parameters:
    ///   - plan: The calibration.
    ///   - folder: The results folder holding a finished sweep per scenario (`folder/<name>/points.csv`).
    ///   - jobs: Threads for the reference runs.
    /// - Throws: ``ResultsError`` for a missing or malformed `points.csv`; ``SweepError`` (65)
    ///   when it does not hold the plan's samples.
    static func analyse(_ plan: CalibrationPlan, folder: String, jobs: Int) throws -> CalibrationResult {
        let metrics = MetricCatalog.scalarNames
        // means[sample][scenario][metric]
        var means = [[[Double]]](repeating: [], count: plan.samples)
        for (scenario, sweep) in plan.sweeps.enumerated() {
            let path = plan.folder(ofScenario: scenario, in: folder) + "/" + SweepFiles.points
            let header = SweepFiles.pointsHeader(sweep.factors)
            let table = try CSVTable(path: path, required: header, expected: "the sweep of scenario \(plan.scenarioNames[scenario])")
            guard table.rows.count == plan.samples else {
                throw SweepError(.data, "'\(path)' holds \(table.rows.count) points, expected the calibration's \(plan.samples) samples")
            }
            for row in 0..<plan.samples {
                guard table.rows[row][0] == String(row) else {
                    throw SweepError(.data, "'\(path)' line \(row + 2): expected point \(row), found '\(table.rows[row][0])'")
                }
                means[row].append(try metrics.map { name throws(ResultsError) in try table.number(row, name + "_mean") })
            }
        }
        let statistics = means.map { sample in plan.patterns.map { $0.statistic.value(means: sample) } }
        let distances = statistics.map { CalibrationDistance.distance($0, patterns: plan.patterns) }
        let reference = referenceMeans(plan, jobs: jobs)
        return CalibrationResult(values: (0..<plan.samples).map(plan.values(ofSample:)), statistics: statistics,
                                 distances: distances, accepted: plan.acceptance.accepted(distances),
                                 reference: plan.patterns.map { $0.statistic.value(means: reference) })
    }

    /// `means[scenario][metric]` over the calibration's replicates with every scenario at its
    /// own values (the sweeps' bases), replicate r seeded from (seed, r) as in the sweeps.
    static func referenceMeans(_ plan: CalibrationPlan, jobs: Int) -> [[Double]] {
        let replicates = plan.replicates, seed = plan.seed
        let bases = plan.sweeps.map(\.base)
        var statistics = [[RunningStatistics]](repeating: Array(repeating: RunningStatistics(), count: MetricCatalog.scalarNames.count),
                                               count: bases.count)
        let runner = BatchRunner(replicates: bases.count * replicates, jobs: jobs, masterSeed: seed)
        runner.run(
            work: { index, _ in
                Simulation.runReplicate(scenario: bases[index / replicates],
                                        seed: SeedDerivation.replicateSeed(master: seed, replicate: index % replicates)).scalars
            },
            consume: { (item: BatchItem<[Double]>) in
                for (metric, value) in item.output.enumerated() { statistics[item.replicate / replicates][metric].add(value) }
            })
        // Through the text points.csv uses, so "before" and the samples are rounded alike.
        return statistics.map { $0.map { Double(CSVWriter.format($0.mean)) ?? .nan } }
    }
}
