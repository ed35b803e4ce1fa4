import Testing
@testable import WijkSim

extension Slow {
    /// Stylised facts 7–10 of docs/ODD.md §9 (interventions over time, trust, time to
    /// result), each read on an outcome downstream of its mechanism (weekly connection rates,
    /// residents' trust per neighbourhood and by how their request ended, time to result),
    /// on the baseline and the Maassluis preset, with a negative control that switches off
    /// exactly the named mechanism and a breaking parameter set inside the plausible ranges.
    /// Paired replicates (common random numbers).
    @Suite("Stylised facts over time (docs/ODD.md §9)")
    struct StylisedFactsDynamicsTests {
        typealias S = MetricCatalog.Scalar
        typealias W = MetricCatalog.Weekly
        static let replicates = 10
        /// Fact 7's replicates: at the calibrated request volume (docs/CALIBRATION.md §8) the
        /// manager's connector-route gain in weeks 79–130 is about +1.0 points (200 replicates),
        /// within the noise of 10 (± 0.8), so fact 7 runs 30.
        static let managerReplicates = 30
        /// The world fact 7's controls and breaking set run on: the one where the fact holds.
        static let managerReference = FactWorld.maassluis

        static func sample(_ s: Scenario, replicates: Int = replicates) -> ObservedSample { ObservedSample(s, replicates: replicates) }
        static func managerSample(_ s: Scenario) -> ObservedSample { sample(s, replicates: managerReplicates) }

        // MARK: fact 7

        /// `s` run for 208 weeks, with a transition manager from week 13 if `manager`, leaving
        /// in week 130 if `leaves`, with a documented role from week 13 if `embedded`.
        static func managed(_ s: Scenario, manager: Bool = true, leaves: Bool = false, embedded: Bool = false) -> Scenario {
            s.with { s in
                s.run.weeks = 208
                s.interventions.transitionManager.enabled = manager
                s.interventions.transitionManager.startWeek = 13
                s.interventions.transitionManager.endWeek = leaves ? 130 : 0
                if embedded {
                    s.interventions.documentedRole.enabled = true
                    s.interventions.documentedRole.startWeek = 13
                }
            }
        }

        static let rate = W.connectorRouteConnectionRate
        static let early = 14...26, late = 79...130, after = 170...208

        /// Lag: the manager's effect on the weekly connector-route connection rate is positive in
        /// weeks 79–130 and more than twice what it is in its first weeks in post (14–26).
        static func lagVerdict(base: ObservedSample, stays: ObservedSample) -> FactVerdict {
            let e = Estimate.difference(stays.windowMeans(rate, weeks: early), base.windowMeans(rate, weeks: early))
            let l = Estimate.difference(stays.windowMeans(rate, weeks: late), base.windowMeans(rate, weeks: late))
            return FactVerdict(holds: l.low > 0 && l.mean > 2 * e.mean, figures: "effect weeks 14–26 \(e), weeks 79–130 \(l)")
        }

        /// Fade: a manager who left in week 130 leaves less of the gain in weeks 170–208 than one
        /// who stayed (paired: both are the same replicate until week 130).
        static func fadeVerdict(stays: ObservedSample, leaves: ObservedSample) -> FactVerdict {
            let lost = Estimate.difference(stays.windowMeans(rate, weeks: after), leaves.windowMeans(rate, weeks: after))
            return FactVerdict(holds: lost.isPositive, figures: "stayed − left, weeks 170–208: \(lost)")
        }

        /// Embedding: with a documented role, the leaver's legacy in weeks 170–208 exceeds that of
        /// the same leaver whose embedding keeps nothing (`retainedIfEmbedded = 0`).
        static func embeddingVerdict(embedded: ObservedSample, unembedded: ObservedSample) -> FactVerdict {
            let kept = Estimate.difference(embedded.windowMeans(rate, weeks: after), unembedded.windowMeans(rate, weeks: after))
            return FactVerdict(holds: kept.isPositive, figures: "embedded − retained 0, weeks 170–208: \(kept)")
        }

