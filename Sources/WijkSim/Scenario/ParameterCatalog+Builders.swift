/// Short constructors for the catalog table.
extension ParameterCatalog {
    static func number(_ keyPath: String, _ min: Double, _ max: Double, _ unit: String, _ meaning: String, _ evidence: String) -> ParameterSpec {
        ParameterSpec(keyPath: keyPath, kind: .number(min: min, max: max), unit: unit, meaning: meaning, evidence: evidence)
    }

    static func integer(_ keyPath: String, _ min: Double, _ max: Double, _ unit: String, _ meaning: String, _ evidence: String) -> ParameterSpec {
        ParameterSpec(keyPath: keyPath, kind: .integer(min: min, max: max), unit: unit, meaning: meaning, evidence: evidence)
    }

    /// An integer spec from a declared range (``RunSettings``); its bounds must be exact as `Double`.
    static func integer<Bound: BinaryInteger>(_ keyPath: String, _ range: ClosedRange<Bound>, _ unit: String, _ meaning: String, _ evidence: String) -> ParameterSpec {
        guard let min = Double(exactly: range.lowerBound), let max = Double(exactly: range.upperBound) else {
            preconditionFailure("\(keyPath): range \(range) is not exact as Double")
        }
        return integer(keyPath, min, max, unit, meaning, evidence)
    }

    static func flag(_ keyPath: String, _ meaning: String, _ evidence: String) -> ParameterSpec {
        ParameterSpec(keyPath: keyPath, kind: .bool, unit: "switch", meaning: meaning, evidence: evidence)
    }

    static func text(_ keyPath: String, _ rule: ParameterSpec.StringRule, _ unit: String, _ meaning: String, _ evidence: String) -> ParameterSpec {
        ParameterSpec(keyPath: keyPath, kind: .string(rule), unit: unit, meaning: meaning, evidence: evidence)
    }

    static func choice(_ keyPath: String, _ options: [String], _ meaning: String, _ evidence: String) -> ParameterSpec {
        ParameterSpec(keyPath: keyPath, kind: .choice(options), unit: "choice", meaning: meaning, evidence: evidence)
    }

    /// Four specs for a ``KindValues`` field: `prefix.question` … `prefix.conflict`.
    static func kinds(_ prefix: String, _ kind: ParameterSpec.Kind, _ unit: String, _ meaning: String, _ evidence: String) -> [ParameterSpec] {
        group(prefix, [("question", "questions"), ("signal", "signals"), ("initiative", "initiatives"), ("conflict", "conflicts")],
              kind, unit, meaning, evidence)
    }

    /// Four specs for a ``RoleValues`` field: `prefix.fixer` … `prefix.mediator`.
    static func roles(_ prefix: String, _ kind: ParameterSpec.Kind, _ unit: String, _ meaning: String, _ evidence: String) -> [ParameterSpec] {
        group(prefix, [("fixer", "fixer role"), ("bridgeBuilder", "bridge-builder role"), ("entrepreneur", "entrepreneur role"), ("mediator", "mediator role")],
              kind, unit, meaning, evidence)
    }

    /// Four specs for a ``PortfolioValues`` field: `prefix.none` … `prefix.all`.
    static func portfolios(_ prefix: String, _ kind: ParameterSpec.Kind, _ unit: String, _ meaning: String, _ evidence: String) -> [ParameterSpec] {
        group(prefix, Portfolio.allCases.map { ($0.rawValue, "portfolio \($0.rawValue)") }, kind, unit, meaning, evidence)
    }

    static func group(_ prefix: String, _ members: [(key: String, label: String)], _ kind: ParameterSpec.Kind,
                      _ unit: String, _ meaning: String, _ evidence: String) -> [ParameterSpec] {
        members.map {
            ParameterSpec(keyPath: "\(prefix).\($0.key)", kind: kind, unit: unit, meaning: "\(meaning) — \($0.label).", evidence: evidence)
        }
    }

    static func section(_ parts: [ParameterSpec]...) -> [ParameterSpec] {
        Array(parts.joined())
    }

    /// `enabled` and `startWeek` of an intervention.
    static func switchAndStart(_ prefix: String, _ enabled: String, _ enabledEvidence: String, _ start: String) -> [ParameterSpec] {
        [
            flag("\(prefix).enabled", enabled, enabledEvidence),
            integer("\(prefix).startWeek", 0, 5200, "week", start, "[A]"),
        ]
    }
}

extension Array where Element == ParameterSpec {
    /// Every spec of a group (``ParameterCatalog/kinds(_:_:_:_:_:)`` and the like) with the same
    /// plausible range.
    func plausible(_ low: Double, _ high: Double, _ source: String) -> [ParameterSpec] {
        map { $0.plausible(low, high, source) }
    }
}
