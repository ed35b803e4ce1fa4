import Foundation
import WijkSim

/// What `wijksim calibrate` prints about a result: acceptance, the patterns (target, the model
/// before, prior and posterior medians, met), the parameters' posteriors and the strongest
/// posterior correlations.
enum CalibrationReport {
    /// Correlations printed.
    static let correlationsListed = 5

    static func text(_ result: CalibrationResult, plan: CalibrationPlan) -> String {
        var text = "Accepted \(result.accepted.count) of \(plan.samples) samples (\(plan.acceptance.description)"
        if result.threshold.isFinite { text += "; distance ≤ \(short(result.threshold))" }
        text += ")"
        if result.undefinedSamples > 0 { text += "; \(result.undefinedSamples) samples had an undefined statistic and were not accepted" }
        text += ".\n\nPatterns: target | before (scenarios' own values) | prior median | posterior median (90%) | met (yes: on target; near: within one scale)\n"
        let idWidth = plan.patterns.map(\.id.count).max() ?? 0
        for (index, pattern) in plan.patterns.enumerated() {
            let q = result.posteriorQuantiles(ofPattern: index)
            text += "  \(pattern.id.padding(toLength: idWidth, withPad: " ", startingAt: 0))  \(range(pattern.low, pattern.high)) | \(short(result.reference[index])) | \(short(result.priorMedian(ofPattern: index))) | \(short(q[1])) (\(short(q[0]))–\(short(q[2]))) | \(pattern.verdict(for: q[1]))\n"
        }
        text += "\nParameters: prior range → posterior median (90%), width vs prior\n"
        let width = plan.parameters.map(\.keyPath.count).max() ?? 0
        for (index, parameter) in plan.parameters.enumerated() {
            let q = result.posteriorQuantiles(ofParameter: index)
            text += "  \(parameter.keyPath.padding(toLength: width, withPad: " ", startingAt: 0))  \(range(parameter.low, parameter.high)) → \(short(q[1])) (\(short(q[0]))–\(short(q[2]))), \(short(parameter.widthRatio(q)))\n"
        }
        let pairs = result.correlations().filter { !$0.r.isNaN }.prefix(correlationsListed)
        if !pairs.isEmpty {
            text += "\nMain posterior correlations (Pearson, \(result.accepted.count) accepted samples):\n"
            for pair in pairs {
                text += "  \(plan.parameters[pair.a].keyPath) ~ \(plan.parameters[pair.b].keyPath): r = \(String(format: "%+.2f", pair.r))\n"
            }
        }
        return text + "\n"
    }

    static func range(_ low: Double, _ high: Double) -> String {
        low == high ? short(low) : "\(short(low))–\(short(high))"
    }

    /// Three significant digits, `NA` for NaN.
    static func short(_ value: Double) -> String {
        value.isNaN ? "NA" : String(format: "%.3g", value)
    }
}
