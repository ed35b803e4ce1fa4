import Testing
@testable import WijkSim

extension Slow {
    /// Stylised facts 1–6 of docs/ODD.md §9, each read on an outcome downstream of its
    /// mechanism (connection, abandonment), on the baseline and the Maassluis preset. Every
    /// fact has one `verdict` function; each test runs it on the fact's worlds, on a negative
    /// control that switches off exactly the named mechanism, and on a breaking parameter set
    /// inside the plausible ranges (where one exists), and expects the verdict to flip.
    /// Replicates are paired (common random numbers), so differences are sharp.
    @Suite("Stylised facts (docs/ODD.md §9)")
    struct StylisedFactsTests {
        typealias S = MetricCatalog.Scalar
        static let replicates = 10

        static func sample(_ s: Scenario) -> ObservedSample { ObservedSample(s, replicates: replicates) }

        // MARK: fact 1

        /// Fact 1 holds when connector-route questions end connected (of those closed) at least
        /// 0.15 more often than each other kind, paired 95% interval above 0.15.
        static func questionsVerdict(_ s: Scenario) -> FactVerdict {
            let o = sample(s)
            let question = o.values(MetricCatalog.roleSuccess(0, direction: 0))
            let gaps = (1...3).map { Estimate.difference(question, o.values(MetricCatalog.roleSuccess($0, direction: 0))) }
            return FactVerdict(holds: gaps.allSatisfy { $0.low > 0.15 },
                               figures: "question \(Estimate(question)); minus signal \(gaps[0]), initiative \(gaps[1]), conflict \(gaps[2])")
        }

        // Would catch: questions routed through departments like the other kinds, a fixer
        // skill that is not used at intake, or a gap made by the metric rather than the flow.
        @Test("1. Questions handled by a connector succeed far more often than requests that need a department")
        func questionsSucceedMoreOften() {
            for world in FactWorld.allCases {
                let fact = Self.questionsVerdict(world.scenario)
                print("fact: " + "\(world): \(fact)")
                #expect(fact.holds, "\(world): \(fact)")
            }
            // Control: the connector settles nothing itself (fixer skill 0): every question goes to a department.
            let control = Self.questionsVerdict(Scenario().with { s in
                for c in s.connectors.indices { s.connectors[c].skills.fixer = 0 }
            })
            print("fact: " + "control (fixer 0): \(control)")
            #expect(!control.holds, "control (fixer 0): \(control)")
            // Breaking set (plausible): every question needs a department (noDepartmentShare.question = 0).
            let breaking = Self.questionsVerdict(Scenario().with { $0.requests.noDepartmentShare.question = 0 })
            print("fact: " + "breaking (noDepartmentShare.question 0): \(breaking)")
            #expect(!breaking.holds, "breaking (noDepartmentShare.question 0): \(breaking)")
        }

        // MARK: fact 2 (demoted: the count is an input)

        /// The downstream part of fact 2: plans that meet resistance mostly reach the connector
        /// as conflicts (call-ins) because departments rarely consult first; holds when more
        /// than half of them arrive as conflicts.
        static func reverseFlowVerdict(_ s: Scenario) -> FactVerdict {
            let o = sample(s)
            let raised = Estimate(o.values(S.conflictsFromPlans)), prevented = Estimate(o.values(S.conflictsPrevented))
            let share = raised.mean / max(1e-9, raised.mean + prevented.mean)
            let contacts = Estimate(o.values(S.contactsByConnectors)), byDepartments = Estimate(o.values(S.contactsByDepartments))
            return FactVerdict(holds: share > 0.5,
                               figures: "conflicts from plans \(raised), prevented \(prevented), share \(share); contacts by connectors \(contacts), by departments \(byDepartments)")
        }

        static func fullyProactive(_ s: Scenario) -> Scenario {
            s.with { s in
                for d in s.departments.indices {
                    s.departments[d].proactiveContactRate = 1
                    s.departments[d].awareness = 1
                }
            }
        }

        // Would catch: consults that do not prevent conflicts, call-ins not raised, and (the
        // documented truth) a count claim that suddenly depends on the consult mechanism.
        @Test("2. Connectors start far more contacts than departments (an input); unconsulted plans come back as conflicts")
        func contactsAreOneDirectional() {
            for world in FactWorld.allCases {
                let fact = Self.reverseFlowVerdict(world.scenario)
                print("fact: " + "\(world): \(fact)")
                #expect(fact.holds, "\(world): \(fact)")
                // Documented truth (docs/ODD.md §9, §8.1): the count ratio is set by volumes, not by
                // the mechanism — fully proactive, fully aware departments still start far fewer contacts.
                let o = Self.sample(Self.fullyProactive(world.scenario))
                let c = Estimate(o.values(S.contactsByConnectors)), d = Estimate(o.values(S.contactsByDepartments))
                print("fact: " + "\(world), mechanism removed: connectors \(c), departments \(d)")
                #expect(c.mean > 5 * d.mean, "\(world), mechanism removed: connectors \(c), departments \(d)")
            }
            // Control = breaking set: no plausible set breaks it (proactiveContactRate ≤ 0.4,
            // awareness ≤ 0.9 keep the consult chance ≤ 0.36); departments that always consult do.
            let control = Self.reverseFlowVerdict(Self.fullyProactive(Scenario()))
            print("fact: " + "control (proactive 1, awareness 1): \(control)")
            #expect(!control.holds, "control (proactive 1, awareness 1): \(control)")
        }

