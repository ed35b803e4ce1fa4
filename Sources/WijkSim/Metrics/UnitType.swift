/// The level at which `units.csv` reports results: the units a municipality decides about.
///
/// The raw values are the `unit_type` column of `units.csv` and `units-summary.csv`; the
/// case order is the order of the blocks of ``ReplicateResult/units`` and of the rows of
/// every unit file.
public enum UnitType: String, CaseIterable, Sendable, Equatable {
    /// A neighbourhood (wijk) of the municipality, named as in `municipality.neighbourhoods`.
    case neighbourhood
    /// A connector (wijkverbinder) post, named as in `connectors` (see ``UnitLayout``).
    case connector
    /// A department (vakafdeling), named as in `departments`.
    case department

    /// Position in ``allCases`` (0, 1, 2).
    public var position: Int {
        switch self {
        case .neighbourhood: 0
        case .connector: 1
        case .department: 2
        }
    }
}
