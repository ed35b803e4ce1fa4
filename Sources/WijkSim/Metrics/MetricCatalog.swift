/// Every metric a replicate reports, in column order, expanded from the two declaration lists:
/// ``scalarDeclarations`` (`ScalarMetrics.swift`: one value per replicate, `runs.csv`,
/// `summary.csv`) and ``weeklyDeclarations`` (`WeeklyMetrics.swift`: one value per recorded
/// week, `timeseries.csv`).
///
/// Names and values come from the same ``MetricColumn``s, so a name cannot be paired with
/// another metric's value; the index lookups (``raised(_:)``, ``Scalar``, ``Weekly``, …) are
/// found by name in these columns, never counted by hand. Names are snake_case and stable:
/// scripts in R, Python or Excel rely on them.
public enum MetricCatalog {
    /// Scalar columns, in `runs.csv` order.
    public static let scalarColumns: [MetricColumn] = scalarDeclarations.flatMap(\.columns)
    /// Weekly columns, in the order of a row of ``ReplicateResult/weekly``.
    public static let weeklyColumns: [MetricColumn] = weeklyDeclarations.flatMap(\.columns)
    /// Scalar metric names, in column order.
    public static let scalarNames: [String] = scalarColumns.map(\.name)
    /// Weekly metric names, in column order.
    public static let weeklyNames: [String] = weeklyColumns.map(\.name)

    /// Every scalar metric for the replicate's final state, in ``scalarNames`` order.
    static func scalarValues(_ inputs: MetricInputs) -> [Double] {
        scalarColumns.map { $0.value(inputs) }
    }

    /// Writes the week's row of weekly metrics, in ``weeklyNames`` order, into
    /// `values[offset..<offset + weeklyNames.count]`. Allocates nothing.
    static func writeWeeklyValues(_ inputs: MetricInputs, into values: inout [Double], at offset: Int) {
        for index in weeklyColumns.indices {
            values[offset + index] = weeklyColumns[index].value(inputs)
        }
    }

    /// The index of the scalar metric called `name` in ``scalarNames``. Traps if there is none:
    /// a lookup must name a declared metric.
    public static func scalarIndex(named name: String) -> Int {
        guard let index = scalarNames.firstIndex(of: name) else { preconditionFailure("no scalar metric \(name)") }
        return index
    }

    /// The index of the weekly metric called `name` in ``weeklyNames``. Traps if there is none.
    public static func weeklyIndex(named name: String) -> Int {
        guard let index = weeklyNames.firstIndex(of: name) else { preconditionFailure("no weekly metric \(name)") }
        return index
    }

    /// The indices in ``scalarNames`` of the columns of the family declared as `pattern`, in
    /// expansion order. Traps if no declaration has that pattern.
    public static func scalarIndices(ofFamily pattern: String) -> [Int] {
        var offset = 0
        for declaration in scalarDeclarations {
            if declaration.pattern == pattern { return Array(offset..<offset + declaration.columns.count) }
            offset += declaration.columns.count
        }
        preconditionFailure("no scalar metric family \(pattern)")
    }
}
