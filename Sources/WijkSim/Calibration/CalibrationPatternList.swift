/// The `patterns` of a calibration file, checked and parsed.
enum CalibrationPatternList {
    static func resolve(_ source: SweepSource, scenarioNames: [String]) throws(ScenarioError) -> [CalibrationPattern] {
        let expected = "a list of patterns ({\"id\", \"statistic\", \"target\", \"scale\", \"source\", \"observed\"})"
        let value = try source.required("patterns", in: source.tree, expected: expected)
        guard case .array(let elements, _) = value else {
            throw source.error(.wrongType, at: value.location, "patterns", "expected \(expected), found \(value.messageDescription)")
        }
        guard !elements.isEmpty else { throw source.error(.outOfRange, at: value.location, "patterns", "expected at least one pattern, found none") }
        let parser = StatisticParser(scenarios: scenarioNames)
        var patterns: [CalibrationPattern] = []
        for (index, element) in elements.enumerated() {
            let prefix = "patterns[\(index)]"
            guard case .object = element else {
                throw source.error(.wrongType, at: element.location, prefix, "expected a pattern object, found \(element.messageDescription)")
            }
            try source.checkKeys(element, allowed: CalibrationLoader.patternKeys, prefix: prefix)
            let idValue = try source.required("id", in: element, prefix: prefix, expected: "a short name such as \"P1\"")
            let id = try source.string(idValue, prefix + ".id", expected: "a short name such as \"P1\"")
            guard ParameterSpec.isName(id) else {
                throw source.error(.invalidValue, at: idValue.location, prefix + ".id", "expected a name of letters, digits, '.', '_' or '-' (a column of samples.csv), found \(MessageText.quoted(id))")
            }
            if let earlier = patterns.firstIndex(where: { $0.id == id }) {
                throw source.error(.invalidValue, at: idValue.location, prefix + ".id", "expected an id no other pattern has, found \(MessageText.quoted(id)) again (first at patterns[\(earlier)])")
            }
            func text(_ key: String) throws(ScenarioError) -> String {
                guard let value = element[key] else { return "" }
                guard case .string(let text, _) = value else {
                    throw source.error(.wrongType, at: value.location, prefix + "." + key, "expected a string, found \(value.messageDescription)")
                }
                return text
            }
            let statisticValue = try source.required("statistic", in: element, prefix: prefix,
                                                     expected: "an expression over metric names, such as \"contacts_by_departments / (contacts_by_connectors + contacts_by_departments)\"")
            let statisticText = try source.string(statisticValue, prefix + ".statistic", expected: "an expression over metric names")
            let statistic: StatisticExpression
            do throws(StatisticSyntaxError) {
                statistic = try parser.parse(statisticText)
            } catch {
                throw source.error(.invalidValue, at: statisticValue.location, prefix + ".statistic", error.message)
            }
            let (low, high) = try target(source, element, prefix)
            let scaleValue = try source.required("scale", in: element, prefix: prefix, expected: "the tolerance, a number greater than 0 in the statistic's unit")
            guard case .number(let scale, _) = scaleValue, scale.value > 0, scale.value.isFinite else {
                throw source.error(.outOfRange, at: scaleValue.location, prefix + ".scale", "expected the tolerance, a number greater than 0 in the statistic's unit, found \(scaleValue.messageDescription)")
            }
            patterns.append(CalibrationPattern(id: id, observed: try text("observed"), source: try text("source"),
                                               statisticText: statisticText, statistic: statistic, low: low, high: high, scale: scale.value))
        }
        return patterns
    }

    /// `target`: a number, or `{"min": a, "max": b}` with a < b.
    private static func target(_ source: SweepSource, _ element: JSONValue, _ prefix: String) throws(ScenarioError) -> (Double, Double) {
        let expected = "a number or an interval {\"min\": a, \"max\": b}"
        let value = try source.required("target", in: element, prefix: prefix, expected: expected)
        switch value {
        case .number(let number, _) where number.value.isFinite:
            return (number.value, number.value)
        case .object:
            try source.checkKeys(value, allowed: ["min", "max"], prefix: prefix + ".target")
            let minValue = try source.required("min", in: value, prefix: prefix + ".target", expected: "the lowest value on target")
            let maxValue = try source.required("max", in: value, prefix: prefix + ".target", expected: "the highest value on target")
            guard case .number(let low, _) = minValue, low.value.isFinite else {
                throw source.error(.wrongType, at: minValue.location, prefix + ".target.min", "expected a number, found \(minValue.messageDescription)")
            }
            guard case .number(let high, _) = maxValue, high.value.isFinite else {
                throw source.error(.wrongType, at: maxValue.location, prefix + ".target.max", "expected a number, found \(maxValue.messageDescription)")
            }
            guard low.value < high.value else {
                throw source.error(.invalidValue, at: maxValue.location, prefix + ".target.max", "expected a value greater than min (\(low.literal)), found \(high.literal); a single value is written as \"target\": \(low.literal)")
            }
            return (low.value, high.value)
        default:
            throw source.error(.wrongType, at: value.location, prefix + ".target", "expected \(expected), found \(value.messageDescription)")
        }
    }
}
