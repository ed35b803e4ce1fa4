/// The points of a `points` design before they are checked: named columns and rows of cells,
/// each where it was written (a sweep file's `design.points`, or a CSV file).
struct DesignTable: Sendable {
    /// One value as written.
    struct Cell: Sendable {
        /// What the cell holds.
        enum Content: Sendable {
            /// A number, with its text as written.
            case number(Double, text: String)
            /// `true` or `false` (JSON literals; `true`/`false` in any case in CSV).
            case bool(Bool)
            /// Anything else, as a message shows it (`"high"`, `null`, `an empty field`).
            case other(String)
        }
        var content: Content
        var location: SourceLocation
    }

    /// One column: a key path as written and where.
    struct Column: Sendable {
        var keyPath: String
        var location: SourceLocation
    }

    /// The file the table was written in.
    var file: String
    /// Whether it came from the sweep file's `design.points` (else from a CSV file).
    var isInline: Bool
    /// The columns, in order; key paths distinct.
    var columns: [Column]
    /// The rows: where each starts, and one cell per column.
    var rows: [(location: SourceLocation, cells: [Cell])]
    /// Notes about what was read (an ignored index column).
    var notes: [String] = []

    /// The key path an error about row `row` (from 0) names: `design.points[3].barriers.siloPenalty`
    /// inline, the column's key path in a CSV file (whose line and column already say which row).
    func keyPath(row: Int?, column: Int) -> String {
        let name = MessageText.excerpt(columns[column].keyPath)
        guard isInline else { return name }
        return row.map { "design.points[\($0)].\(name)" } ?? "design.points[0].\(name)"
    }
}
