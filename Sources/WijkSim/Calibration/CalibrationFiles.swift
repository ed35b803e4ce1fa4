import Foundation

/// The files a calibration writes into its results folder, declared once for the run, the
/// merge and the folder checks.
///
/// - `samples.csv`: every prior sample: `sample`, the parameters (key paths), each pattern's
///   statistic (its id), `distance`, `accepted` (1 or 0).
/// - `posterior.csv`: the accepted samples, best first: `sample,distance,<key paths…>` (the
///   format `compare --worlds-from` reads).
/// - `patterns.csv`: per pattern the target, the model before (the scenarios' own values), the
///   prior-predictive median, the posterior median and 90% range, and whether it is met.
/// - `parameters.csv`: per parameter the prior range, the posterior median and 90% range, and
///   the ratio of the posterior's 90% width to the prior's.
/// - `correlations.csv`: every pair of parameters' posterior correlation, strongest first.
/// - `calibrated-defaults.json`: the posterior medians as a scenario overlay.
/// - `manifest.json`: the resolved calibration, its hash, the scenarios' sweeps, the version.
///
/// Each scenario's sweep is in the folder named after the scenario (``SweepFiles``); a shard
/// writes them under `shard-K/`.
public enum CalibrationFiles {
    public static let samples = "samples.csv"
    public static let posterior = "posterior.csv"
    public static let patterns = "patterns.csv"
    public static let parameters = "parameters.csv"
    public static let correlations = "correlations.csv"
    public static let defaults = "calibrated-defaults.json"
    public static let manifest = "manifest.json"
    /// The result files, in the order they are written (the manifest last, separately).
    public static let results = [samples, posterior, patterns, parameters, correlations, defaults]

    /// The `posterior.csv` header.
    public static func posteriorHeader(_ plan: CalibrationPlan) -> [String] {
        ["sample", "distance"] + plan.parameters.map(\.keyPath)
    }

    /// The `patterns.csv` header.
    public static let patternsHeader = ["pattern", "statistic", "target_low", "target_high", "scale", "source", "defaults",
                                        "prior_median", "posterior_median", "posterior_low", "posterior_high", "met"]

    /// Writes every result file of `result` into `folder`: each to a temporary file first, then
    /// all renamed into place, so a folder never holds a half-written result file.
    /// - Returns: the paths written.
    static func write(_ result: CalibrationResult, plan: CalibrationPlan, folder: String) throws(OutputError) -> [String] {
        let contents: [(String, Data)] = [
            (samples, csv(samplesRows(result, plan))),
            (posterior, csv(posteriorRows(result, plan))),
            (patterns, csv(patternRows(result, plan))),
            (parameters, csv(parameterRows(result, plan))),
            (correlations, csv(correlationRows(result, plan))),
            (defaults, Data(CalibratedDefaults.text(result, plan: plan).utf8)),
        ]
        var temporaries: [(String, String)] = []
        for (name, data) in contents {
            let temporary = folder + "/.\(name).tmp-\(getpid())"
            try Manifest.Value.write(data, to: temporary)
            temporaries.append((temporary, folder + "/" + name))
        }
        for (temporary, target) in temporaries { try POSIXFiles.rename(temporary, to: target) }
        return temporaries.map(\.1)
    }

    static func samplesRows(_ result: CalibrationResult, _ plan: CalibrationPlan) -> [[String]] {
        let accepted = Set(result.accepted)
        let header = ["sample"] + plan.parameters.map(\.keyPath) + plan.patterns.map(\.id) + ["distance", "accepted"]
        return [header] + result.values.indices.map { sample in
            [String(sample)] + result.values[sample].map(CSVWriter.format) + result.statistics[sample].map(CSVWriter.format)
                + [CSVWriter.format(result.distances[sample]), accepted.contains(sample) ? "1" : "0"]
        }
    }

    static func posteriorRows(_ result: CalibrationResult, _ plan: CalibrationPlan) -> [[String]] {
        [posteriorHeader(plan)] + result.accepted.map { sample in
            [String(sample), CSVWriter.format(result.distances[sample])] + result.values[sample].map(CSVWriter.format)
        }
    }

    static func patternRows(_ result: CalibrationResult, _ plan: CalibrationPlan) -> [[String]] {
        [patternsHeader] + plan.patterns.enumerated().map { index, pattern in
            let posterior = result.posteriorQuantiles(ofPattern: index)
            return [pattern.id, pattern.statisticText, CSVWriter.format(pattern.low), CSVWriter.format(pattern.high),
                    CSVWriter.format(pattern.scale), pattern.source, CSVWriter.format(result.reference[index]),
                    CSVWriter.format(result.priorMedian(ofPattern: index)), CSVWriter.format(posterior[1]),
                    CSVWriter.format(posterior[0]), CSVWriter.format(posterior[2]), pattern.verdict(for: posterior[1])]
        }
    }

    static func parameterRows(_ result: CalibrationResult, _ plan: CalibrationPlan) -> [[String]] {
        let header = ["parameter", "evidence", "prior_low", "prior_high", "posterior_median", "posterior_low", "posterior_high", "width_ratio"]
        return [header] + plan.parameters.enumerated().map { index, parameter in
            let q = result.posteriorQuantiles(ofParameter: index)
            return [parameter.keyPath, parameter.evidence, CSVWriter.format(parameter.low), CSVWriter.format(parameter.high),
                    CSVWriter.format(q[1]), CSVWriter.format(q[0]), CSVWriter.format(q[2]),
                    CSVWriter.format(parameter.widthRatio(q))]
        }
    }

    static func correlationRows(_ result: CalibrationResult, _ plan: CalibrationPlan) -> [[String]] {
        [["parameter_a", "parameter_b", "correlation", "n"]] + result.correlations().map { pair in
            [plan.parameters[pair.a].keyPath, plan.parameters[pair.b].keyPath, CSVWriter.format(pair.r), String(result.accepted.count)]
        }
    }

    /// RFC 4180 text of `rows`, as ``CSVWriter`` writes it.
    static func csv(_ rows: [[String]]) -> Data {
        Data(rows.map { $0.map(CSVWriter.quote).joined(separator: ",") + "\n" }.joined().utf8)
    }
}