        // Would catch: influence that takes full effect at once, influence that never decays
        // after the manager leaves, floors that ignore embedding, or a manager whose influence
        // does not reach the departments' decisions on connector requests.
        @Test("7. A transition manager raises connection after a lag; part fades after it leaves unless embedded")
        func transitionManagerLagAndFade() {
            var referenceStays: ObservedSample?
            for world in FactWorld.allCases {
                let s = world.scenario
                let base = Self.managerSample(Self.managed(s, manager: false)), stays = Self.managerSample(Self.managed(s))
                let leaves = Self.managerSample(Self.managed(s, leaves: true))
                let embedded = Self.managerSample(Self.managed(s, leaves: true, embedded: true))
                let unembedded = Self.managerSample(Self.managed(s.with { $0.interventions.transitionManager.retainedIfEmbedded = 0 }, leaves: true, embedded: true))
                let lag = Self.lagVerdict(base: base, stays: stays)
                let fade = Self.fadeVerdict(stays: stays, leaves: leaves)
                let embedding = Self.embeddingVerdict(embedded: embedded, unembedded: unembedded)
                print("fact: " + "\(world) lag: \(lag)")
                print("fact: " + "\(world) fade: \(fade)")
                print("fact: " + "\(world) embedding: \(embedding)")
                if world == .baseline {
                    // Fails if lag, fade and embedding all hold on the baseline again: then §9 is stale.
                    withKnownIssue("docs/ODD.md §9 fact 7: at the calibrated request volume the baseline's departments are loaded and the manager's connector-route gain is about 1 point, at the noise of 30 replicates; lag, fade and embedding are not all visible") {
                        #expect(lag.holds, "\(world) lag: \(lag)")
                        #expect(fade.holds, "\(world) fade: \(fade)")
                        #expect(embedding.holds, "\(world) embedding: \(embedding)")
                    }
                } else {
                    #expect(lag.holds, "\(world) lag: \(lag)")
                    #expect(fade.holds, "\(world) fade: \(fade)")
                    #expect(embedding.holds, "\(world) embedding: \(embedding)")
                }
                if world == Self.managerReference { referenceStays = stays }
            }
            // Controls and the breaking set run on the world where the fact holds (Maassluis), so
            // that "does not hold" there is the mechanism's doing.
            guard let stays = referenceStays else { return }
            let reference = Self.managerReference.scenario
            // Control (fade): influence does not decay after the manager leaves.
            let kept = Self.managerSample(Self.managed(reference.with { $0.interventions.transitionManager.decayPerWeek = 0 }, leaves: true))
            let noFade = Self.fadeVerdict(stays: stays, leaves: kept)
            print("fact: " + "control (decayPerWeek 0): \(noFade)")
            #expect(!noFade.holds, "control (decayPerWeek 0): \(noFade)")
            // Control (lag): influence and department awareness take full effect at once
            // (every department fully influenced in the first week, awareness at its target every week).
            let instant = reference.with { s in
                s.interventions.transitionManager.influenceRate = 1
                s.interventions.transitionManager.departmentsPerWeek = 100
                s.departmentBehaviour.awarenessRelaxation = 1
            }
            let noLag = Self.lagVerdict(base: Self.managerSample(Self.managed(instant, manager: false)), stays: Self.managerSample(Self.managed(instant)))
            print("fact: " + "control (instant influence and awareness): \(noLag)")
            #expect(!noLag.holds, "control (instant influence and awareness): \(noLag)")
            // Breaking set (plausible): slow decay, half-life 1.3 years (decayPerWeek 0.01).
            let slow = Self.managerSample(Self.managed(reference.with { $0.interventions.transitionManager.decayPerWeek = 0.01 }, leaves: true))
            let slowFade = Self.fadeVerdict(stays: stays, leaves: slow)
            print("fact: " + "breaking (decayPerWeek 0.01): \(slowFade)")
            #expect(!slowFade.holds, "breaking (decayPerWeek 0.01): \(slowFade)")
        }

        // MARK: fact 8

        /// Fact 8 holds when publicity raises the weekly connection rate (all routes, weeks 14–52)
        /// more than twice as much given a documented role as without one, and given the role
        /// by a positive amount. `dependence` is `publicity.roleDependence`.
        static func publicityVerdict(_ s: Scenario, dependence: Double, none: ObservedSample? = nil, role: ObservedSample? = nil) -> FactVerdict {
            func variant(publicity: Bool, documented: Bool) -> Scenario {
                s.with { s in
                    s.run.weeks = 52
                    s.interventions.publicity.enabled = publicity
                    s.interventions.publicity.roleDependence = dependence
                    s.interventions.documentedRole.enabled = documented
                }
            }
            let none = none ?? sample(variant(publicity: false, documented: false))
            let role = role ?? sample(variant(publicity: false, documented: true))
            let publicity = sample(variant(publicity: true, documented: false)), both = sample(variant(publicity: true, documented: true))
            let weeks = 14...52, metric = W.connectionRate
            let alone = Estimate.difference(publicity.windowMeans(metric, weeks: weeks), none.windowMeans(metric, weeks: weeks))
            let withRole = Estimate.difference(both.windowMeans(metric, weeks: weeks), role.windowMeans(metric, weeks: weeks))
            return FactVerdict(holds: withRole.isPositive && withRole.mean > 2 * alone.mean,
                               figures: "publicity alone \(alone), given a documented role \(withRole)")
        }

