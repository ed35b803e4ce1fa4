/// A key path resolved against one scenario: the parameter's spec and the leaves it names.
///
/// Invariants: `leaves` is non-empty; every leaf's pattern is `spec.keyPath`; `spec.kind` is
/// `.number`, `.integer` or `.bool` (the kinds a sweep can set from a `Double`).
struct ResolvedParameter: Sendable, Equatable {
    /// The key path as parsed, e.g. `connectors[*].hoursPerWeek`.
    var keyPath: ParameterKeyPath
    /// The parameter's entry in ``ParameterCatalog``.
    var spec: ParameterSpec
    /// The concrete leaves in tree order: one, or one per element for `[*]`.
    var leaves: [ParameterPath]

    /// Whether the parameter takes whole numbers only (integers, and switches as 0 or 1).
    var isInteger: Bool {
        switch spec.kind {
        case .integer, .bool: true
        default: false
        }
    }

    /// Whether the parameter is a switch (`true`/`false`, set as 1/0).
    var isSwitch: Bool {
        if case .bool = spec.kind { true } else { false }
    }

    /// The allowed range as `Double`s: `[min, max]` for numbers and integers, `[0, 1]` for switches.
    var allowedRange: ClosedRange<Double> {
        switch spec.kind {
        case .number(let min, let max, _), .integer(let min, let max): min...max
        default: 0...1
        }
    }

    /// `value` as the JSON leaf a scenario file would hold, or what is wrong with it, in the
    /// loader's words (`expected a number in [0, 1], found 1.5`). Switches take 0 (false) or 1
    /// (true); integers take integral values; no kind takes NaN or infinity.
    func leaf(for value: Double) -> Result<JSONValue, ScenarioIssueText> {
        let location = SourceLocation(file: "<set>", line: 1, column: 1)
        let found = CSVWriter.format(value)
        if case .bool = spec.kind {
            guard value == 0 || value == 1 else {
                return .failure(ScenarioIssueText(.wrongType, "expected true or false (1 or 0), found \(found)"))
            }
            return .success(.bool(value == 1, location))
        }
        guard value.isFinite else {
            return .failure(ScenarioIssueText(.outOfRange, "expected \(spec.expectation), found \(found)"))
        }
        var number = JSONNumber(value: value, isIntegerLiteral: false, literal: found)
        if case .integer = spec.kind, value == value.rounded(), abs(value) < 0x1p64 {
            number.literal = value < 0 ? String(Int64(exactly: value) ?? Int64.min) : String(UInt64(value))
            number.isIntegerLiteral = true
        } else {
            number.isIntegerLiteral = !found.contains(".") && !found.contains("e")
        }
        let leaf = JSONValue.number(number, location)
        if let (problem, message) = spec.problem(with: leaf) {
            return .failure(ScenarioIssueText(problem, message))
        }
        return .success(leaf)
    }
}

/// What is wrong, without where: a problem kind and the message the user reads.
struct ScenarioIssueText: Error, Sendable, Equatable {
    var problem: ScenarioError.Problem
    var message: String

    init(_ problem: ScenarioError.Problem, _ message: String) {
        self.problem = problem
        self.message = message
    }
}
