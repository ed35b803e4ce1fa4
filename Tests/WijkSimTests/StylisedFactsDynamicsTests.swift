import Testing
import WijkSim

extension Slow {
    /// Stylised facts 7–10 of docs/ODD.md §9 (interventions over time, trust, time to
    /// result), each with its negative control. Paired replicates (common random numbers).
    @Suite("Stylised facts over time (docs/ODD.md §9)")
    struct StylisedFactsDynamicsTests {
        typealias S = MetricCatalog.Scalar
        typealias W = MetricCatalog.Weekly
        static let replicates = 40

        static func withManager(weeks: Int, endWeek: Int = 0, hours: Double = 24, documented: Bool = false) -> Scenario {
            var s = Scenario()
            s.run.weeks = weeks
            s.interventions.transitionManager.enabled = true
            s.interventions.transitionManager.startWeek = 13
            s.interventions.transitionManager.endWeek = endWeek
            s.interventions.transitionManager.hoursPerWeek = hours
            if documented { s = Self.documented(s) }
            return s
        }

        static func documented(_ base: Scenario) -> Scenario {
            var s = base
            s.interventions.documentedRole.enabled = true
            s.interventions.documentedRole.startWeek = 13
            return s
        }

        static func plain(weeks: Int) -> Scenario {
            var s = Scenario()
            s.run.weeks = weeks
            return s
        }

        @Test("7. A transition manager raises connection success after a lag; part fades after it leaves unless embedded")
        func transitionManagerLagAndFade() {
            let rate = W.connectorRouteConnectionRate
            let base = ReplicateSample(Self.plain(weeks: 208), replicates: Self.replicates)
            let stays = ReplicateSample(Self.withManager(weeks: 208), replicates: Self.replicates)
            let early = Estimate.difference(stays.windowMeans(rate, weeks: 14...26), base.windowMeans(rate, weeks: 14...26))
            let late = Estimate.difference(stays.windowMeans(rate, weeks: 79...130), base.windowMeans(rate, weeks: 79...130))
            #expect(late.low > 0.02, "effect while in post, weeks 79-130: \(late)")
            #expect(late.mean > 2 * early.mean, "lag: early \(early) vs late \(late)")

            // Leaves at week 130: the gain fades unless the role was embedded (documented role).
            let leaves = ReplicateSample(Self.withManager(weeks: 208, endWeek: 130), replicates: Self.replicates)
            let after = Estimate.difference(leaves.windowMeans(rate, weeks: 170...208), base.windowMeans(rate, weeks: 170...208))
            let during = Estimate.difference(leaves.windowMeans(rate, weeks: 79...130), base.windowMeans(rate, weeks: 79...130))
            #expect(after.mean < 0.6 * during.mean, "fade: during \(during), after \(after)")
            let documentedBase = ReplicateSample(Self.documented(Self.plain(weeks: 208)), replicates: Self.replicates)
            let embedded = ReplicateSample(Self.withManager(weeks: 208, endWeek: 130, documented: true), replicates: Self.replicates)
            // What is kept is the manager's influence on departments; embedding keeps a share of it.
            let awareness = S.meanDepartmentAwareness
            let kept = Estimate.difference(embedded.values(awareness), documentedBase.values(awareness))
            let lost = Estimate.difference(leaves.values(awareness), base.values(awareness))
            #expect(kept.mean > lost.mean + 0.05, "embedded keeps more awareness: embedded \(kept), not embedded \(lost)")

            // Control: a manager with no hours has no effect at any time.
            let idle = ReplicateSample(Self.withManager(weeks: 208, hours: 0), replicates: Self.replicates)
            let none = Estimate.difference(idle.windowMeans(rate, weeks: 79...130), base.windowMeans(rate, weeks: 79...130))
            #expect(abs(none.mean) < 0.005, "control: idle manager \(none)")
        }