        // Would catch: publicity that ignores role clarity, awareness that does not reach
        // acceptance, or a documented role that does not clarify the role.
        @Test("8. Publicity without a documented role does little for connection; with it, more")
        func publicityNeedsARole() {
            for world in FactWorld.allCases {
                let fact = Self.publicityVerdict(world.scenario, dependence: 1)
                print("fact: " + "\(world): \(fact)")
                #expect(fact.holds, "\(world): \(fact)")
            }
            // Control: publicity that works regardless of role clarity.
            let control = Self.publicityVerdict(Scenario(), dependence: 0)
            print("fact: " + "control (roleDependence 0): \(control)")
            #expect(!control.holds, "control (roleDependence 0): \(control)")
            // Breaking set (plausible): only half of the effect depends on role clarity.
            let breaking = Self.publicityVerdict(Scenario(), dependence: 0.5)
            print("fact: " + "breaking (roleDependence 0.5): \(breaking)")
            #expect(!breaking.holds, "breaking (roleDependence 0.5): \(breaking)")
        }

        // MARK: fact 9

        /// `s` with its last neighbourhood left without a connector (connectors that served only
        /// it are removed).
        static func lastUnserved(_ s: Scenario) -> Scenario {
            s.with { s in
                let last = s.municipality.neighbourhoods[s.municipality.neighbourhoods.count - 1].name
                for c in s.connectors.indices { s.connectors[c].neighbourhoods.removeAll { $0 == last } }
                s.connectors.removeAll { $0.neighbourhoods.isEmpty }
            }
        }

        /// Fact 9 on trust per neighbourhood and by outcome: the last neighbourhood loses trust
        /// when it has no connector; it keeps more when it has one (paired, same neighbourhood);
        /// residents whose only request stranded or was abandoned lose more than 1.5 times what
        /// residents whose only request was connected gain. `rises` reads "trust rises in served
        /// neighbourhoods": the served neighbourhood's trust change above 0.
        static func trustVerdict(_ s: Scenario) -> (verdict: FactVerdict, rises: Bool, servedGap: Estimate) {
            let served = sample(s), unserved = sample(lastUnserved(s))
            let hood = s.municipality.neighbourhoods.count - 1
            let withConnector = served.trustChange(neighbourhood: hood), without = unserved.trustChange(neighbourhood: hood)
            let gap = Estimate.difference(withConnector, without)
            let gain = Estimate(served.trustChangeOfSingleRequesters(endingIn: [.connected]))
            let loss = Estimate(served.trustChangeOfSingleRequesters(endingIn: [.stranded, .abandoned]))
            let falls = Estimate(without).high < 0, asymmetric = -loss.mean > 1.5 * gain.mean
            return (FactVerdict(holds: falls && gap.isPositive && asymmetric,
                                figures: "trust change of the last neighbourhood with a connector \(Estimate(withConnector)), without \(Estimate(without)), gap \(gap); single requesters connected \(gain), stranded/abandoned \(loss)"),
                    Estimate(withConnector).low > 0, gap)
        }

        // Would catch: trust that ignores outcomes, failures that lower trust no more than
        // successes raise it, a connector route that gives no trust advantage.
        @Test("9. Trust falls where requests go unserved, is kept where a connector serves; losses weigh more")
        func trustAsymmetry() {
            var baselineGap: Estimate?
            for world in FactWorld.allCases {
                let fact = Self.trustVerdict(world.scenario)
                print("fact: " + "\(world): \(fact.verdict)")
                #expect(fact.verdict.holds, "\(world): \(fact.verdict)")
                withKnownIssue("docs/ODD.md §9 fact 9: trust does not rise in absolute terms in a served neighbourhood within 104 weeks; it falls less than without a connector") {
                    print("fact: " + "\(world): \(fact.verdict)")
                    #expect(fact.rises, "\(world): \(fact.verdict)")
                }
                if world == .baseline { baselineGap = fact.servedGap }
            }
            // Control (served vs unserved): the connector route's own trust levers off — no contact
            // gain, follow-up feedback no better than the general channel's, no explained no. The
            // gap shrinks by more than half; the rest comes from the route's higher connection rate.
            let levelled = Self.trustVerdict(Scenario().with { s in
                s.trust.contactGain = 0
                s.connectorTeam.feedbackWithFollowUp = 1 - s.barriers.feedbackGap
                s.connectorTeam.explainRefusal = 0
            })
            if let gap = baselineGap {
                print("fact: " + "control (route trust levers off): \(levelled.verdict); fact gap \(gap)")
                #expect(levelled.servedGap.mean < 0.5 * gap.mean, "control (route trust levers off): \(levelled.verdict); fact gap \(gap)")
            }
            // Control (asymmetry): losses and gains of equal size, and silence no worse than feedback.
            let even = Self.trustVerdict(Scenario().with { s in
                s.trust.lossOnFailure = s.trust.gainOnSuccess
                s.trust.silentSuccessShare = 1
            })
            print("fact: " + "control (loss = gain, silent share 1): \(even.verdict)")
            #expect(!even.verdict.holds, "control (loss = gain, silent share 1): \(even.verdict)")
            // Breaking set (plausible): small losses (0.04), large gains (0.2).
            let breaking = Self.trustVerdict(Scenario().with { s in
                s.trust.lossOnFailure = 0.04
                s.trust.gainOnSuccess = 0.2
            })
            print("fact: " + "breaking (loss 0.04, gain 0.2): \(breaking.verdict)")
            #expect(!breaking.verdict.holds, "breaking (loss 0.04, gain 0.2): \(breaking.verdict)")
        }

