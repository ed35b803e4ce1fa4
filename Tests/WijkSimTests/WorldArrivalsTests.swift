import Testing
@testable import WijkSim

/// Phase 2, `World+Arrivals.swift` (docs/ODD.md §3.4.7–3.4.9): the candidate process and its
/// thinning by trust, the cap on open requests, the kind mix, the departments a request needs,
/// patience, and routing to a connector or the general channel. Only `raiseRequests` /
/// `raiseRequest` run: nothing closes, so every raised request is still in the store.
@Suite("World arrivals")
struct WorldArrivalsTests {
    /// Raises the requests of weeks 0 ..< `weeks` (no other phase) and returns the candidates
    /// seen in the calendar, week by week.
    static func raiseWeeks(_ weeks: Int, in world: inout World) -> [[Int]] {
        var seen: [[Int]] = []
        for t in 0..<weeks {
            world.week = t
            seen.append(EngineWorld.candidates(in: &world))
            world.raiseRequests()
        }
        return seen
    }

    // Catches a yearly rate not divided by 52, a candidate rate without (1 + w), thinning by m(τ) not
    // divided by 1 + w, or a first-ask pool whose superposition is not that of the residents' own
    // processes (e.g. activity from its prior instead of its posterior after the first ask, which
    // makes repeat askers too rare).
    @Test("requests per week = N · E[1 − exp(−λ)] · m(τ)/(1 + w) over many weeks, λ = λ₀ · Gamma(k, 1/k), within 4σ")
    func weeklyRate() {
        let weeks = 60, n = 2_000
        for shape in [1.0, 0.3] {
            let scenario = EngineWorld.scenario(residents: n, weeks: weeks) {
                $0.residents.requestsPerYear = 2
                $0.residents.activityShape = shape
                $0.residents.trustMean = 0.5
                $0.residents.trustSpread = 0
                $0.residents.initialAwareness = 0
                $0.residents.maxOpenRequests = 100
            }
            var world = EngineWorld.world(scenario, seed: 7)
            let w = scenario.residents.trustEffectOnAsking
            let rate = 2.0 / 52 * (1 + w)
            // E[exp(−s · a)] for a ~ Gamma(k, 1/k).
            func laplace(_ s: Double) -> Double { PortableMath.exp(-shape * PortableMath.log1p(s / shape)) }
            let p = 1 - laplace(rate), p2 = 1 - 2 * laplace(rate) + laplace(2 * rate)
            let accept = (1 - w + 2 * w * 0.5) / (1 + w)   // trust 0.5: m = 1
            let expected = Double(n * weeks) * p * accept
            // Per resident: binomial given the activity (variance ≤ mean) plus the spread of its mean.
            let variance = expected + Double(n) * Double(weeks * weeks) * accept * accept * (p2 - p * p)
            _ = Self.raiseWeeks(weeks, in: &world)
            let raised = Double(world.tally.raised.reduce(0, +))
            #expect(abs(raised - expected) < 4 * variance.squareRoot(), "shape \(shape): raised \(raised), expected \(expected)")
            #expect(raised > 2_000, "the check is not vacuous")
        }
    }

