import Testing
@testable import WijkSim

/// Small constructed worlds for the engine phase tests (`World*Tests.swift`): each test
/// starts from ``scenario(residents:weeks:_:)``, changes what its phase reads, and then calls
/// the phase's methods one at a time, so that nothing but that phase moves the state it checks.
enum EngineWorld {
    /// One neighbourhood "N" of `residents` residents, one department "D" (40 hours a week,
    /// no plans) that houses one connector "C" (24 hours, serves N), one department per
    /// request, no turnover, no outreach, patience of a million weeks, no interventions;
    /// then `change`. The result is checked with `Scenario.validate` (a test that means to
    /// leave the valid space says so with `validated: false`), so every test runs a scenario
    /// a user could run.
    static func scenario(
        residents: Int = 10, weeks: Int = 10, validated: Bool = true,
        _ change: (inout Scenario) -> Void = { _ in }
    ) -> Scenario {
        var s = Scenario()
        s.name = "engine-test"
        s.run.weeks = weeks
        s.run.warmupWeeks = 0
        s.municipality.neighbourhoods = [NeighbourhoodParameters(name: "N", population: residents, cohesion: 0.5)]
        var department = DepartmentParameters(name: "D", hoursPerWeek: 40, awareness: 0.3, requestWeight: 1)
        department.plansPerYear = 0
        s.departments = [department]
        var connector = ConnectorParameters()
        connector.name = "C"
        connector.neighbourhoods = ["N"]
        connector.homeDepartment = "D"
        s.connectors = [connector]
        s.requests.departmentCountShares = [1]
        s.barriers.staffTurnoverPerYear = 0
        s.residents.outreachPerYear = 0
        s.residents.patienceWeeks = KindValues(question: 1e6, signal: 1e6, initiative: 1e6, conflict: 1e6)
        change(&s)
        if validated {
            do {
                try s.validate(file: "engine-test")
            } catch {
                Issue.record("the constructed scenario is not valid: \(error)")
            }
        }
        return s
    }

    /// A department named `name` with `hours` a week, no plans, the template's other values.
    static func department(_ name: String, hours: Double = 40, awareness: Double = 0.3, weight: Double = 1) -> DepartmentParameters {
        var d = DepartmentParameters(name: name, hoursPerWeek: hours, awareness: awareness, requestWeight: weight)
        d.plansPerYear = 0
        return d
    }

    /// A world of `scenario` whose week `week` has started: the effective parameters of that
    /// week are in force (interventions applied, misroute probability derived) and the
    /// connectors have their hours; no other phase has run.
    static func world(_ scenario: Scenario, seed: UInt64 = 1, week: Int = 0) -> World {
        var world = World(scenario: scenario, seed: seed)
        world.week = week
        world.effective = world.applyInterventions()
        world.openConnectorWeek()
        return world
    }

    /// Candidate asks of the world's current week (the list `raiseRequests` walks, with this
    /// week's first asks drawn into it first), as resident ids, without raising anything.
    static func candidates(in world: inout World) -> [Int] {
        world.drawFirstAsks()
        var found: [Int] = []
        var i = world.bucketHead[world.week]
        while i >= 0 {
            found.append(world.residents.id(ofSlot: Int(i)))
            i = world.residents.nextInBucket[Int(i)]
        }
        return found
    }

    /// Raises a request of `kind` for `resident` (a resident's own ask, origin 0 unless given)
    /// and returns its id.
    @discardableResult
    static func raise(_ kind: RequestKind, resident: Int, in world: inout World, origin: Int = 0) -> Int {
        world.raiseRequest(resident: resident, kind: kind, department: -1, origin: origin)
        return world.requests.count - 1
    }

    /// Makes resident `i` aware of the connector (keeping the aware counts right).
    static func makeAware(_ i: Int, in world: inout World) {
        world.makeAware(i)
    }

    /// Makes resident `i` unaware of the connector (keeping the aware counts right).
    static func makeUnaware(_ i: Int, in world: inout World) {
        guard world.resolveAwareness(i) else { return }
        world.residents.setAwareness(i, false)
        world.awareCount -= 1
        world.hoodAware[world.residents.neighbourhood(of: i)] -= 1
    }

    /// Sets resident `i`'s trust (materialising it and drawing its initial trust first), keeping
    /// the running trust sums right.
    static func setTrust(_ i: Int, to value: Float, in world: inout World) {
        let slot = world.materialise(i)
        world.knowTrust(slot: slot)
        world.setTrust(slot: slot, to: Double(value))
    }

    /// Resident `i`'s trust now (materialising it and drawing its initial trust if need be).
    static func trust(_ i: Int, in world: inout World) -> Float {
        let slot = world.materialise(i)
        world.knowTrust(slot: slot)
        return world.residents.trust[slot]
    }

    /// Whether resident `i` is aware (its awareness drawn from the urn if it was latent).
    static func isAware(_ i: Int, in world: inout World) -> Bool {
        world.resolveAwareness(i)
    }

    /// Counted requests closed with `outcome`, all kinds.
    static func closed(_ outcome: Outcome, in world: World) -> Int {
        (0..<RequestKind.count).reduce(0) { $0 + world.tally.outcomeCount($1, outcome) }
    }

    /// The `k`-sigma half-width of a binomial count with `n` trials and probability `p`.
    static func binomialTolerance(n: Int, p: Double, sigmas: Double = 4) -> Double {
        sigmas * (Double(n) * p * (1 - p)).squareRoot()
    }
}
