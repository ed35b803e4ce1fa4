/// One Morris trajectory (Morris 1991; Campolongo et al. 2007): a start point and one
/// point per step, each step changing exactly one factor; with the output at each point.
///
/// A standard trajectory has k + 1 points for k factors and changes each factor once; a
/// longer or shorter one is accepted as long as every step changes exactly one factor.
public struct MorrisTrajectory: Sendable, Equatable {
    /// The points, `points[s][j]` = factor j at point s, in the factor's own units.
    public var points: [[Double]]
    /// The metric at each point; NaN where it is undefined.
    public var outputs: [Double]

    /// A trajectory; `points` and `outputs` must have the same length (checked by
    /// ``MorrisEffect/analyse(metric:parameters:ranges:trajectories:bootstrap:)``).
    public init(points: [[Double]], outputs: [Double]) {
        self.points = points
        self.outputs = outputs
    }

    /// One elementary effect: which factor a step changed, and `Δy / Δx` with Δx scaled to
    /// [0, 1] by the factor's range (`nil` when the output is undefined at either end).
    struct Effect: Equatable {
        var factor: Int
        var value: Double?
    }

    /// The elementary effect of each step, in step order.
    ///
    /// - Parameters:
    ///   - ranges: the factors' ranges, `upperBound > lowerBound` for every changed factor.
    ///   - index: this trajectory's position, for error messages.
    /// - Throws: ``SensitivityInputError`` when the shape is wrong or a step changes other
    ///   than one factor, or changes a factor whose range is empty.
    func effects(ranges: [ClosedRange<Double>], parameters: [String], index: Int) throws(SensitivityInputError) -> [Effect] {
        guard points.count == outputs.count else {
            throw SensitivityInputError("Morris trajectory \(index): \(points.count) points but \(outputs.count) outputs")
        }
        for (s, point) in points.enumerated() where point.count != ranges.count {
            throw SensitivityInputError("Morris trajectory \(index), point \(s): \(point.count) values for \(ranges.count) factors")
        }
        var effects: [Effect] = []
        for step in points.indices.dropFirst() {
            let before = points[step - 1], after = points[step]
            let changed = before.indices.filter { before[$0] != after[$0] }
            guard changed.count == 1, let factor = changed.first else {
                let names = changed.map { parameters[$0] }.joined(separator: ", ")
                throw SensitivityInputError(
                    "Morris trajectory \(index), step \(step): \(changed.count) factors changed (\(names)); each step must change exactly one")
            }
            let width = ranges[factor].upperBound - ranges[factor].lowerBound
            guard width > 0 else {
                throw SensitivityInputError(
                    "Morris trajectory \(index), step \(step): \(parameters[factor]) changed but its range is empty")
            }
            let dx = (after[factor] - before[factor]) / width
            let dy = outputs[step] - outputs[step - 1]
            effects.append(Effect(factor: factor, value: dy.isFinite && dx.isFinite ? dy / dx : nil))
        }
        return effects
    }
}
