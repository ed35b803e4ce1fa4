import Foundation
@testable import WijkSim

/// Draws random valid scenarios from the FULL allowed ranges of ``ParameterCatalog``.
///
/// Catalog-driven: the generator walks the tree of `Scenario()` (``ScenarioSchema/defaults``)
/// and replaces every leaf by a value drawn from the leaf's ``ParameterSpec``, so a parameter
/// added to the catalog is drawn automatically. Each number or integer is drawn
///   - at its minimum with probability 0.1 and at its maximum with probability 0.1
///     (an exclusive minimum becomes 1e−300; an infinite maximum becomes 1e300),
///   - log-uniformly over the range with probability 0.2 when the range spans more than
///     three decades (so `council.initiativeBudgetPerYear` ∈ [0, 1e9] also sees small budgets),
///     and, for parameters in unit `week`, uniformly over the simulated weeks,
///   - uniformly over the whole range otherwise.
/// Booleans are fair coins; choices are uniform; strings follow their rule (names get
/// `.`, `_`, `-`; free text gets commas, quotes and non-ASCII, to exercise CSV quoting).
///
/// Run length (cost): `run.weeks` is 1 with probability 0.1, 5200 with probability 0.02, else
/// log-uniform over 1…5200; `run.warmupWeeks` is 0 with probability 0.5, its largest allowed
/// value (5200 − weeks) with probability 0.02, else log-uniform; so both still span their full
/// ranges, and the dedicated `maximumWeeks` edge runs 5200 weeks in one case in eighteen.
///
/// Array lengths are not in the catalog; they are drawn as: 1–6 neighbourhoods,
/// 1–12 departments, 0–6 connectors, 1–min(departments, 5) department-count shares,
/// 0–2 sources, and for each connector a random subset of the neighbourhoods (empty = all).
///
/// The cross-field rules of ``Scenario/validate(file:)`` are then met by construction:
/// unique names, references to existing names, `requests.mix` and
/// `requests.departmentCountShares` normalised to sum 1 (an all-zero draw puts all weight
/// on one entry), `residents.trustSpread` redrawn below sqrt(mean·(1 − mean)) when it is
/// not (with probability 0.2 just below the limit), `run.warmupWeeks` drawn within
/// 5200 − `run.weeks`.
///
/// Cost cap (documented scaling, the only departure from the full ranges): the work of a
/// replicate with per-week invariant checks grows as
/// `W · (P · (1 + connectors) + W · λ)`, W = total weeks, P = residents,
/// λ = expected requests per week (asks at the highest trust plus plans). When that exceeds
/// `workBudget`, every neighbourhood's population and every department's `plansPerYear`
/// are multiplied by the same factor (populations stay ≥ 1). Populations are drawn
/// log-uniformly over 1…10,000,000 before the cap, so small and large values are both common.
struct ScenarioSpace {
    /// A dedicated edge forced on top of the random draw.
    enum Edge: String, CaseIterable, Sendable {
        case none
        case noConnectors
        case zeroDepartmentHours
        case zeroRequestDepartmentHours
        case oneResident
        case oneWeek
        case maximumWeeks
        case barriersAtZero
        case barriersAtOne
        case zeroConnectorHours
    }

    /// Upper bound on the work estimate above (resident-weeks plus request-weeks).
    var workBudget: Double

    /// The scenario of case `index` with forced `edge`; deterministic in (`seed`, `index`, `edge`).
    func scenario(index: Int, seed: UInt64, edge: Edge) -> Scenario {
        var g = Xoshiro256StarStar(seed: SeedDerivation.replicateSeed(master: seed, replicate: index))
        var draw = Draw(generator: g, edge: edge)
        draw.counts()
        let tree = draw.value(ScenarioSchema.shared.defaults, pattern: "")
        g = draw.generator
        guard var scenario = try? JSONDecoder().decode(Scenario.self, from: Data(JSONWriter.compact(tree).utf8)) else {
            preconditionFailure("generated tree does not decode: \(JSONWriter.compact(tree))")
        }
        Self.repair(&scenario, using: &g)
        if edge == .oneResident {
            scenario.municipality.neighbourhoods = [scenario.municipality.neighbourhoods[0]]
            scenario.municipality.neighbourhoods[0].population = 1
            let name = scenario.municipality.neighbourhoods[0].name
            for c in scenario.connectors.indices { scenario.connectors[c].neighbourhoods = g.bernoulli(0.5) ? [] : [name] }
        }
        cap(&scenario)
        return scenario
    }