        // MARK: fact 3

        /// Fact 3 holds when the connection rate of requests needing 1 department exceeds that of
        /// 2 by more than 0.1 and that of 2 exceeds 3+ by more than 0.02 (paired intervals).
        static func crossDomainVerdict(_ s: Scenario) -> FactVerdict {
            let o = sample(s)
            let r = (1...3).map { o.values(MetricCatalog.connectionRateByDepartments($0)) }
            let oneTwo = Estimate.difference(r[0], r[1]), twoThree = Estimate.difference(r[1], r[2])
            return FactVerdict(holds: oneTwo.low > 0.1 && twoThree.low > 0.02,
                               figures: "1 dept \(Estimate(r[0])), 2 \(Estimate(r[1])), 3+ \(Estimate(r[2])); 1−2 \(oneTwo), 2−3 \(twoThree)")
        }

        static func integralTable(_ s: inout Scenario) {
            s.interventions.integralTable.enabled = true
            s.interventions.integralTable.startWeek = 0
        }

        // Would catch: a silo factor not applied per extra department, departments deciding
        // jointly without an owner, or cross-domain requests with an owner still stranding.
        @Test("3. Requests needing more departments succeed less often")
        func crossDomainRequestsStrand() {
            for world in FactWorld.allCases {
                let fact = Self.crossDomainVerdict(world.scenario)
                print("fact: " + "\(world): \(fact)")
                #expect(fact.holds, "\(world): \(fact)")
            }
            // Control: no silo penalty and one joint decision (an owner from week 0).
            let control = Self.crossDomainVerdict(Scenario().with { s in
                s.barriers.siloPenalty = 0
                Self.integralTable(&s)
            })
            print("fact: " + "control (silo 0, joint decision): \(control)")
            #expect(!control.holds, "control (silo 0, joint decision): \(control)")
            // Breaking set (plausible): an integral table (kernteam) from the start, default silo reduction 0.8.
            let breaking = Self.crossDomainVerdict(Scenario().with(Self.integralTable))
            print("fact: " + "breaking (integral table from week 0): \(breaking)")
            #expect(!breaking.holds, "breaking (integral table from week 0): \(breaking)")
        }

        // MARK: fact 4

        /// Fact 4 holds when the connector's single-department requests end connected more often
        /// (of those closed) when that department houses the connector: paired gap above 0.05.
        static func homeClusterVerdict(_ s: Scenario) -> FactVerdict {
            let o = sample(s)
            func single(home: Bool) -> (Request, World) -> Bool {
                { r, world in
                    r.route == .connector && !r.fromDepartment && r.connector >= 0 && r.departmentCount == 1
                        && (r.needed.trailingZeroBitCount == world.connectors[Int(r.connector)].homeDepartment) == home
                }
            }
            let home = o.connectedShare(where: single(home: true)), other = o.connectedShare(where: single(home: false))
            let gap = Estimate.difference(home, other)
            return FactVerdict(holds: gap.low > 0.05, figures: "home \(Estimate(home)), other \(Estimate(other)), gap \(gap)")
        }

        // Would catch: the other-cluster penalty applied to the home department, awareness that
        // does not enter acceptance, or a connected share that does not follow acceptance.
        @Test("4. The department housing the connector cooperates more: its requests end connected more often")
        func ownClusterCooperates() {
            for world in FactWorld.allCases {
                let fact = Self.homeClusterVerdict(world.scenario)
                print("fact: " + "\(world): \(fact)")
                #expect(fact.holds, "\(world): \(fact)")
            }
            // Control: no other-cluster penalty and no "extra werk" framing (awareness no longer counts).
            let control = Self.homeClusterVerdict(Scenario().with { s in
                s.barriers.otherClusterPenalty = 0
                s.barriers.extraWorkFraming = 0
            })
            print("fact: " + "control (penalty 0, framing 0): \(control)")
            #expect(!control.holds, "control (penalty 0, framing 0): \(control)")
            // Breaking set (plausible): a small penalty (0.1), weak framing (0.2), and a home department no more aware than the others (0.3).
            let breaking = Self.homeClusterVerdict(Scenario().with { s in
                s.barriers.otherClusterPenalty = 0.1
                s.barriers.extraWorkFraming = 0.2
                s.departments[0].awareness = 0.3
            })
            print("fact: " + "breaking: \(breaking)")
            #expect(!breaking.holds, "breaking: \(breaking)")
        }

        // MARK: fact 5

        /// Residents who gave up while their request still waited in a connector's intake queue.
        static func abandonedAtConnector(_ o: ObservedSample) -> [Double] {
            o.count { r, _ in r.route == .connector && !r.touched && r.closedAs == .abandoned }
        }

