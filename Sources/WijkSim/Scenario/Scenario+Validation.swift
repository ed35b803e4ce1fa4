import Foundation

extension Scenario {
    /// The most weeks a run may simulate, warm-up included.
    public static let maximumTotalWeeks = 5200
    /// How far shares may be from summing to 1.
    public static let shareSumTolerance = 1e-6

    /// Checks that the scenario can be run: every parameter's type and range
    /// (``ParameterCatalog``), the rules that tie parameters together, what the
    /// engine can represent and what fits in memory (``checkRunFits(file:jobs:memoryLimit:)``
    /// with one job).
    ///
    /// Cross-field rules: at least one neighbourhood, with unique names, and
    /// at least one resident; at least one department, with unique names;
    /// `requests.mix` sums to 1; `requests.departmentCountShares` is non-empty,
    /// sums to 1 and has no more entries than there are departments; every
    /// connector serves existing neighbourhoods and is housed in an existing
    /// department; `residents.trustSpread` < sqrt(mean · (1 − mean));
    /// `run.warmupWeeks + run.weeks` ≤ ``maximumTotalWeeks``.
    /// Shares are compared with a tolerance of ``shareSumTolerance``.
    /// Work is linear in the size of the scenario.
    /// - Parameter file: The file named in the error (no line or column is known).
    /// - Throws: ``ScenarioError`` for the first problem.
    public func validate(file: String) throws(ScenarioError) {
        let schema = ScenarioSchema.shared
        do throws(ScenarioError) {
            try schema.check(schema.tree(encoding: self), file: file)
        } catch {
            throw ScenarioError(error.problem, file: file, keyPath: error.keyPath, message: error.message)
        }
        if let issue = firstIssue(jobs: 1, memoryLimit: PhysicalMemory.bytes) {
            throw issue.error(at: nil, file: file, isDefault: false)
        }
    }

    /// The first broken rule of a scenario whose every value passed the catalog:
    /// representation limits, then cross-field rules, then the run footprint.
    func firstIssue(jobs: Int, memoryLimit: Double) -> ScenarioIssue? {
        representationIssue() ?? firstCrossFieldIssue() ?? runFootprintIssue(jobs: jobs, memoryLimit: memoryLimit)
    }

    /// The first broken cross-field rule, in a fixed order; O(size of the scenario).
    func firstCrossFieldIssue() -> ScenarioIssue? {
        let neighbourhoodsPath = ParameterPath([.key("municipality"), .key("neighbourhoods")])
        let neighbourhoodNames = municipality.neighbourhoods.map(\.name)
        let departmentNames = departments.map(\.name)
        if neighbourhoodNames.isEmpty {
            return ScenarioIssue(neighbourhoodsPath, .outOfRange, expected: "at least one neighbourhood", found: "none")
        }
        if let issue = Self.firstDuplicate(neighbourhoodNames, in: neighbourhoodsPath, what: "neighbourhood") { return issue }
        let residents = municipality.neighbourhoods.reduce(0) { $0 + max(0, $1.population) }
        if residents < 1 {
            return ScenarioIssue(neighbourhoodsPath, .outOfRange, expected: "at least 1 resident in total", found: "0")
        }
        let departmentsPath = ParameterPath([.key("departments")])
        if departmentNames.isEmpty {
            return ScenarioIssue(departmentsPath, .outOfRange, expected: "at least one department", found: "none")
        }
        if let issue = Self.firstDuplicate(departmentNames, in: departmentsPath, what: "department") { return issue }

        let mixSum = requests.mix.array.reduce(0, +)
        if abs(mixSum - 1) > Self.shareSumTolerance {
            return ScenarioIssue(ParameterPath([.key("requests"), .key("mix")]), .invalidValue,
                                 expected: "shares that sum to 1", found: "a sum of \(Self.formatSum(mixSum))")
        }
        let sharesPath = ParameterPath([.key("requests"), .key("departmentCountShares")])
        let shares = requests.departmentCountShares
        if shares.isEmpty {
            return ScenarioIssue(sharesPath, .outOfRange, expected: "at least one share", found: "none")
        } else if shares.count > departments.count {
            return ScenarioIssue(sharesPath, .outOfRange,
                                 expected: "at most \(departments.count) \(departments.count == 1 ? "entry" : "entries") (one per department)", found: "\(shares.count)")
        } else if abs(shares.reduce(0, +) - 1) > Self.shareSumTolerance {
            return ScenarioIssue(sharesPath, .invalidValue,
                                 expected: "shares that sum to 1", found: "a sum of \(Self.formatSum(shares.reduce(0, +)))")
        }

        let knownNeighbourhoods = Set(neighbourhoodNames), knownDepartments = Set(departmentNames)
        for (index, connector) in connectors.enumerated() {
            let path = ParameterPath([.key("connectors"), .index(index)])
            for (slot, name) in connector.neighbourhoods.enumerated() where !knownNeighbourhoods.contains(name) {
                return ScenarioIssue(path.appending("neighbourhoods").appending(index: slot), .badReference,
                                     expected: "the name of a neighbourhood (\(Self.list(neighbourhoodNames)))",
                                     found: MessageText.quoted(name), hint: KeySuggestion.hint(for: name, among: neighbourhoodNames))
            }
            if !knownDepartments.contains(connector.homeDepartment) {
                return ScenarioIssue(path.appending("homeDepartment"), .badReference,
                                     expected: "the name of a department (\(Self.list(departmentNames)))",
                                     found: MessageText.quoted(connector.homeDepartment),
                                     hint: KeySuggestion.hint(for: connector.homeDepartment, among: departmentNames))
            }
        }

        let mean = self.residents.trustMean
        let limit = (mean * (1 - mean)).squareRoot()
        if !(self.residents.trustSpread < limit) {
            return ScenarioIssue(ParameterPath([.key("residents"), .key("trustSpread")]), .outOfRange,
                                 expected: "less than sqrt(trustMean · (1 − trustMean)) = \(String(format: "%.4g", limit)) for trustMean \(mean)",
                                 found: "\(self.residents.trustSpread)")
        }
        return totalWeeksIssue()
    }