    // Catches thinning that ignores the resident's current trust, or a candidate process that depends on trust.
    @Test("at trust 1 every candidate becomes a request, at trust 0 a third of them (w = 0.5)")
    func thinningByTrust() {
        let weeks = 40
        let scenario = EngineWorld.scenario(residents: 1_500, weeks: weeks) {
            $0.residents.requestsPerYear = 3
            $0.residents.maxOpenRequests = 100
            $0.residents.initialAwareness = 0
        }
        func run(trust: Float) -> (candidates: Int, raised: Int) {
            var world = EngineWorld.world(scenario, seed: 3)
            for i in 0..<world.residents.count { EngineWorld.setTrust(i, to: trust, in: &world) }
            let seen = Self.raiseWeeks(weeks, in: &world)
            return (seen.reduce(0) { $0 + $1.count }, world.tally.raised.reduce(0, +))
        }
        let high = run(trust: 1), low = run(trust: 0), middle = run(trust: 0.5)
        #expect(high.candidates == low.candidates && low.candidates == middle.candidates,
                "the candidate process does not depend on trust")
        #expect(high.raised == high.candidates)
        let n = high.candidates
        #expect(n > 2_000)
        #expect(abs(Double(low.raised) - Double(n) / 3) < EngineWorld.binomialTolerance(n: n, p: 1.0 / 3))
        #expect(abs(Double(middle.raised) - Double(n) * 2 / 3) < EngineWorld.binomialTolerance(n: n, p: 2.0 / 3))
    }

    // Catches an open-request cap tested with ≤ instead of <, or not tested at all.
    @Test("with maxOpenRequests 1 and nothing closing, each resident raises exactly one request once it has a candidate")
    func openRequestCap() {
        let weeks = 50
        let scenario = EngineWorld.scenario(residents: 400, weeks: weeks) {
            $0.residents.requestsPerYear = 6
            $0.residents.maxOpenRequests = 1
        }
        var world = EngineWorld.world(scenario, seed: 5)
        for i in 0..<world.residents.count { EngineWorld.setTrust(i, to: 1, in: &world) }
        let seen = Self.raiseWeeks(weeks, in: &world)
        let askers = Set(seen.joined())
        #expect(seen.reduce(0) { $0 + $1.count } > askers.count, "some residents had several candidates")
        #expect(world.tally.raised.reduce(0, +) == askers.count)
        #expect(world.residents.flags.indices.allSatisfy { world.residents.openRequests(slot: $0) <= 1 })
    }

    // Catches kind thresholds that are not cumulative (e.g. u < mix.signal for signals).
    @Test("kinds follow requests.mix (0.1, 0.2, 0.3, 0.4) within 4σ")
    func kindMix() {
        let n = 4_000
        let scenario = EngineWorld.scenario(residents: n) {
            $0.requests.mix = KindValues(question: 0.1, signal: 0.2, initiative: 0.3, conflict: 0.4)
        }
        var world = EngineWorld.world(scenario)
        for i in 0..<n { world.raiseRequest(resident: i, kind: nil, department: -1, origin: 0) }
        for (kind, share) in scenario.requests.mix.array.enumerated() {
            let count = Double(world.tally.raised[kind])
            #expect(abs(count - share * Double(n)) < EngineWorld.binomialTolerance(n: n, p: share), "kind \(kind): \(count)")
        }
    }

    // Catches a department count that ignores departmentCountShares, or departments drawn uniformly, not by requestWeight.
    @Test("departments needed: k by departmentCountShares, distinct, weighted by requestWeight")
    func departmentsNeeded() {
        let n = 4_000
        let scenario = EngineWorld.scenario(residents: n) {
            $0.departments = [EngineWorld.department("D", weight: 2), EngineWorld.department("E"), EngineWorld.department("F")]
            $0.requests.departmentCountShares = [0.5, 0.3, 0.2]
            $0.requests.noDepartmentShare = KindValues(question: 0.25, signal: 0, initiative: 0, conflict: 0)
            $0.residents.initialAwareness = 1
        }
        var world = EngineWorld.world(scenario)
        for i in 0..<n { EngineWorld.raise(.question, resident: i, in: &world) }
        var byCount = [0, 0, 0, 0], singleAtFirst = 0
        for request in world.requests {
            byCount[request.departmentCount] += 1
            if request.needed == 1 { singleAtFirst += 1 }
            #expect(request.needed >> 3 == 0, "only the three departments")
        }
        let tolerance = EngineWorld.binomialTolerance
        #expect(abs(Double(byCount[0]) - 0.25 * Double(n)) < tolerance(n, 0.25, 4))
        let some = n - byCount[0]
        for (k, share) in [0.5, 0.3, 0.2].enumerated() {
            #expect(abs(Double(byCount[k + 1]) - share * Double(some)) < tolerance(some, share, 4), "\(k + 1) departments")
        }
        // One department: D with weight 2 of 4.
        #expect(abs(Double(singleAtFirst) - 0.5 * Double(byCount[1])) < tolerance(byCount[1], 0.5, 4))
    }

    // Catches patience rounded down or to nearest instead of up, or a deadline not capped at T + 1.
    @Test("deadline = min(T + 1, t + ⌈Exp(patience)⌉): mean gap 1/(1 − e^(−1/4)) at patience 4")
    func patience() {
        let n = 4_000
        let capped = EngineWorld.scenario(residents: 20, weeks: 10)
        var world = EngineWorld.world(capped, week: 3)
        for i in 0..<20 { EngineWorld.raise(.signal, resident: i, in: &world) }
        #expect(world.requests.allSatisfy { $0.deadlineWeek == Int32(world.totalWeeks + 1) })

        let scenario = EngineWorld.scenario(residents: n, weeks: 1_000) {
            $0.residents.patienceWeeks = KindValues(question: 4, signal: 4, initiative: 4, conflict: 4)
        }
        var short = EngineWorld.world(scenario, week: 2)
        for i in 0..<n { EngineWorld.raise(.signal, resident: i, in: &short) }
        let gaps = short.requests.map { Double($0.deadlineWeek - $0.raisedWeek) }
        let mean = gaps.reduce(0, +) / Double(n)
        let expected = 1 / (1 - PortableMath.exp(-0.25))   // E⌈Exp(4)⌉ ≈ 4.52; ⌊⌋ ≈ 3.52, round ≈ 4.0
        #expect(abs(mean - expected) < 0.25, "mean gap \(mean)")
        #expect(gaps.allSatisfy { $0 >= 1 })
    }

    // Catches routing unaware residents to a connector, or aware ones past it.
    @Test("aware residents wait in the connector's queue; unaware ones go to the general channel, handed over at once")
    func routing() {
        let n = 300
        for aware in [true, false] {
            let scenario = EngineWorld.scenario(residents: n) {
                $0.residents.initialAwareness = aware ? 1 : 0
                $0.requests.noDepartmentShare = KindValues(question: 1, signal: 1, initiative: 1, conflict: 1)
            }
            var world = EngineWorld.world(scenario)
            for i in 0..<n { EngineWorld.raise(.question, resident: i, in: &world) }
            if aware {
                #expect(world.connectors[0].backlog == n)
                #expect(world.connectors[0].queues[RequestKind.question.rawValue].count == n)
                #expect(world.requests.allSatisfy { $0.route == .connector && $0.stage == .atConnector && !$0.touched && $0.needed == 0 })
                #expect(world.pendingDecisions.isEmpty)
                #expect(world.tally.untouchedOpen[0] == n)
            } else {
                #expect(world.connectors[0].backlog == 0)
                // Needing no department, the front office forwards each to one.
                #expect(world.requests.allSatisfy { $0.route == .general && $0.stage == .atDepartments && $0.touched && $0.needed == 1 })
                #expect(world.pendingDecisions.count == n)
                #expect(world.tally.untouchedOpen[0] == 0)
            }
        }
    }

    // Catches a connector choice that always takes the first connector instead of the least loaded.
    @Test("two connectors serving a neighbourhood share its requests: backlogs never differ by more than 1")
    func leastLoadedConnector() {
        let scenario = EngineWorld.scenario(residents: 101) {
            var second = $0.connectors[0]
            second.name = "C2"
            $0.connectors.append(second)
            $0.residents.initialAwareness = 1
        }
        var world = EngineWorld.world(scenario)
        for i in 0..<101 {
            EngineWorld.raise(.signal, resident: i, in: &world)
            #expect(abs(world.connectors[0].backlog - world.connectors[1].backlog) <= 1)
        }
        #expect(world.connectors[0].backlog == 51 && world.connectors[1].backlog == 50, "ties go to the lower id")
    }
}
