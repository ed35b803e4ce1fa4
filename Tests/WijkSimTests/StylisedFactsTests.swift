import Testing
import WijkSim

extension Slow {
    /// The ten stylised facts of docs/ODD.md §9 Stylised facts on the default scenario, each with its
    /// negative control: switch the mechanism off and the fact disappears.
    /// Replicates are paired (common random numbers) so differences are sharp.
    @Suite("Stylised facts (docs/ODD.md §9)")
    struct StylisedFactsTests {
        typealias S = MetricCatalog.Scalar
        static let replicates = 40

        /// Departments without friction: full cooperation, no barriers, no waiting, ample hours and budget.
        static func frictionless(_ base: Scenario) -> Scenario {
            var s = base
            s.barriers = BarrierParameters()
            s.barriers.extraWorkFraming = 0
            s.barriers.otherClusterPenalty = 0
            s.barriers.siloPenalty = 0
            s.barriers.ruleRigidity = 0
            s.barriers.liabilityAversion = 0
            s.barriers.politicalVeto = 0
            for d in s.departments.indices {
                s.departments[d].cooperation = 1
                s.departments[d].hoursPerWeek *= 20
            }
            for c in s.connectors.indices {
                s.connectors[c].initialTie = 1
                s.connectors[c].skills = RoleValues(fixer: 1, bridgeBuilder: 1, entrepreneur: 1, mediator: 1)
                s.connectors[c].hoursPerWeek *= 5
            }
            s.connectorTeam.successorTie = 1
            s.departmentBehaviour.responseWeeks = KindValues(question: 0, signal: 0, initiative: 0, conflict: 0)
            s.council.approvalRate = 1
            s.council.initiativeBudgetPerYear = 1e9
            return s
        }

        @Test("1. Questions succeed far more often than requests that need a department")
        func questionsSucceedMoreOften() {
            let fixer = MetricCatalog.roleSuccess(0, direction: 0)
            let others = (1...3).map { MetricCatalog.roleSuccess($0, direction: 0) }
            let base = ReplicateSample(Scenario(), replicates: Self.replicates)
            for other in others {
                let gap = Estimate.difference(base.values(fixer), base.values(other))
                #expect(gap.low > 0.15, "question vs \(MetricCatalog.scalarNames[other]): \(gap)")
            }
            let control = ReplicateSample(Self.frictionless(Scenario()), replicates: Self.replicates)
            for other in others {
                let gap = Estimate.difference(control.values(fixer), control.values(other))
                #expect(abs(gap.mean) < 0.05, "control, question vs \(MetricCatalog.scalarNames[other]): \(gap)")
            }
        }

        @Test("2. Connectors start far more contacts than departments do")
        func contactsAreOneDirectional() {
            let base = ReplicateSample(Scenario(), replicates: Self.replicates)
            let byConnectors = base.estimate(S.contactsByConnectors), byDepartments = base.estimate(S.contactsByDepartments)
            #expect(byConnectors.mean > 5 * byDepartments.mean, "connectors \(byConnectors), departments \(byDepartments)")
            // Control: departments that consult on every plan, with as many plans as residents have requests.
            var proactive = Scenario()
            for d in proactive.departments.indices {
                proactive.departments[d].proactiveContactRate = 1
                proactive.departments[d].awareness = 1
                proactive.departments[d].plansPerYear = 150
            }
            let control = ReplicateSample(proactive, replicates: Self.replicates)
            let c = control.estimate(S.contactsByConnectors), d = control.estimate(S.contactsByDepartments)
            #expect(d.mean > c.mean, "control: connectors \(c), departments \(d)")
        }

        @Test("3. Requests needing more departments succeed less often")
        func crossDomainRequestsStrand() {
            let one = MetricCatalog.connectionRateByDepartments(1)
            let two = MetricCatalog.connectionRateByDepartments(2)
            let three = MetricCatalog.connectionRateByDepartments(3)
            let base = ReplicateSample(Scenario(), replicates: Self.replicates)
            #expect(Estimate.difference(base.values(one), base.values(two)).low > 0.1)
            #expect(Estimate.difference(base.values(two), base.values(three)).low > 0.02)
            // Control: no silo penalty and an integral table from the start (one joint decision), ample capacity.
            var joint = Scenario()
            joint.barriers.siloPenalty = 0
            joint.interventions.integralTable.enabled = true
            joint.interventions.integralTable.startWeek = 0
            for d in joint.departments.indices { joint.departments[d].hoursPerWeek *= 20 }
            let control = ReplicateSample(joint, replicates: Self.replicates)
            let gap = Estimate.difference(control.values(one), control.values(three))
            #expect(abs(gap.mean) < 0.05, "control: 1 vs 3+ departments \(gap)")
        }