    /// Meets the cross-field rules (see the type's documentation).
    static func repair(_ s: inout Scenario, using g: inout Xoshiro256StarStar) {
        var mix = s.requests.mix.array
        if mix.reduce(0, +) <= 0 { mix[g.uniformInt(below: mix.count)] = 1 }
        let total = mix.reduce(0, +)
        mix = mix.map { $0 / total }
        s.requests.mix = KindValues(question: mix[0], signal: mix[1], initiative: mix[2], conflict: mix[3])
        var shares = s.requests.departmentCountShares
        if shares.reduce(0, +) <= 0 { shares[g.uniformInt(below: shares.count)] = 1 }
        let shareTotal = shares.reduce(0, +)
        s.requests.departmentCountShares = shares.map { $0 / shareTotal }
        let mean = s.residents.trustMean
        let limit = (mean * (1 - mean)).squareRoot()
        if !(s.residents.trustSpread < limit) {
            s.residents.trustSpread = g.bernoulli(0.2) ? limit.nextDown : g.uniform() * limit
        }
    }

    /// Scales populations and plans down to the work budget (see the type's documentation).
    func cap(_ s: inout Scenario) {
        let weeks = Double(s.run.weeks + s.run.warmupWeeks)
        let population = Double(s.municipality.neighbourhoods.reduce(0) { $0 + $1.population })
        let asks = population * s.residents.requestsPerYear / 52 * (1 + s.residents.trustEffectOnAsking)
        let plans = s.departments.reduce(0) { $0 + $1.plansPerYear } / 52
        let work = weeks * (population * Double(1 + s.connectors.count) + weeks * (asks + plans))
        guard work > workBudget else { return }
        let factor = workBudget / work
        for n in s.municipality.neighbourhoods.indices {
            s.municipality.neighbourhoods[n].population = max(1, Int(Double(s.municipality.neighbourhoods[n].population) * factor))
        }
        for d in s.departments.indices { s.departments[d].plansPerYear *= factor }
    }
}

/// One walk over the defaults tree, drawing every leaf from its spec.
private struct Draw {
    var generator: Xoshiro256StarStar
    let edge: ScenarioSpace.Edge
    var neighbourhoodNames: [String] = []
    var departmentNames: [String] = []
    var connectorCount = 0
    var shareCount = 1
    var weeks = 1
    var warmup = 0

    init(generator: Xoshiro256StarStar, edge: ScenarioSpace.Edge) {
        self.generator = generator
        self.edge = edge
    }

    /// Array lengths and the names that references use, drawn before the walk.
    mutating func counts() {
        let hoods = generator.bernoulli(0.3) ? 1 : 1 + generator.uniformInt(below: 6)
        neighbourhoodNames = (0..<hoods).map { "N\($0)_\(name())" }
        let departments = generator.bernoulli(0.2) ? 1 : 1 + generator.uniformInt(below: 12)
        departmentNames = (0..<departments).map { "D\($0) \(text())" }
        connectorCount = edge == .noConnectors || generator.bernoulli(0.15) ? 0 : 1 + generator.uniformInt(below: 6)
        shareCount = 1 + generator.uniformInt(below: min(departments, 5))
    }

