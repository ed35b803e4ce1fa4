/// A side effect a verdict names: a declared ``SideEffect`` whose paired difference is clear
/// (the 95% interval excludes zero) and material (``SideEffect/isMaterial(_:)``).
package struct SideEffectFinding: Sendable {
    /// The declaration.
    package var effect: SideEffect
    /// The paired estimate of its metric.
    package var estimate: ComparisonEstimate

    /// Whether the change goes the unwelcome way (an increase of a metric whose increase is worse).
    package var isWorse: Bool { (estimate.difference > 0) == effect.increaseIsWorse }

    /// Whether `estimate` is named in the verdict: clear and material.
    package static func isReported(_ effect: SideEffect, _ estimate: ComparisonEstimate) -> Bool {
        estimate.excludesZero == true && effect.isMaterial(estimate)
    }

    /// The side effects of `effects` that the verdict names, in ``SideEffect/declarations`` order.
    package static func findings(in effects: VariantEffects,
                                 declarations: [SideEffect] = SideEffect.declarations) -> [SideEffectFinding] {
        declarations.compactMap { effect in
            let estimate = effects[effect.metric]
            return isReported(effect, estimate) ? SideEffectFinding(effect: effect, estimate: estimate) : nil
        }
    }

    /// The fragment of the sentence, e.g. `residents give up waiting 16% more often (95% CI +14% to +18%)`.
    package func phrase(_ language: Language) -> String {
        let t = Localizer(language)
        let digits = Self.digits(estimate, effect)
        let template = estimate.difference > 0 ? effect.increase(language) : effect.decrease(language)
        let interval = t(.termInterval, t(.intervalRange, Self.signedSize(estimate.low, effect, estimate.baseMean, t, digits),
                                          Self.signedSize(estimate.high, effect, estimate.baseMean, t, digits)))
        return template.replacingOccurrences(of: "{size}", with: Self.size(estimate, effect, t, digits)) + " (\(interval))"
    }

    /// Decimals of the size: none for a relative change, the declared ones for an absolute one,
    /// and one more when the interval's ends would print the same (`+16% to +16%` becomes
    /// `+15.8% to +16.4%`).
    static func digits(_ estimate: ComparisonEstimate, _ effect: SideEffect) -> Int {
        let (base, scale): (Int, Double)
        switch effect.size {
        case .relative: (base, scale) = (0, 100 / abs(estimate.baseMean))
        case .absolute(let digits, _): (base, scale) = (digits, 1)
        }
        let low = estimate.low * scale, high = estimate.high * scale
        guard low.isFinite, high.isFinite, high > low else { return base }
        return DecimalText.fixed(low, base) == DecimalText.fixed(high, base) ? base + 1 : base
    }

    /// The size of the change, unsigned: `16%` or `1.2 weeks`.
    static func size(_ estimate: ComparisonEstimate, _ effect: SideEffect, _ t: Localizer, _ digits: Int) -> String {
        switch effect.size {
        case .relative:
            return t.number(abs(estimate.difference / estimate.baseMean) * 100, digits) + "%"
        case .absolute(_, let unit):
            let value = t.number(abs(estimate.difference), digits)
            return unit.map { "\(value) \($0(t.language))" } ?? value
        }
    }

    /// `value` (a difference) signed, in the size's terms: `+14%` (of the base mean) or `+1.0`.
    static func signedSize(_ value: Double, _ effect: SideEffect, _ baseMean: Double, _ t: Localizer, _ digits: Int) -> String {
        switch effect.size {
        case .relative: return t.signed(value / abs(baseMean) * 100, digits) + (value.isFinite ? "%" : "")
        case .absolute: return t.signed(value, digits)
        }
    }

    /// The table cell of `effect` for `estimate`: the signed change in the size's terms
    /// (`+16%`, `+1.2`), whether or not it is reported.
    package static func cell(_ estimate: ComparisonEstimate, _ effect: SideEffect, _ language: Language) -> String {
        let t = Localizer(language)
        if case .relative = effect.size, !(estimate.baseMean.isFinite && estimate.baseMean != 0) { return "NA" }
        let digits: Int
        switch effect.size {
        case .relative: digits = 0
        case .absolute(let declared, _): digits = declared
        }
        return signedSize(estimate.difference, effect, estimate.baseMean, t, digits)
    }
}