        @Test("8. Publicity without a documented role does little; with it, more")
        func publicityNeedsARole() {
            func scenario(publicity: Bool, role: Bool, dependence: Double = 1) -> Scenario {
                var s = Scenario()
                s.interventions.publicity.enabled = publicity
                s.interventions.publicity.roleDependence = dependence
                if role { s = StylisedFactsDynamicsTests.documented(s) }
                return s
            }
            let metric = S.meanDepartmentAwareness
            func effects(dependence: Double) -> (alone: Estimate, withRole: Estimate) {
                let none = ReplicateSample(scenario(publicity: false, role: false), replicates: Self.replicates)
                let publicity = ReplicateSample(scenario(publicity: true, role: false, dependence: dependence), replicates: Self.replicates)
                let role = ReplicateSample(scenario(publicity: false, role: true), replicates: Self.replicates)
                let both = ReplicateSample(scenario(publicity: true, role: true, dependence: dependence), replicates: Self.replicates)
                return (Estimate.difference(publicity.values(metric), none.values(metric)),
                        Estimate.difference(both.values(metric), role.values(metric)))
            }
            let fact = effects(dependence: 1)
            #expect(fact.withRole.mean > 2.5 * fact.alone.mean, "publicity alone \(fact.alone), with a role \(fact.withRole)")
            #expect(fact.withRole.isPositive)
            // Control: publicity that works regardless of role clarity — the role no longer matters.
            let control = effects(dependence: 0)
            let ratio = control.withRole.mean / control.alone.mean
            #expect(ratio > 0.75 && ratio < 1.33, "control: alone \(control.alone), with a role \(control.withRole)")
        }

        @Test("9. Trust falls where requests strand or get no answer, rises with connectors; losses weigh more")
        func trustAsymmetry() {
            let base = ReplicateSample(Scenario(), replicates: Self.replicates)
            #expect(base.estimate(S.trustChangePerConnectorRequest).isPositive, "\(base.estimate(S.trustChangePerConnectorRequest))")
            #expect(base.estimate(S.trustChangePerGeneralRequest).high < 0, "\(base.estimate(S.trustChangePerGeneralRequest))")
            let loss = base.estimate(S.meanTrustLossPerFailure).mean, gain = base.estimate(S.meanTrustGainPerSuccess).mean
            // Control 1: losses weigh as much as gains — the asymmetry shrinks.
            var symmetric = Scenario()
            symmetric.trust.lossOnFailure = symmetric.trust.gainOnSuccess
            let even = ReplicateSample(symmetric, replicates: Self.replicates)
            let evenRatio = even.estimate(S.meanTrustLossPerFailure).mean / even.estimate(S.meanTrustGainPerSuccess).mean
            #expect(loss / gain > 1.3 * evenRatio, "loss/gain \(loss / gain) vs symmetric \(evenRatio)")
            // Control 2: experiences do not move trust — no rise, no fall.
            var inert = Scenario()
            inert.trust.gainOnSuccess = 0
            inert.trust.lossOnFailure = 0
            inert.trust.contactGain = 0
            let flat = ReplicateSample(inert, replicates: Self.replicates)
            #expect(flat.estimate(S.trustChange).mean == 0)
            #expect(flat.estimate(S.trustChangePerConnectorRequest).mean == 0)
            #expect(flat.estimate(S.trustChangePerGeneralRequest).mean == 0)
        }

        @Test("10. Time to result is right-skewed and grows with load")
        func timeToResultSkewAndLoad() {
            let mean = MetricCatalog.timeToResult(0, 4), median = MetricCatalog.timeToResult(1, 4), p90 = MetricCatalog.timeToResult(2, 4)
            let base = ReplicateSample(Scenario(), replicates: Self.replicates)
            #expect(Estimate.difference(base.values(mean), base.values(median)).isPositive, "mean above median")
            #expect(Estimate.difference(base.values(p90), base.values(median)).low > 1, "long right tail")
            func loaded(_ s: Scenario) -> Scenario {
                var s = s
                s.residents.requestsPerYear *= 2
                for c in s.connectors.indices { s.connectors[c].hoursPerWeek *= 2 }
                return s
            }
            let heavy = ReplicateSample(loaded(Scenario()), replicates: Self.replicates)
            let factGrowth = Estimate.difference(heavy.values(mean), base.values(mean))
            #expect(factGrowth.low > 0.1, "grows with load: \(factGrowth)")
            // Control: departments with capacity far above demand — load no longer lengthens the wait.
            var ample = Scenario()
            for d in ample.departments.indices { ample.departments[d].hoursPerWeek *= 20 }
            let ampleBase = ReplicateSample(ample, replicates: Self.replicates)
            let ampleHeavy = ReplicateSample(loaded(ample), replicates: Self.replicates)
            let growth = Estimate.difference(ampleHeavy.values(mean), ampleBase.values(mean))
            #expect(abs(growth.mean) < 0.3 * factGrowth.mean, "control: \(growth) vs \(factGrowth)")
        }
    }
}
