/// The complete state of one replicate: residents, requests, connectors,
/// departments, council and transition manager, plus its random streams.
///
/// `step()` advances one week in the order of docs/ODD.md §1.3 Process overview and
/// scheduling; each phase lives in
/// its own `World+Phase.swift` file. A `World` is owned by one thread.
struct World {
    let scenario: Scenario
    /// The scenario's interventions in the order the week applies them
    /// (``InterventionParameters/inScheduleOrder``).
    let interventionSchedule: [any Intervention]
    /// Weeks simulated in total (warm-up + recorded).
    let totalWeeks: Int
    let warmupWeeks: Int
    /// Current week (absolute, 0-based).
    var week = 0
    var rng: RandomStreams
    var residents: ResidentPopulation
    /// Arrival calendar: first resident whose next candidate ask falls in each week, or -1.
    var bucketHead: [Int32]
    var requests: [Request] = []
    /// Ids of open requests (order of raising; compacted weekly).
    var openRequests: [Int32] = []
    var connectors: [ConnectorState] = []
    /// Connector ids serving each neighbourhood.
    var connectorsByNeighbourhood: [[Int]]
    var departments: [DepartmentState] = []
    /// Cumulative request weights of departments (for drawing the departments a request needs).
    var departmentWeights: [Double]
    /// Hand-overs awaiting a department decision, with the week it falls due.
    var pendingDecisions: [PendingDecision] = []
    var escalations: [PendingEscalation] = []
    var councilQueue: [Int32] = []
    var councilBudget: Double
    /// Round-robin position of the transition manager.
    var managerCursor = 0
    /// Whether the transition manager has left (its floors are set).
    var managerLeft = false
    var effective = EffectiveParameters()
    var tally: Tally
    /// The per-neighbourhood, per-connector and per-department counts (``UnitTally``).
    var unitTally: UnitTally
    /// What is known about the residents without a record (docs/ODD.md §3.2).
    var untouched: UntouchedResidents
    /// Σ over every trust update of (after − before): the change of the population's total trust
    /// since week 0 (a running sum, so it drifts by rounding as any running sum).
    var trustChange = 0.0
    /// Σ initial trust over all residents (drawn at set-up, §3.2).
    var initialTrustTotal = 0.0
    /// Aware residents, in all and per neighbourhood (latent ones included).
    var awareCount = 0
    var hoodAware: [Int]
    /// Recorded weekly metrics, row-major.
    var weekly: [Double]
    /// When true, conservation and ranges are checked every week (tests).
    var checksInvariants = false
    /// Fewest stored requests before the store is compacted (0 = whenever worthwhile; tests).
    var compactionMinimum = World.defaultCompactionMinimum
    static let defaultCompactionMinimum = 4096

    init(scenario: Scenario, seed: UInt64) {
        self.init(scenario: scenario, seed: seed, arena: ReplicateArena())
    }