        /// Fact 5, its parts on `s`: capacity binds (residents give up in connector queues),
        /// fewer with 36 connector hours, more with visibility alone (initial awareness 0.5).
        static func capacityVerdict(_ s: Scenario) -> (binds: Bool, paradox: Bool, figures: String) {
            let base = sample(s)
            let more = sample(s.with { s in for c in s.connectors.indices { s.connectors[c].hoursPerWeek = max(36, s.connectors[c].hoursPerWeek) } })
            let visible = sample(s.with { $0.residents.initialAwareness = 0.5 })
            let a = abandonedAtConnector(base), m = abandonedAtConnector(more), v = abandonedAtConnector(visible)
            let fewer = Estimate.difference(a, m), paradox = Estimate.difference(v, a)
            let connection = Estimate.difference(visible.values(MetricCatalog.connectionRate(4)), base.values(MetricCatalog.connectionRate(4)))
            return (Estimate(a).low > 1 && fewer.isPositive, paradox.low > 10,
                    "abandoned in connector queues \(Estimate(a)), fewer with 36 h by \(fewer), more with awareness 0.5 by \(paradox); connection rate with awareness 0.5 \(connection)")
        }

        // Would catch: connectors with unlimited hours, queues that do not make residents give
        // up, awareness that does not route requests to connectors.
        @Test("5. Capacity binds: residents give up in connector queues, fewer with hours, more with visibility alone")
        func capacityBinds() {
            let baseline = Self.capacityVerdict(Scenario())
            print("fact: " + "baseline: \(baseline.figures)")
            #expect(baseline.binds && baseline.paradox, "baseline: \(baseline.figures)")
            // Documented truth (docs/ODD.md §9): Maassluis's connectors (3 × 20 h for 35,303
            // residents, app triage) are not full at its own demand; the paradox still holds.
            let maassluis = Self.capacityVerdict(FactWorld.maassluis.scenario)
            print("fact: " + "maassluis: \(maassluis.figures)")
            #expect(!maassluis.binds && maassluis.paradox, "maassluis: \(maassluis.figures)")
            // Control: connector hours far above demand (200 h, outside the file range [0, 80]).
            let control = Self.capacityVerdict(Scenario().with { s in for c in s.connectors.indices { s.connectors[c].hoursPerWeek = 200 } })
            print("fact: " + "control (200 h): \(control.figures)")
            #expect(!control.binds && !control.paradox, "control (200 h): \(control.figures)")
            // Breaking set (plausible): low demand, 0.02 requests per resident per year.
            let breaking = Self.capacityVerdict(Scenario().with { $0.residents.requestsPerYear = 0.02 })
            print("fact: " + "breaking (0.02 requests a year): \(breaking.figures)")
            #expect(!breaking.binds && !breaking.paradox, "breaking (0.02 requests a year): \(breaking.figures)")
        }

        // MARK: fact 6

        /// Fact 6 holds when removing the stigma (so connectors escalate as often as they would)
        /// raises the connector route's connection rate by more than 0.02 (paired interval):
        /// escalation works, and the stigma keeps that gain unused.
        static func escalationVerdict(_ s: Scenario) -> FactVerdict {
            let stigma = sample(s), open = sample(s.with { $0.barriers.escalationStigma = 0 })
            let route = S.connectorRouteConnectionRate
            let gain = Estimate.difference(open.values(route), stigma.values(route))
            return FactVerdict(holds: gain.low > 0.02,
                               figures: "route connection \(Estimate(stigma.values(route))), gain without stigma \(gain); escalation rate \(Estimate(stigma.values(S.escalationRate))) → \(Estimate(open.values(S.escalationRate)))")
        }

        // Would catch: escalations that never take effect, successful escalations that do not
        // end connected, or stigma that does not lower the escalation rate.
        @Test("6. Escalation raises connection but is used less than it could be while stigma is high")
        func escalationIsUnderused() {
            for world in FactWorld.allCases {
                let fact = Self.escalationVerdict(world.scenario)
                print("fact: " + "\(world): \(fact)")
                #expect(fact.holds, "\(world): \(fact)")
            }
            // Control: escalation that never works (success 0 for every portfolio).
            let control = Self.escalationVerdict(Scenario().with {
                $0.council.escalationSuccess = PortfolioValues(none: 0, implicit: 0, one: 0, all: 0)
            })
            print("fact: " + "control (escalation success 0): \(control)")
            #expect(!control.holds, "control (escalation success 0): \(control)")
            // Breaking set (plausible): little stigma (0.4), eager connectors (0.9), weak escalation (0.3) that costs ties (0.3).
            let breaking = Self.escalationVerdict(Scenario().with { s in
                s.barriers.escalationStigma = 0.4
                for c in s.connectors.indices { s.connectors[c].escalationPropensity = 0.9 }
                s.council.escalationSuccess = PortfolioValues(none: 0.3, implicit: 0.3, one: 0.3, all: 0.3)
                s.connectorTeam.tieLossPerEscalation = 0.3
            })
            print("fact: " + "breaking: \(breaking)")
            #expect(!breaking.holds, "breaking: \(breaking)")
        }
    }
}
