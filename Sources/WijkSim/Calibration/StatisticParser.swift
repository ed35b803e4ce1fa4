/// Why a statistic's text is not an expression: what was expected, and where (a character
/// position from 1, for the message).
public struct StatisticSyntaxError: Error, Equatable, Sendable {
    /// The sentence after the key path, e.g. `unknown metric 'conection_rate_all' at character 1; did you mean 'connection_rate_all'?`.
    public var message: String
}

/// Parses the text of a statistic (``StatisticExpression``) against the metric names and the
/// calibration's scenario names.
public struct StatisticParser: Sendable {
    /// The scenario names `metric@scenario` may use, in calibration order.
    public var scenarios: [String]
    /// The metric names, ``MetricCatalog/scalarNames`` unless a test says otherwise.
    public var metrics: [String]

    /// A parser for `scenarios` and the catalog's metrics.
    public init(scenarios: [String], metrics: [String] = MetricCatalog.scalarNames) {
        self.scenarios = scenarios
        self.metrics = metrics
    }

    /// The expression `text` stands for.
    /// - Throws: ``StatisticSyntaxError`` naming the first problem and its position.
    public func parse(_ text: String) throws(StatisticSyntaxError) -> StatisticExpression {
        var cursor = Cursor(characters: Array(text), parser: self)
        cursor.skipSpace()
        guard !cursor.atEnd else { throw StatisticSyntaxError(message: "expected an expression over metric names (such as connected_all / raised_all), found nothing") }
        let expression = try cursor.expression()
        cursor.skipSpace()
        guard cursor.atEnd else { throw cursor.failure("expected an operator (+ - * /) or the end") }
        return expression
    }

    /// The parse state: the text and the position in it.
    private struct Cursor {
        let characters: [Character]
        let parser: StatisticParser
        var position = 0

        var atEnd: Bool { position >= characters.count }
        var current: Character? { atEnd ? nil : characters[position] }

        mutating func skipSpace() {
            while let c = current, c == " " || c == "\t" || c == "\n" { position += 1 }
        }

        func failure(_ expected: String, at start: Int? = nil) -> StatisticSyntaxError {
            let at = start ?? position
            let found = at < characters.count ? "'\(characters[at])'" : "the end"
            return StatisticSyntaxError(message: "\(expected) at character \(at + 1), found \(found)")
        }

        mutating func expression() throws(StatisticSyntaxError) -> StatisticExpression {
            var left = try term()
            while true {
                skipSpace()
                guard let c = current, c == "+" || c == "-" else { return left }
                position += 1
                left = .binary(c == "+" ? .add : .subtract, left, try term())
            }
        }

        mutating func term() throws(StatisticSyntaxError) -> StatisticExpression {
            var left = try factor()
            while true {
                skipSpace()
                guard let c = current, c == "*" || c == "/" else { return left }
                position += 1
                left = .binary(c == "*" ? .multiply : .divide, left, try factor())
            }
        }

        mutating func factor() throws(StatisticSyntaxError) -> StatisticExpression {
            skipSpace()
            guard let c = current else { throw failure("expected a number, a metric name, a function or '('") }
            if c == "-" { position += 1; return .negate(try factor()) }
            if c == "(" {
                position += 1
                let inner = try expression()
                skipSpace()
                guard current == ")" else { throw failure("expected ')'") }
                position += 1
                return inner
            }
            if (c.isASCII && c.isNumber) || c == "." { return try number() }
            if Self.startsName(c) { return try named() }
            throw failure("expected a number, a metric name, a function or '('")
        }

        mutating func number() throws(StatisticSyntaxError) -> StatisticExpression {
            let start = position
            while let c = current, (c.isASCII && c.isNumber) || c == "." || c == "e" || c == "E"
                    || ((c == "+" || c == "-") && position > start && (characters[position - 1] == "e" || characters[position - 1] == "E")) {
                position += 1
            }
            guard let value = Double(String(characters[start..<position])), value.isFinite else {
                throw failure("expected a number such as 0.5 or 1e-3", at: start)
            }
            return .number(value)
        }

        mutating func named() throws(StatisticSyntaxError) -> StatisticExpression {
            let start = position
            while let c = current, Self.continuesName(c) { position += 1 }
            let name = String(characters[start..<position])
            let isScenarioNext = current == "@"
            if !isScenarioNext { skipSpace() }
            if current == "(" {
                position += 1
                var arguments = [try expression()]
                skipSpace()
                while current == "," {
                    position += 1
                    arguments.append(try expression())
                    skipSpace()
                }
                guard current == ")" else { throw failure("expected ',' or ')'") }
                position += 1
                return try call(name, arguments, at: start)
            }
            guard let index = parser.metrics.firstIndex(of: name) else {
                let functions = StatisticExpression.Reduction.allCases.map(\.rawValue) + StatisticExpression.Elementwise.allCases.map(\.rawValue)
                if functions.contains(name) { throw failure("expected '(' after the function \(name)") }
                throw StatisticSyntaxError(message: "unknown metric '\(name)' at character \(start + 1)"
                                           + (KeySuggestion.nearest(to: name, among: parser.metrics).map { "; did you mean '\($0)'?" }
                                              ?? "; expected a scalar metric of runs.csv (wijksim docs lists them in docs/ODD.md)"))
            }
            guard isScenarioNext else { return .metric(index: index, scenario: nil) }
            position += 1
            let scenarioStart = position
            while let c = current, Self.continuesName(c) || c == "-" || c == "." { position += 1 }
            let scenario = String(characters[scenarioStart..<position])
            guard let scenarioIndex = parser.scenarios.firstIndex(of: scenario) else {
                let hint = KeySuggestion.nearest(to: scenario, among: parser.scenarios).map { "; did you mean '\($0)'?" } ?? ""
                throw StatisticSyntaxError(message: "unknown scenario '\(scenario)' after '@' at character \(scenarioStart + 1); expected one of \(parser.scenarios.joined(separator: ", "))\(hint) (put spaces around a '-' that subtracts)")
            }
            return .metric(index: index, scenario: scenarioIndex)
        }

        func call(_ name: String, _ arguments: [StatisticExpression], at start: Int) throws(StatisticSyntaxError) -> StatisticExpression {
            if let reduction = StatisticExpression.Reduction(rawValue: name) {
                guard arguments.count == 1 else {
                    throw StatisticSyntaxError(message: "\(name) takes one argument (it reduces over the scenarios), found \(arguments.count) at character \(start + 1)")
                }
                return .reduce(reduction, arguments[0])
            }
            if let function = StatisticExpression.Elementwise(rawValue: name) {
                if function == .abs, arguments.count != 1 {
                    throw StatisticSyntaxError(message: "abs takes one argument, found \(arguments.count) at character \(start + 1)")
                }
                if function != .abs, arguments.count < 2 {
                    throw StatisticSyntaxError(message: "\(name) takes two or more arguments (value by value; use \(function == .min ? "lowest" : "highest") for the \(function == .min ? "lowest" : "highest") over the scenarios), found 1 at character \(start + 1)")
                }
                return .elementwise(function, arguments)
            }
            let functions = StatisticExpression.Reduction.allCases.map(\.rawValue) + StatisticExpression.Elementwise.allCases.map(\.rawValue)
            throw StatisticSyntaxError(message: "unknown function '\(name)' at character \(start + 1); expected one of \(functions.joined(separator: ", "))")
        }

        static func startsName(_ c: Character) -> Bool { c == "_" || (c.isASCII && c.isLetter) }
        static func continuesName(_ c: Character) -> Bool { startsName(c) || (c.isASCII && c.isNumber) }
    }
}