    mutating func value(_ template: JSONValue, pattern: String) -> JSONValue {
        switch template {
        case .object(let members, let at):
            var drawn: [JSONMember] = []
            for member in members {
                let child = pattern.isEmpty ? member.key : pattern + "." + member.key
                drawn.append(JSONMember(key: member.key, keyLocation: member.keyLocation, value: value(member.value, pattern: child)))
            }
            return .object(drawn, at)
        case .array(_, let at):
            let elementPattern = pattern + "[]"
            if let element = ScenarioSchema.shared.elementTemplates[pattern] {
                let count = pattern == "municipality.neighbourhoods" ? neighbourhoodNames.count
                    : pattern == "departments" ? departmentNames.count : connectorCount
                return .array((0..<count).map { index in
                    var element = value(element, pattern: elementPattern)
                    element = named(element, pattern: pattern, index: index)
                    return element
                }, at)
            }
            let count: Int
            switch pattern {
            case "requests.departmentCountShares": count = shareCount
            case "connectors[].neighbourhoods": count = generator.bernoulli(0.4) ? 0 : neighbourhoodNames.count
            default: count = generator.uniformInt(below: 3)
            }
            var elements = (0..<count).map { _ in value(.null(at), pattern: elementPattern) }
            if pattern == "connectors[].neighbourhoods" {
                elements = zip(elements, neighbourhoodNames).filter { _ in generator.bernoulli(0.6) }
                    .map { .string($0.1, at) }
            }
            return .array(elements, at)
        default:
            guard let spec = ParameterCatalog.byKeyPath[pattern] else { preconditionFailure("no spec for \(pattern)") }
            return leaf(spec, at: template.location)
        }
    }

    /// Gives object-array element `index` its unique name.
    private func named(_ element: JSONValue, pattern: String, index: Int) -> JSONValue {
        guard case .object(var members, let at) = element else { return element }
        let names = pattern == "municipality.neighbourhoods" ? neighbourhoodNames : pattern == "departments" ? departmentNames : []
        if let slot = members.firstIndex(where: { $0.key == "name" }), index < names.count {
            members[slot].value = .string(names[index], at)
        }
        return .object(members, at)
    }

    private mutating func leaf(_ spec: ParameterSpec, at: SourceLocation) -> JSONValue {
        switch spec.kind {
        case .number(let min, let max, let exclusive):
            return number(real(spec, min: min, max: max, exclusive: exclusive), integer: false, at: at)
        case .integer(let min, let max):
            let value = integer(spec, min: min, max: max)
            if spec.keyPath == "run.weeks" { weeks = Int(value) }
            if spec.keyPath == "run.warmupWeeks" { warmup = Int(value) }
            return number(value, integer: true, at: at)
        case .bool:
            return .bool(generator.bernoulli(0.5), at)
        case .choice(let options):
            return .string(options[generator.uniformInt(below: options.count)], at)
        case .string(let rule):
            switch rule {
            case .any: return .string(text(), at)
            case .nonEmpty: return .string("x" + text(), at)
            case .name: return .string(name(), at)
            case .departmentName: return .string(departmentNames[generator.uniformInt(below: departmentNames.count)], at)
            case .neighbourhoodName: return .string(neighbourhoodNames[generator.uniformInt(below: neighbourhoodNames.count)], at)
            }
        }
    }

    private mutating func real(_ spec: ParameterSpec, min: Double, max: Double, exclusive: Bool) -> Double {
        if let forced = forcedValue(spec, min: min, max: max) { return forced }
        let low = exclusive ? 1e-300 : min
        let high = max.isInfinite ? 1e300 : max
        let u = generator.uniform()
        if u < 0.1 { return low }
        if u < 0.2 { return high }
        if max.isInfinite || (u < 0.4 && high > 1000 * Swift.max(low, 1e-3)) {
            // Log-uniform over [max(low, 1e-3), min(high, 1e4)] for unbounded ranges, else over the range.
            let a = Swift.max(low, 1e-3), b = max.isInfinite ? 1e4 : high
            return Swift.min(high, Swift.max(low, a * PortableMath.exp(generator.uniform() * PortableMath.log(b / a))))
        }
        return Swift.min(high, low + generator.uniform() * (high - low))
    }

