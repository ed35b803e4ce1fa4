/// Maps values in `domain` linearly onto `range` (user units), with "nice" ticks.
///
/// Invariant: `domain` is non-empty (`lowerBound < upperBound`) and contains every value
/// the scale was made for (``nice(containing:includeZero:minimum:maximum:)``).
struct LinearScale: Sendable, Equatable {
    /// The values shown. Unit: the data's.
    var domain: ClosedRange<Double>
    /// Where they are drawn. Unit: user units; `lowerBound` maps to `range.lowerBound`
    /// unless ``isReversed`` (vertical axes draw up).
    var range: ClosedRange<Double>
    /// Whether larger values are drawn at smaller coordinates (a y axis).
    var isReversed = false
    /// The distance between ticks. Unit: the data's.
    var step: Double

    /// The coordinate of `value`.
    func map(_ value: Double) -> Double {
        let t = (value - domain.lowerBound) / (domain.upperBound - domain.lowerBound)
        let span = range.upperBound - range.lowerBound
        return isReversed ? range.upperBound - t * span : range.lowerBound + t * span
    }

    /// Decimals that show every tick exactly (step 0.25 → 2, step 20 → 0).
    var decimals: Int {
        var digits = 0
        while digits < 10 {
            let scaled = step * pow(10, Double(digits))
            if abs(scaled - scaled.rounded()) < 1e-6 * max(1, scaled) { break }
            digits += 1
        }
        return digits
    }

    /// The tick values, from the lower to the upper bound of the domain.
    var ticks: [Double] {
        var values: [Double] = []
        var tick = domain.lowerBound
        while tick <= domain.upperBound + step * 1e-9 {
            values.append(abs(tick) < step * 1e-9 ? 0 : tick)
            tick += step
        }
        return values
    }

    /// A scale whose domain contains every finite value in `values` (and 0 when
    /// `includeZero`, and `minimum`/`maximum` when given), rounded out to about five ticks of
    /// 1, 2, 2.5 or 5 times a power of ten.
    static func nice(containing values: [Double], includeZero: Bool, minimum: Double? = nil, maximum: Double? = nil,
                     range: ClosedRange<Double>, isReversed: Bool = false, tickCount: Double = 5) -> LinearScale {
        var finite = values.filter(\.isFinite)
        if includeZero { finite.append(0) }
        if let minimum { finite.append(minimum) }
        if let maximum { finite.append(maximum) }
        var low = finite.min() ?? 0, high = finite.max() ?? 1
        if low == high { low -= max(1, abs(low) * 0.1); high += max(1, abs(high) * 0.1) }
        let rough = (high - low) / tickCount
        let magnitude = pow(10, (log10(rough)).rounded(.down))
        let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
        let lower = (low / step).rounded(.down) * step
        let upper = (high / step).rounded(.up) * step
        return LinearScale(domain: lower...(upper > lower ? upper : lower + step), range: range,
                           isReversed: isReversed, step: step)
    }
}

import Foundation
