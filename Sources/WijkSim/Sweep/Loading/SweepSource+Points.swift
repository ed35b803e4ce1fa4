/// A `points` design: the table of points (inline or CSV) checked against the base and `vary`.
extension SweepSource {
    /// `design.points` as a table; with `vary` its columns are vary's key paths, else point 0's keys.
    func inlineTable(_ points: JSONValue, entries: [SweepVaryEntry]) throws(ScenarioError) -> DesignTable {
        guard case .array(let elements, _) = points else {
            throw error(.wrongType, at: points.location, "design.points", "expected a list of points (objects of key path → value), found \(points.messageDescription)")
        }
        guard let first = elements.first else {
            throw error(.outOfRange, at: points.location, "design.points", "expected at least one point, found none")
        }
        guard elements.count <= SweepLoader.maximumPoints else {
            throw error(.outOfRange, at: points.location, "design.points", "expected at most \(SweepLoader.maximumPoints) points, found \(elements.count)")
        }
        let columns: [DesignTable.Column]
        if entries.isEmpty {
            guard case .object(let members, _) = first, !members.isEmpty else {
                throw error(.wrongType, at: first.location, "design.points[0]", "expected an object of key path → value, found \(first.messageDescription)")
            }
            columns = members.map { DesignTable.Column(keyPath: $0.key, location: $0.keyLocation) }
        } else {
            columns = entries.map { DesignTable.Column(keyPath: $0.parameter.keyPath.description, location: $0.keyLocation) }
        }
        let names = columns.map(\.keyPath)
        var rows: [(location: SourceLocation, cells: [DesignTable.Cell])] = []
        for (index, element) in elements.enumerated() {
            let prefix = "design.points[\(index)]"
            guard case .object(let members, let at) = element else {
                throw error(.wrongType, at: element.location, prefix, "expected an object of key path → value, found \(element.messageDescription)")
            }
            for member in members where !names.contains(member.key) {
                let source = entries.isEmpty ? "design.points[0]" : "vary"
                throw error(.invalidValue, at: member.keyLocation, prefix + "." + MessageText.excerpt(member.key),
                            "expected one of the parameters \(source) sets (\(Scenario.list(names))), found one it does not"
                                + KeySuggestion.hint(for: member.key, among: names))
            }
            var cells: [DesignTable.Cell] = []
            for name in names {
                guard let value = element[name] else {
                    throw error(.invalidValue, at: at, prefix, "expected a value for \(MessageText.excerpt(name)) (every point sets every factor), found none")
                }
                let content: DesignTable.Cell.Content = switch value {
                case .number(let number, _): .number(number.value, text: number.literal)
                case .bool(let flag, _): .bool(flag)
                default: .other(value.messageDescription)
                }
                cells.append(DesignTable.Cell(content: content, location: value.location))
            }
            rows.append((at, cells))
        }
        return DesignTable(file: path, isInline: true, columns: columns, rows: rows)
    }