        // MARK: fact 10

        /// `s` with the departments' response time set to 0 for every kind: the exponential input
        /// that makes time to result skewed by itself is switched off, so what remains comes from
        /// queues (departments, college, escalation).
        static func immediate(_ s: Scenario) -> Scenario {
            s.with { $0.departmentBehaviour.responseWeeks = KindValues(question: 0, signal: 0, initiative: 0, conflict: 0) }
        }

        /// `s` under double load: twice the requests, with twice the connector hours so that
        /// the extra load reaches the departments.
        static func loaded(_ s: Scenario) -> Scenario {
            s.with { s in
                s.residents.requestsPerYear *= 2
                for c in s.connectors.indices { s.connectors[c].hoursPerWeek *= 2 }
            }
        }

        /// Fact 10 on `s` (responses immediate): under double load the mean time to result rises
        /// by more than 0.1 week (paired) and a right tail appears (p90 − median at least 1.5 weeks).
        static func timeVerdict(_ s: Scenario) -> FactVerdict {
            let base = sample(s), heavy = sample(loaded(s))
            let mean = MetricCatalog.timeToResult(0, 4), median = MetricCatalog.timeToResult(1, 4), p90 = MetricCatalog.timeToResult(2, 4)
            let growth = Estimate.difference(heavy.values(mean), base.values(mean))
            let tail = Estimate.difference(base.values(p90), base.values(median)), heavyTail = Estimate.difference(heavy.values(p90), heavy.values(median))
            return FactVerdict(holds: growth.low > 0.1 && heavyTail.mean >= 1.5,
                               figures: "mean \(Estimate(base.values(mean))) → \(Estimate(heavy.values(mean))) under double load (growth \(growth)); p90 − median \(tail) → \(heavyTail)")
        }

        // Would catch: department queues that do not delay work, FIFO order lost, a time that
        // does not depend on department hours.
        @Test("10. Time to result grows with load, and queues under load give it a right tail")
        func timeToResultSkewAndLoad() {
            for world in FactWorld.allCases {
                let fact = Self.timeVerdict(Self.immediate(world.scenario))
                print("fact: " + "\(world): \(fact)")
                #expect(fact.holds, "\(world): \(fact)")
            }
            // Documented truth: at the default load most of the right skew is the response-time input.
            let withResponse = Self.sample(Scenario())
            let tail = Estimate.difference(withResponse.values(MetricCatalog.timeToResult(2, 4)), withResponse.values(MetricCatalog.timeToResult(1, 4)))
            print("fact: " + "default, with response times: p90 − median \(tail)")
            #expect(tail.mean >= 2, "default, with response times: p90 − median \(tail)")
            // Control: department hours far above demand (× 20): no queues.
            let control = Self.timeVerdict(Self.immediate(Scenario().with { s in
                for d in s.departments.indices { s.departments[d].hoursPerWeek *= 20 }
            }))
            print("fact: " + "control (department hours × 20): \(control)")
            #expect(!control.holds, "control (department hours × 20): \(control)")
            // Breaking set (plausible): every department at the top of its plausible range, 120 h a week.
            let breaking = Self.timeVerdict(Self.immediate(Scenario().with { s in
                for d in s.departments.indices { s.departments[d].hoursPerWeek = 120 }
            }))
            print("fact: " + "breaking (department hours 120): \(breaking)")
            #expect(!breaking.holds, "breaking (department hours 120): \(breaking)")
        }
    }
}
