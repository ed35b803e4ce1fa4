import Testing
@testable import WijkSim

/// Statistic expressions, the distance and the acceptance rule of `wijksim calibrate`.
@Suite("Calibration: statistics, distance, acceptance")
struct CalibrationStatisticTests {
    /// Three metrics a, b, c in two scenarios s1, s2: a = (1, 3), b = (2, 4), c = (0, 0).
    static let parser = StatisticParser(scenarios: ["s1", "s2"], metrics: ["a", "b", "c"])
    static let means: [[Double]] = [[1, 2, 0], [3, 4, 0]]

    // Catches an operator precedence or associativity error, a metric read from the wrong
    // scenario, a reduction over the wrong axis and a per-scenario value not averaged at the end.
    @Test("expressions evaluate on the replicate means", arguments: [
        ("a", 2.0),                      // (1 + 3) / 2: per scenario, then averaged
        ("a@s2", 3.0),
        ("a / b", (0.5 + 0.75) / 2),     // a ratio per scenario, then the mean
        ("mean(a) / mean(b)", 4.0 / 6.0),
        ("1 - 2 - 3", -4.0),             // left-associative
        ("2 * 3 + 4 / 2", 8.0),
        ("-a@s1 + 2 * b@s2", 7.0),
        ("spread(a)", 2.0),
        ("lowest(b) + highest(a)", 5.0),
        ("sd(a)", 1.4142135623730951),
        ("max(a@s1, b@s1, 0.5)", 2.0),
        ("min(a, b)", 2.0),              // (1 + 3) / 2
        ("abs(c - b)", 3.0),
        ("1e-1 * 10", 1.0),
    ])
    func evaluates(text: String, expected: Double) throws {
        let value = try Self.parser.parse(text).value(means: Self.means)
        #expect(abs(value - expected) < 1e-12, "\(text) = \(value)")
    }

    // Catches a division by zero or an NA metric that yields a number instead of "undefined".
    @Test("undefined parts make the statistic undefined", arguments: ["a / c", "a / (b - b)", "sd(a@s1)", "max(a, c / c)"])
    func undefined(text: String) throws {
        #expect(try Self.parser.parse(text).value(means: Self.means).isNaN)
        #expect(try Self.parser.parse("a + b").value(means: [[.nan, 1, 0], [1, 1, 0]]).isNaN)
    }

    // Catches a parser that accepts a typo silently, or a message that does not say where.
    @Test("syntax errors say what and where, verbatim", arguments: [
        ("", "expected an expression over metric names (such as connected_all / raised_all), found nothing"),
        ("ab / b", "unknown metric 'ab' at character 1; did you mean 'a'?"),
        ("a @s3", "expected an operator (+ - * /) or the end at character 3, found '@'"),
        ("a@s3", "unknown scenario 's3' after '@' at character 3; expected one of s1, s2; did you mean 's1'? (put spaces around a '-' that subtracts)"),
        ("(a + b", "expected ')' at character 7, found the end"),
        ("a +", "expected a number, a metric name, a function or '(' at character 4, found the end"),
        ("min(a)", "min takes two or more arguments (value by value; use lowest for the lowest over the scenarios), found 1 at character 1"),
        ("mean(a, b)", "mean takes one argument (it reduces over the scenarios), found 2 at character 1"),
        ("median(a)", "unknown function 'median' at character 1; expected one of mean, sd, spread, lowest, highest, min, max, abs"),
        ("mean", "expected '(' after the function mean at character 5, found the end"),
        ("a $ b", "expected an operator (+ - * /) or the end at character 3, found '$'"),
    ])
    func syntaxErrors(text: String, message: String) {
        #expect(throws: StatisticSyntaxError(message: message)) { try Self.parser.parse(text) }
    }

    static func pattern(_ low: Double, _ high: Double, scale: Double) -> CalibrationPattern {
        CalibrationPattern(id: "P", observed: "", source: "", statisticText: "a", statistic: .number(0), low: low, high: high, scale: scale)
    }

    // Catches a distance that penalises values inside an interval, uses the wrong edge, forgets
    // the scale, sums instead of averaging, or lets an undefined statistic be accepted.
    @Test("distance: root mean square of errors in units of scale, 0 inside an interval")
    func distance() {
        let point = Self.pattern(0.3, 0.3, scale: 0.1), interval = Self.pattern(0.6, 0.9, scale: 0.05)
        #expect(abs(point.error(of: 0.5) - 2) < 1e-12)
        #expect(abs(point.error(of: 0.25) + 0.5) < 1e-12)
        #expect(interval.error(of: 0.75) == 0 && interval.error(of: 0.6) == 0 && interval.error(of: 0.9) == 0)
        #expect(abs(interval.error(of: 0.5) + 2) < 1e-12)
        #expect(abs(interval.error(of: 1.0) - 2) < 1e-12)
        // errors 2 and 0 → sqrt((4 + 0) / 2)
        #expect(abs(CalibrationDistance.distance([0.5, 0.7], patterns: [point, interval]) - 2.0.squareRoot()) < 1e-12)
        #expect(CalibrationDistance.distance([0.3, 0.8], patterns: [point, interval]) == 0)
        #expect(CalibrationDistance.distance([.nan, 0.8], patterns: [point, interval]) == .infinity)
        #expect(interval.verdict(for: 0.9) == "yes" && interval.verdict(for: 0.95) == "near" && interval.verdict(for: 0.951) == "no")
        #expect(point.verdict(for: 0.3) == "yes" && point.verdict(for: 0.35) == "near" && point.verdict(for: .nan) == "no")
    }

    // Catches an acceptance that rounds the count down, orders ties by arrival, or accepts an
    // undefined (infinite) distance.
    @Test("acceptance: best ⌈q·N⌉ finite distances, ties by sample; or distance ≤ ε")
    func acceptance() {
        let distances = [0.5, 0.2, .infinity, 0.2, 0.9, 0.1]
        #expect(CalibrationAcceptance.quantile(0.5).accepted(distances) == [5, 1, 3])
        #expect(CalibrationAcceptance.quantile(0.34).accepted(distances) == [5, 1, 3])   // ⌈2.04⌉ = 3
        #expect(CalibrationAcceptance.quantile(0.01).accepted(distances) == [5])         // at least one
        #expect(CalibrationAcceptance.quantile(1).accepted(distances) == [5, 1, 3, 0, 4])
        #expect(CalibrationAcceptance.distance(0.2).accepted(distances) == [5, 1, 3])
        #expect(CalibrationAcceptance.distance(0.05).accepted(distances) == [])
    }

    // Catches an [A] test that misses a tag among several or mistakes "A" inside a word.
    @Test("[A] tags are found among several")
    func assumptionTags() {
        func spec(_ evidence: String) -> ParameterSpec {
            ParameterSpec(keyPath: "x", kind: .number(min: 0, max: 1), unit: "", meaning: "", evidence: evidence)
        }
        #expect(spec("[A]").hasAssumptionTag && spec("[E:001 L508; A]").hasAssumptionTag && spec("[A: docs/ODD.md]").hasAssumptionTag)
        #expect(spec("[X; A]").hasAssumptionTag && spec("[A; E:001 L494]").hasAssumptionTag)
        #expect(!spec("[E:001 L433; E:003]").hasAssumptionTag && !spec("[X: Amsterdam]").hasAssumptionTag)
    }
}