    /// The checked points of `table`, factors in vary's order (or the table's without vary).
    func pointsDesign(_ table: DesignTable, entries: [SweepVaryEntry], editor: ScenarioEditor) throws(ScenarioError) -> SweepDesignPoints {
        guard !table.rows.isEmpty else {
            throw ScenarioError(.outOfRange, file: table.file, message: "expected at least one point after the header, found none")
        }
        guard table.rows.count <= SweepLoader.maximumPoints else {
            throw ScenarioError(.outOfRange, file: table.file, message: "expected at most \(SweepLoader.maximumPoints) points, found \(table.rows.count)")
        }
        let settings = SweepRunSettings(baseName: "", baseLocation: tree.location, replicates: 1, seed: nil,
                                        weeks: tree["weeks"] == nil ? nil : editor.base.run.weeks, weeksLocation: nil)
        // Column of each factor, and the factor's parameter and range.
        var order: [Int] = []
        var parameters: [ResolvedParameter] = []
        var ranges: [ClosedRange<Double>?] = []
        if entries.isEmpty {
            for (index, column) in table.columns.enumerated() {
                let parameter = try resolve(column.keyPath, at: column.location, table.keyPath(row: nil, column: index), editor: editor,
                                            settings: settings, in: table.file)
                if let earlier = parameters.firstIndex(where: { !Set($0.leaves).isDisjoint(with: parameter.leaves) }) {
                    throw ScenarioError(.invalidValue, at: column.location, orIn: table.file, keyPath: table.keyPath(row: nil, column: index),
                                        message: "expected a parameter no other column sets, found one that \(table.columns[earlier].keyPath) sets too")
                }
                order.append(index)
                parameters.append(parameter)
                ranges.append(nil)
            }
        } else {
            let names = entries.map { $0.parameter.keyPath.description }
            for (index, column) in table.columns.enumerated() where !names.contains(column.keyPath) {
                throw ScenarioError(.invalidValue, at: column.location, orIn: table.file, keyPath: table.keyPath(row: nil, column: index),
                                    message: "expected one of the parameters vary lists (\(Scenario.list(names))), found one it does not"
                                        + KeySuggestion.hint(for: column.keyPath, among: names))
            }
            for entry in entries {
                guard let column = table.columns.firstIndex(where: { $0.keyPath == entry.parameter.keyPath.description }) else {
                    throw error(.invalidValue, at: entry.keyLocation, entry.sweepKeyPath,
                                "expected a column of \(MessageText.pathExcerpt(table.file)) for every parameter vary lists, found none for this one")
                }
                order.append(column)
                parameters.append(entry.parameter)
                if case .range(let min, let max) = entry.form { ranges.append(min...max) } else { ranges.append(nil) }
            }
        }

        let k = order.count
        var values = [Double](repeating: 0, count: table.rows.count * k)
        var rounded = [Int](repeating: 0, count: k)
        for (row, entry) in table.rows.enumerated() {
            for (factor, column) in order.enumerated() {
                let cell = entry.cells[column]
                let parameter = parameters[factor]
                let keyPath = table.keyPath(row: row, column: column)
                func fail(_ problem: ScenarioError.Problem, _ message: String) -> ScenarioError {
                    ScenarioError(problem, at: cell.location, orIn: table.file, keyPath: keyPath, message: message)
                }
                var value: Double
                switch cell.content {
                case .number(let number, _): value = number
                case .bool(let flag) where parameter.isSwitch: value = flag ? 1 : 0
                case .bool(let flag): throw fail(.wrongType, "expected \(parameter.spec.expectation), found \(flag)")
                case .other(let found): throw fail(.wrongType, "expected \(parameter.spec.expectation), found \(found)")
                }
                if parameter.isInteger, value != value.rounded() {
                    value = value.rounded(.toNearestOrAwayFromZero)
                    rounded[factor] += 1
                }
                if case .failure(let issue) = parameter.leaf(for: value) { throw fail(issue.problem, issue.message) }
                if let range = ranges[factor], !range.contains(value) {
                    throw fail(.outOfRange, "expected a value in vary's range [\(CSVWriter.format(range.lowerBound)), \(CSVWriter.format(range.upperBound))], found \(CSVWriter.format(value))")
                }
                values[row * k + factor] = value
            }
        }

        var factors: [SweepFactor] = []
        var notes = table.notes
        for (factor, parameter) in parameters.enumerated() {
            let column = stride(from: factor, to: values.count, by: k).map { values[$0] }
            let range = ranges[factor] ?? (column.min()!...column.max()!)
            factors.append(SweepFactor(keyPath: parameter.keyPath.description, isInteger: parameter.isInteger, low: range.lowerBound, high: range.upperBound))
            if rounded[factor] > 0 {
                notes.append("\(parameter.keyPath) takes whole numbers: \(rounded[factor]) of \(table.rows.count) design values were rounded to the nearest (halves away from zero)")
            }
        }
        return SweepDesignPoints(design: .points, factors: factors, parameters: parameters, pointCount: table.rows.count,
                                 values: values, unit: unitCoordinates(values, factors: factors), notes: notes, table: table)
    }
}
