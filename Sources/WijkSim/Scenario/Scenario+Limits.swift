/// What the engine can represent and what fits in memory: checked by the
/// loader and, after `--weeks`, `--replicates` and `--jobs` are applied, by the
/// commands, so that no run starts that would trap or exhaust memory.
extension Scenario {
    /// Most departments: a request's department sets are 64-bit masks.
    public static let maximumDepartments = 64
    /// Most neighbourhoods: a request stores its neighbourhood in 16 bits.
    public static let maximumNeighbourhoods = Int(Int16.max)
    /// Most connectors: a request stores its connector in 16 bits.
    public static let maximumConnectors = Int(Int16.max)
    /// Most residents in total: residents are numbered with 32 bits.
    public static let maximumResidents = Int(Int32.max)
    /// Most requests one replicate may raise (estimated): requests are numbered with 32 bits.
    public static let maximumRequests = Int(Int32.max)

    /// The first count the engine cannot represent: departments over
    /// ``maximumDepartments``, neighbourhoods or connectors over their 16-bit
    /// limits, residents over ``maximumResidents``. Costs O(neighbourhoods).
    func representationIssue() -> ScenarioIssue? {
        if departments.count > Self.maximumDepartments {
            return ScenarioIssue(ParameterPath([.key("departments")]), .outOfRange,
                                 expected: "at most \(Self.maximumDepartments) departments (a request's departments are a 64-bit set)",
                                 found: "\(departments.count)")
        }
        let hoodsPath = ParameterPath([.key("municipality"), .key("neighbourhoods")])
        if municipality.neighbourhoods.count > Self.maximumNeighbourhoods {
            return ScenarioIssue(hoodsPath, .outOfRange,
                                 expected: "at most \(Self.maximumNeighbourhoods) neighbourhoods (a request stores its neighbourhood in 16 bits)",
                                 found: "\(municipality.neighbourhoods.count)")
        }
        if connectors.count > Self.maximumConnectors {
            return ScenarioIssue(ParameterPath([.key("connectors")]), .outOfRange,
                                 expected: "at most \(Self.maximumConnectors) connectors (a request stores its connector in 16 bits)",
                                 found: "\(connectors.count)")
        }
        let residents = municipality.neighbourhoods.reduce(0.0) { $0 + Double(max(0, $1.population)) }
        if residents > Double(Self.maximumResidents) {
            return ScenarioIssue(hoodsPath, .outOfRange,
                                 expected: "at most \(Self.maximumResidents) residents in total (residents are numbered with 32 bits)",
                                 found: RunFootprint.format(count: residents))
        }
        return nil
    }

    /// The first reason the scenario, with its run settings as they are, cannot
    /// run: more requests than ``maximumRequests`` (estimated, see ``RunFootprint``)
    /// or an estimated peak memory over `memoryLimit`.
    /// - Parameters:
    ///   - jobs: Worker threads; min(jobs, replicates) replicates are held at once.
    ///   - memoryLimit: Bytes available, normally ``PhysicalMemory/bytes``.
    func runFootprintIssue(jobs: Int, memoryLimit: Double) -> ScenarioIssue? {
        let footprint = RunFootprint(self, jobs: jobs)
        let weeks = "\(run.warmupWeeks) + \(run.weeks) weeks"
        if footprint.requests > Double(Self.maximumRequests) {
            return ScenarioIssue(ParameterPath([.key("residents"), .key("requestsPerYear")]), .outOfRange,
                                 expected: "at most \(Self.maximumRequests) requests in a replicate (requests are numbered with 32 bits)",
                                 found: "about \(RunFootprint.format(count: footprint.requests)) (\(RunFootprint.format(count: footprint.residents)) residents over \(weeks))",
                                 hint: "; fewer residents, fewer requestsPerYear or fewer weeks (--weeks) bring it down")
        }
        if footprint.peakBytes > memoryLimit {
            let residentsDominate = footprint.residentBytes >= footprint.requestBytes
            let path = residentsDominate ? ParameterPath([.key("municipality"), .key("neighbourhoods")]) : ParameterPath([.key("run"), .key("weeks")])
            let atOnce = footprint.concurrentReplicates == 1 ? "1 replicate" : "\(footprint.concurrentReplicates) replicates at once"
            let fewer = footprint.concurrentReplicates > 1 ? ", fewer jobs (--jobs)" : ""
            return ScenarioIssue(path, .outOfRange,
                                 expected: "a run that fits in the \(RunFootprint.format(bytes: memoryLimit)) of memory of this machine",
                                 found: "one that needs about \(RunFootprint.format(bytes: footprint.peakBytes)) (\(RunFootprint.format(count: footprint.residents)) residents, about \(RunFootprint.format(count: footprint.requests)) requests over \(weeks), \(atOnce))",
                                 hint: "; fewer residents, fewer weeks (--weeks)\(fewer) bring it down")
        }
        return nil
    }

    /// Checks that the scenario, as it will run (after `--weeks`, `--replicates`
    /// and `--jobs`), keeps warm-up + recorded weeks within ``maximumTotalWeeks`` and fits
    /// the engine and the machine's memory.
    /// - Parameters:
    ///   - file: The scenario file, named in the error (no line or column).
    ///   - jobs: Worker threads of the run.
    ///   - memoryLimit: Bytes available; the machine's physical memory by default.
    /// - Throws: ``ScenarioError`` (exit 65) naming the key path, the limit and what the run would need.
    public func checkRunFits(file: String, jobs: Int, memoryLimit: Double = PhysicalMemory.bytes) throws(ScenarioError) {
        if let issue = totalWeeksIssue() ?? representationIssue() ?? runFootprintIssue(jobs: jobs, memoryLimit: memoryLimit) {
            throw issue.error(at: nil, file: file, isDefault: false)
        }
    }
}
