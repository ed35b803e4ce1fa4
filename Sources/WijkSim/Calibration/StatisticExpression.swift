/// A calibration pattern's summary statistic: an arithmetic expression over the scalar
/// metrics of a design point, evaluated on the point's replicate means in each scenario.
///
/// Grammar (`docs/CALIBRATION.md`):
///
///     expression := term (("+" | "-") term)*
///     term       := factor (("*" | "/") factor)*
///     factor     := "-" factor | number | metric | metric "@" scenario
///                 | function "(" expression ("," expression)* ")" | "(" expression ")"
///
/// A metric (a name of ``MetricCatalog/scalarNames``, e.g. `connection_rate_all`) stands for
/// one value per scenario: its mean over the point's replicates there. `metric@katwijk` is the
/// value in one scenario. Arithmetic works value by value (a single value is used for every
/// scenario). `mean`, `sd`, `spread` (highest − lowest), `lowest` and `highest` take one
/// argument and reduce it over the scenarios to one value; `min` and `max` take two or more
/// arguments and `abs` one, value by value. A statistic that is still one value per scenario at
/// the end is averaged over the scenarios. Anything undefined (a metric's `NA`, a division by
/// zero, `sd` of one scenario) makes the statistic undefined (NaN).
public indirect enum StatisticExpression: Sendable, Equatable {
    /// Functions that reduce one value per scenario to one value.
    public enum Reduction: String, Sendable, CaseIterable {
        case mean, sd, spread, lowest, highest
    }
    /// Functions applied value by value.
    public enum Elementwise: String, Sendable, CaseIterable {
        case min, max, abs
    }
    /// The four operators.
    public enum Operator: Character, Sendable {
        case add = "+", subtract = "-", multiply = "*", divide = "/"
    }

    /// A number written in the expression.
    case number(Double)
    /// Metric `index` of ``MetricCatalog/scalarNames``, in every scenario or (`scenario` set) in one.
    case metric(index: Int, scenario: Int?)
    /// `-x`.
    case negate(StatisticExpression)
    /// `x op y`.
    case binary(Operator, StatisticExpression, StatisticExpression)
    /// `mean(x)`, `sd(x)`, …: over the scenarios.
    case reduce(Reduction, StatisticExpression)
    /// `min(x, y, …)`, `max(x, y, …)`, `abs(x)`: value by value.
    case elementwise(Elementwise, [StatisticExpression])

    /// The statistic for one design point.
    /// - Parameter means: `means[scenario][metric]`: the point's replicate mean of every
    ///   scalar metric in each scenario (NaN where undefined).
    /// - Returns: one number; NaN when undefined.
    public func value(means: [[Double]]) -> Double {
        let values = evaluate(means)
        return values.count == 1 ? values[0] : Self.mean(values)
    }

    /// One value (a count-1 array) or one per scenario.
    func evaluate(_ means: [[Double]]) -> [Double] {
        switch self {
        case .number(let value):
            return [value]
        case .metric(let index, let scenario):
            if let scenario { return [means[scenario][index]] }
            return means.map { $0[index] }
        case .negate(let operand):
            return operand.evaluate(means).map { -$0 }
        case .binary(let op, let left, let right):
            return Self.combine(left.evaluate(means), right.evaluate(means)) { a, b in
                switch op {
                case .add: a + b
                case .subtract: a - b
                case .multiply: a * b
                case .divide: b == 0 ? .nan : a / b
                }
            }
        case .reduce(let reduction, let operand):
            let values = operand.evaluate(means)
            switch reduction {
            case .mean: return [Self.mean(values)]
            case .sd: return [Self.standardDeviation(values)]
            case .spread: return [Self.highest(values) - Self.lowest(values)]
            case .lowest: return [Self.lowest(values)]
            case .highest: return [Self.highest(values)]
            }
        case .elementwise(let function, let arguments):
            let values = arguments.map { $0.evaluate(means) }
            switch function {
            case .abs: return values[0].map { Swift.abs($0) }
            case .min: return values.dropFirst().reduce(values[0]) { Self.combine($0, $1) { a, b in a.isNaN || b.isNaN ? .nan : Swift.min(a, b) } }
            case .max: return values.dropFirst().reduce(values[0]) { Self.combine($0, $1) { a, b in a.isNaN || b.isNaN ? .nan : Swift.max(a, b) } }
            }
        }
    }

    /// `a op b` value by value; a single value is used against each of the other side's.
    private static func combine(_ a: [Double], _ b: [Double], _ op: (Double, Double) -> Double) -> [Double] {
        if a.count == b.count { return zip(a, b).map(op) }
        if a.count == 1 { return b.map { op(a[0], $0) } }
        return a.map { op($0, b[0]) }
    }

    /// Mean, NaN if any value is NaN.
    static func mean(_ values: [Double]) -> Double {
        values.reduce(0, +) / Double(values.count)
    }

    /// Sample standard deviation (n − 1); NaN for fewer than two values or any NaN.
    static func standardDeviation(_ values: [Double]) -> Double {
        guard values.count > 1 else { return .nan }
        let m = mean(values)
        return (values.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(values.count - 1)).squareRoot()
    }

    private static func lowest(_ values: [Double]) -> Double {
        values.contains { $0.isNaN } ? .nan : values.min() ?? .nan
    }

    private static func highest(_ values: [Double]) -> Double {
        values.contains { $0.isNaN } ? .nan : values.max() ?? .nan
    }
}