        @Test("4. The department housing the connector cooperates more than others")
        func ownClusterCooperates() {
            let base = ReplicateSample(Scenario(), replicates: Self.replicates)
            let gap = Estimate.difference(base.values(S.homeDepartmentAcceptance), base.values(S.otherDepartmentAcceptance))
            #expect(gap.low > 0.1, "home − other acceptance \(gap)")
            var equal = Scenario()
            equal.barriers.otherClusterPenalty = 0
            equal.barriers.extraWorkFraming = 0
            equal.departmentBehaviour.loadSensitivity = 0
            let control = ReplicateSample(equal, replicates: Self.replicates)
            let controlGap = Estimate.difference(control.values(S.homeDepartmentAcceptance), control.values(S.otherDepartmentAcceptance))
            #expect(abs(controlGap.mean) < 0.03, "control: home − other acceptance \(controlGap)")
        }

        @Test("5. Capacity binds: untouched requests, fewer with hours, more with visibility alone")
        func capacityBinds() {
            let untouched = MetricCatalog.count(.untouched, 4)
            func with(hours: Double? = nil, awareness: Double? = nil, _ base: Scenario = Scenario()) -> ReplicateSample {
                var s = base
                if let hours { for c in s.connectors.indices { s.connectors[c].hoursPerWeek = hours } }
                if let awareness { s.residents.initialAwareness = awareness }
                return ReplicateSample(s, replicates: Self.replicates)
            }
            let base = with()
            #expect(base.estimate(untouched).low > 1, "untouched at default \(base.estimate(untouched))")
            let moreHours = with(hours: 40)
            #expect(Estimate.difference(base.values(untouched), moreHours.values(untouched)).isPositive)
            let visible = with(awareness: 0.5)
            #expect(Estimate.difference(visible.values(untouched), base.values(untouched)).low > 10, "visibility paradox")
            // Control: capacity far above demand — no untouched requests, visible or not.
            let ample = with(hours: 200)
            let ampleVisible = with(hours: 200, awareness: 0.5)
            #expect(ample.estimate(untouched).mean < 0.5)
            #expect(ampleVisible.estimate(untouched).mean < 0.5)
        }

        @Test("6. Escalation raises compliance but is used less than it could be while stigma is high")
        func escalationIsUnderused() {
            let base = ReplicateSample(Scenario(), replicates: Self.replicates)
            var open = Scenario()
            open.barriers.escalationStigma = 0
            let noStigma = ReplicateSample(open, replicates: Self.replicates)
            let rate = base.estimate(S.escalationRate), openRate = noStigma.estimate(S.escalationRate)
            #expect(openRate.mean > 2 * rate.mean, "escalation rate with stigma \(rate), without \(openRate)")
            #expect(base.estimate(S.escalatedComplianceRate).low > 0.3)
            let route = S.connectorRouteConnectionRate
            #expect(Estimate.difference(noStigma.values(route), base.values(route)).isPositive, "more escalation, more connection")
            // Control: escalation that never works — using it more no longer helps.
            var futile = Scenario()
            futile.council.escalationSuccess = PortfolioValues(none: 0, implicit: 0, one: 0, all: 0)
            var futileOpen = futile
            futileOpen.barriers.escalationStigma = 0
            let a = ReplicateSample(futile, replicates: Self.replicates), b = ReplicateSample(futileOpen, replicates: Self.replicates)
            #expect(a.estimate(S.escalatedComplianceRate).mean == 0)
            let gain = Estimate.difference(b.values(route), a.values(route))
            #expect(gain.mean < 0.005, "control: no gain from escalating \(gain)")
        }
    }
}