    /// `run.warmupWeeks + run.weeks` over ``maximumTotalWeeks``, as an issue at `run.weeks`
    /// (also checked after `--weeks` is applied, by ``checkRunFits(file:jobs:memoryLimit:)``).
    func totalWeeksIssue() -> ScenarioIssue? {
        let totalWeeks = run.warmupWeeks + run.weeks
        guard totalWeeks > Self.maximumTotalWeeks else { return nil }
        return ScenarioIssue(ParameterPath([.key("run"), .key("weeks")]), .outOfRange,
                             expected: "run.warmupWeeks + run.weeks to be at most \(Self.maximumTotalWeeks)",
                             found: "\(run.warmupWeeks) + \(run.weeks) = \(totalWeeks)")
    }

    /// The first name that repeats an earlier one, as an issue; O(names).
    static func firstDuplicate(_ names: [String], in path: ParameterPath, what: String) -> ScenarioIssue? {
        var firstIndex: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            if let first = firstIndex[name] {
                return ScenarioIssue(path.appending(index: index).appending("name"), .invalidValue,
                                     expected: "a unique \(what) name",
                                     found: "\(MessageText.quoted(name)), already used by \(path.appending(index: first))")
            }
            firstIndex[name] = index
        }
        return nil
    }

    /// Names for a message: all of up to four, else the first two and `…`;
    /// each cut to ``MessageText/maximumLength`` scalars.
    static func list(_ names: [String]) -> String {
        let shown = (names.count <= 4 ? names : Array(names.prefix(2))).map { MessageText.excerpt($0) }
        return shown.joined(separator: ", ") + (names.count <= 4 ? "" : ", …")
    }

    /// A sum rounded to 9 decimals: `1.1`, `0.9`, `2`.
    static func formatSum(_ sum: Double) -> String {
        let rounded = (sum * 1e9).rounded() / 1e9
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int64(rounded)) : "\(rounded)"
    }
}

/// A broken cross-field rule: where, what was expected and what was found.
struct ScenarioIssue: Sendable {
    var path: ParameterPath
    var problem: ScenarioError.Problem
    var expected: String
    var found: String
    var hint: String

    init(_ path: ParameterPath, _ problem: ScenarioError.Problem, expected: String, found: String, hint: String = "") {
        self.path = path
        self.problem = problem
        self.expected = expected
        self.found = found
        self.hint = hint
    }

    /// The error at `location` (or in `file`); `isDefault` notes that the
    /// value was not written in any file.
    func error(at location: SourceLocation?, file: String, isDefault: Bool) -> ScenarioError {
        ScenarioError(problem, at: location, orIn: file, keyPath: path.description,
                      message: "expected \(expected), found \(found)\(isDefault ? " (the default)" : "")\(hint)")
    }
}