    private mutating func integer(_ spec: ParameterSpec, min: Double, max: Double) -> Double {
        switch spec.keyPath {
        case "run.weeks":
            if edge == .oneWeek { return 1 }
            if edge == .maximumWeeks { return Double(Scenario.maximumTotalWeeks) }
            return logUniformWeeks(min: min, max: max, atMin: 0.1)
        case "run.warmupWeeks":
            if edge == .oneWeek || edge == .maximumWeeks { return 0 }
            return logUniformWeeks(min: min, max: Double(Scenario.maximumTotalWeeks - weeks), atMin: 0.5)
        case "municipality.neighbourhoods[].population":
            if generator.bernoulli(0.1) { return min }
            if generator.bernoulli(0.1) { return max }
            return (PortableMath.exp(generator.uniform() * PortableMath.log(max / min)) * min).rounded(.down)
        default: break
        }
        if let forced = forcedValue(spec, min: min, max: max) { return forced }
        let u = generator.uniform()
        if u < 0.1 { return min }
        if u < 0.2 { return max }
        if u < 0.4 && spec.unit == "week" {
            return Double(generator.uniformInt(below: warmup + weeks + 1))
        }
        if u < 0.4 && max > 1000 * Swift.max(min, 1) {
            let a = Swift.max(min, 1)
            return Swift.min(max, (a * PortableMath.exp(generator.uniform() * PortableMath.log(max / a))).rounded(.down))
        }
        let span = max - min
        if span >= 0x1p62 { return Swift.min(max, min + Double(generator.next() >> 1)) }
        return min + Double(generator.uniformInt(below: Int(span) + 1))
    }

    /// Run length (cost): at `min` with probability `atMin`, at `max` with probability 0.02,
    /// else log-uniform over [max(min, 1), max].
    private mutating func logUniformWeeks(min: Double, max: Double, atMin: Double) -> Double {
        let u = generator.uniform()
        if u < atMin || max <= min { return min }
        if u < atMin + 0.02 { return max }
        let a = Swift.max(min, 1)
        return Swift.min(max, (a * PortableMath.exp(generator.uniform() * PortableMath.log((max + 1) / a))).rounded(.down))
    }

    /// The value an edge forces on this spec, if any.
    private func forcedValue(_ spec: ParameterSpec, min: Double, max: Double) -> Double? {
        let path = spec.keyPath
        switch edge {
        case .barriersAtZero where path.hasPrefix("barriers."): return min
        case .barriersAtOne where path.hasPrefix("barriers."): return max
        case .zeroDepartmentHours where path == "departments[].hoursPerWeek": return 0
        case .zeroRequestDepartmentHours where path.hasPrefix("requests.departmentHours."): return 0
        case .zeroConnectorHours where path == "connectors[].hoursPerWeek": return 0
        default: return nil
        }
    }

    private func number(_ value: Double, integer: Bool, at: SourceLocation) -> JSONValue {
        let literal = integer ? String(UInt64(value)) : "\(value)"
        return .number(JSONNumber(value: value, isIntegerLiteral: integer, literal: literal), at)
    }

    /// A file-safe name of 1–8 characters, not `.` or `..` (the loader refuses those).
    private mutating func name() -> String {
        let alphabet = Array("abcXYZ019._-")
        while true {
            let name = String((0...generator.uniformInt(below: 8)).map { _ in alphabet[generator.uniformInt(below: alphabet.count)] })
            if name != ".", name != ".." { return name }
        }
    }

    /// Free text of 0–6 characters, with CSV-hostile characters and non-ASCII.
    private mutating func text() -> String {
        let alphabet = Array("ab ,\"'\né€ij")
        return String((0..<generator.uniformInt(below: 7)).map { _ in alphabet[generator.uniformInt(below: alphabet.count)] })
    }
}
