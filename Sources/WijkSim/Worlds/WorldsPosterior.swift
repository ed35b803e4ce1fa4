/// The rows of a calibration posterior, read as plausible worlds (`--worlds-from FILE`).
///
/// The format, which `wijksim calibrate` writes as `posterior.csv` (docs/SWEEPS.md,
/// "Posterior files"): a CSV file (RFC 4180, `.` decimal point, as ``DesignCSVReader`` reads)
/// whose header is `sample,distance,<key path>,<key path>,…` and whose every further row is
/// one accepted parameter set, all rows equally likely:
/// - `sample`: the accepted draw's number (an integer; kept for reference, not used);
/// - `distance`: its distance to the calibration targets (a number; not used);
/// - every other column: a scenario key path as `wijksim params` and sweep files write them
///   (`barriers.siloPenalty`, `connectors[*].hoursPerWeek`, `departments[2].awareness`), a
///   number, integer or switch parameter of the base scenario; each value inside the
///   parameter's allowed range (not only its plausible range: a posterior may leave it).
///
/// ``bookkeepingColumns`` are the only columns that are not key paths; any other column that
/// is not a key path of the base is an error, and so is a `weight` column (weighted
/// posteriors must be resampled into equally likely rows first). Both bookkeeping columns are
/// optional. Every error names the file, the line and column, and what was expected
/// (exit 65; a missing file 66).
enum WorldsPosterior {
    /// The columns that are not parameters.
    static let bookkeepingColumns = ["sample", "distance"]

    /// The posterior's parameters and rows.
    struct Table: Sendable {
        /// The parameters, in column order (bookkeeping columns left out).
        var parameters: [ResolvedParameter]
        /// Row-major values: `values[row * parameters.count + j]`.
        var values: [Double]
        /// Number of rows.
        var rowCount: Int
    }

    /// Reads `path` against `base` (through `editor`); at most `limit` rows are kept.
    /// - Throws: ``ScenarioError`` naming the file, line, column and what was expected.
    static func read(path: String, editor: ScenarioEditor) throws(ScenarioError) -> Table {
        let table = try DesignCSVReader.read(path: path)
        var parameterColumns: [Int] = []
        var parameters: [ResolvedParameter] = []
        for (index, column) in table.columns.enumerated() {
            let at = column.location
            if bookkeepingColumns.contains(column.keyPath) {
                for (row, entry) in table.rows.enumerated() {
                    guard case .number = entry.cells[index].content else {
                        throw ScenarioError(.wrongType, at: entry.cells[index].location, orIn: path, keyPath: column.keyPath,
                                            message: "expected a number in column '\(column.keyPath)' of row \(row + 1), found \(describe(entry.cells[index].content))")
                    }
                }
                continue
            }
            if column.keyPath == "weight" {
                throw ScenarioError(.invalidValue, at: at, orIn: path, keyPath: "weight",
                                    message: "expected equally likely rows (header sample,distance,<key paths>), found a weight column; resample the rows by weight first")
            }
            let parameter: ResolvedParameter
            do throws(ScenarioError) {
                parameter = try editor.resolve(column.keyPath, file: path)
            } catch {
                throw ScenarioError(error.problem == .internalError ? .invalidValue : error.problem, at: at, orIn: path,
                                    keyPath: error.keyPath,
                                    message: "expected \(bookkeepingColumns.joined(separator: ", ")) or a parameter key path of the base scenario in the header; " + error.message)
            }
            if let earlier = parameters.firstIndex(where: { !Set($0.leaves).isDisjoint(with: parameter.leaves) }) {
                throw ScenarioError(.invalidValue, at: at, orIn: path, keyPath: column.keyPath,
                                    message: "expected a parameter no other column sets, found one that \(parameters[earlier].keyPath) sets too")
            }
            parameterColumns.append(index)
            parameters.append(parameter)
        }
        guard !parameters.isEmpty else {
            throw ScenarioError(.invalidValue, file: path, line: 1, column: 1,
                                message: "expected a header of sample,distance and at least one parameter key path, found no parameter column")
        }
        guard !table.rows.isEmpty else {
            throw ScenarioError(.outOfRange, file: path, message: "expected at least one accepted parameter set after the header, found none")
        }
        var values: [Double] = []
        values.reserveCapacity(table.rows.count * parameters.count)
        for entry in table.rows {
            for (j, column) in parameterColumns.enumerated() {
                let cell = entry.cells[column]
                let parameter = parameters[j]
                let value: Double
                switch cell.content {
                case .number(let number, _): value = number
                case .bool(let flag) where parameter.isSwitch: value = flag ? 1 : 0
                default:
                    throw ScenarioError(.wrongType, at: cell.location, orIn: path, keyPath: parameter.keyPath.description,
                                        message: "expected \(parameter.spec.expectation), found \(describe(cell.content))")
                }
                if case .failure(let issue) = parameter.leaf(for: value) {
                    throw ScenarioError(issue.problem, at: cell.location, orIn: path, keyPath: parameter.keyPath.description,
                                        message: issue.message)
                }
                values.append(value)
            }
        }
        return Table(parameters: parameters, values: values, rowCount: table.rows.count)
    }

    private static func describe(_ content: DesignTable.Cell.Content) -> String {
        switch content {
        case .number(_, let text): text
        case .bool(let flag): String(flag)
        case .other(let text): text
        }
    }
}