    /// A replicate at week 0 built in `arena`'s buffers (``ReplicateArena``): the same state
    /// as a fresh one.
    init(scenario: Scenario, seed: UInt64, arena: consuming ReplicateArena) {
        self.scenario = scenario
        interventionSchedule = scenario.interventions.inScheduleOrder
        warmupWeeks = scenario.run.warmupWeeks
        totalWeeks = scenario.run.warmupWeeks + scenario.run.weeks
        rng = RandomStreams(replicateSeed: seed)
        tally = Tally(weeks: totalWeeks)
        unitTally = UnitTally(hoods: scenario.municipality.neighbourhoods.count, connectors: scenario.connectors.count,
                              departments: scenario.departments.count)
        weekly = Array(repeating: 0, count: scenario.run.weeks * MetricCatalog.weeklyNames.count)
        councilBudget = scenario.council.initiativeBudgetPerYear

        let hoods = scenario.municipality.neighbourhoods
        let populations = hoods.map(\.population)
        // Moved out of the arena, so that the buffers are unique and reset in place.
        var store = arena.residents.take() ?? ResidentPopulation(populations: [])
        store.reset(populations: populations)
        residents = consume store
        var requestStore = arena.requests
        arena.requests = []
        requestStore.removeAll(keepingCapacity: true)
        requests = consume requestStore
        untouched = UntouchedResidents(populations: populations, parameters: scenario.residents)
        hoodAware = Array(repeating: 0, count: hoods.count)
        bucketHead = Array(repeating: -1, count: totalWeeks + 1)

        let departmentIndex = Dictionary(uniqueKeysWithValues: scenario.departments.enumerated().map { ($1.name, $0) })
        let hoodIndex = Dictionary(uniqueKeysWithValues: hoods.enumerated().map { ($1.name, $0) })
        departments = scenario.departments.map {
            DepartmentState(parameters: $0, extraWorkFraming: scenario.barriers.extraWorkFraming)
        }
        var cumulative = 0.0
        departmentWeights = scenario.departments.map { cumulative += $0.requestWeight; return cumulative }
        connectorsByNeighbourhood = Array(repeating: [], count: hoods.count)
        for (id, parameters) in scenario.connectors.enumerated() {
            let served = parameters.neighbourhoods.isEmpty
                ? Array(hoods.indices) : parameters.neighbourhoods.map { hoodIndex[$0]! }
            for hood in served { connectorsByNeighbourhood[hood].append(id) }
            connectors.append(ConnectorState(
                parameters: parameters, homeDepartment: departmentIndex[parameters.homeDepartment] ?? 0,
                neighbourhoods: served, departmentCount: departments.count,
                mandateBudget: scenario.interventions.connectorMandate.budgetPerYear))
        }
        initialiseResidents()
    }

    /// Hands this replicate's buffers over for the next one (the world keeps empty ones).
    mutating func takeArena() -> ReplicateArena {
        let arena = ReplicateArena(residents: residents, requests: requests)
        residents = ResidentPopulation(populations: [])
        requests = []
        return arena
    }
}

extension DepartmentState {
    /// - Parameter extraWorkFraming: `barriers.extraWorkFraming`, for the start attitude.
    init(parameters p: DepartmentParameters, extraWorkFraming: Double) {
        self.init(
            hoursPerWeek: p.hoursPerWeek, cooperation: p.cooperation, awareness: p.awareness,
            baseAwareness: p.awareness, ruleFlexibility: p.ruleFlexibility,
            proactiveContactRate: p.proactiveContactRate, plansPerWeek: p.plansPerYear / Double(EngineConstants.weeksPerYear),
            influence: 0, influenceFloor: 0, priorityQueue: FIFOQueue(), queue: FIFOQueue(),
            backlogHours: 0,
            startAttitude: DepartmentState.attitude(cooperation: p.cooperation, awareness: p.awareness,
                                                    extraWorkFraming: extraWorkFraming))
    }
}

extension ConnectorState {
    init(parameters p: ConnectorParameters, homeDepartment: Int, neighbourhoods: [Int],
         departmentCount: Int, mandateBudget: Double) {
        let weights = p.emphasis.array
        let total = weights.reduce(0, +)
        let normalised = total > 0 ? weights.map { $0 / total } : [0.25, 0.25, 0.25, 0.25]
        // Stable order: higher emphasis first, ties by kind order.
        let order = (0..<4).sorted { normalised[$0] > normalised[$1] || (normalised[$0] == normalised[$1] && $0 < $1) }
        self.init(
            hoursPerWeek: p.hoursPerWeek, startWeek: p.startWeek, homeDepartment: homeDepartment,
            skills: p.skills,
            emphasis: normalised, emphasisOrder: order, escalationPropensity: p.escalationPropensity,
            ties: Array(repeating: p.initialTie, count: departmentCount), neighbourhoods: neighbourhoods,
            queues: Array(repeating: FIFOQueue<Int32>(), count: 4), vacantUntil: -1, hoursLeft: 0,
            followUpCoverage: 1, followUpLoad: 0, mandateBudget: mandateBudget, backlog: 0)
    }
}
