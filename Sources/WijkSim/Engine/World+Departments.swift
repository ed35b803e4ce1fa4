/// docs/ODD.md §1.3 phase 5 (§3.4.14–3.4.16): departments decide on hand-overs and carry out work.
///
/// Acceptance of a connector's request by department d (each factor in [0, 1]):
///
///     p = cooperation_d
///       · (1 − extraWorkFraming · (1 − awareness_d))            "extra werk" [E:001 L508]
///       · (1 − otherClusterPenalty)   unless d houses the connector [E:001 L504-506]
///       · (0.85 + 0.15 · tie_cd)                                 personal ties [E:001 L384]
///       · (0.85 + 0.15 · skill_c(kind))                          translation by the role
///       · (1 − siloPenalty)^(k − 1)                              k departments needed [E:001 L433]
///       · 1 / (1 + loadSensitivity · max(0, backlog_d / hours_d − 1))   load
///       · rules (initiatives only, below)
///
/// A general-channel request: p = responseRate[kind] · silo · load · rules (no tie, no
/// translation), and for non-routine work (anything but a one-department signal) also
/// × (attitude_d / attitude⁰_d)^attitudeElasticity, the change of the department's attitude
/// since the start (``GeneralChannelParameters``); under app triage the app's response rate.
/// Initiatives must fit the rules: × (1 − ruleRigidity · (1 − flexibility_d) · (1 − e/2)),
/// and if they touch liability × (1 − liabilityAversion · (1 − e/2)), e = entrepreneur skill
/// (0 without a connector). With an owner the departments decide once (the first
/// needed department's p; an integral table also shrinks the silo penalty).
/// The fixed numbers 0.85, 0.15, 1/2 and the load 10 of a department without hours are
/// named in ``EngineConstants``.
extension World {
    /// Departments first work the tasks they accepted in earlier weeks, then decide on
    /// the hand-overs that are due (so department work takes at least a week).
    mutating func runDepartments() {
        for d in departments.indices { work(department: d) }
        var index = 0, kept = 0
        // Decisions may append new hand-overs (none are due this week), so iterate by index.
        while index < pendingDecisions.count {
            let pending = pendingDecisions[index]
            index += 1
            if Int(pending.dueWeek) <= week {
                decide(Int(pending.request))
            } else {
                pendingDecisions[kept] = pending
                kept += 1
            }
        }
        pendingDecisions.removeSubrange(kept...)
    }

    /// Probability that department `d` accepts request `r`.
    @inline(__always)
    func acceptance(_ r: Int, department d: Int) -> Double {
        // Fields are read in place: copying a Request or DepartmentState here showed up in profiles.
        let kind = requests[r].kind
        var silo = scenario.barriers.siloPenalty
        if requests[r].hasOwner && effective.hasIntegralTable { silo *= 1 - scenario.interventions.integralTable.siloReduction }
        var p = pow(1 - silo, requests[r].departmentCount - 1)
        let hours = departments[d].hoursPerWeek
        let load = hours > 0 ? departments[d].backlogHours / hours : EngineConstants.loadWithoutHours
        p /= 1 + scenario.departmentBehaviour.loadSensitivity * max(0, load - 1)
        var entrepreneur = 0.0
        switch requests[r].route {
        case .connector:
            let c = Int(requests[r].connector)
            entrepreneur = connectors[c].skills.entrepreneur
            p *= DepartmentState.attitude(cooperation: departments[d].cooperation, awareness: departments[d].awareness,
                                          extraWorkFraming: scenario.barriers.extraWorkFraming)
            if d != connectors[c].homeDepartment { p *= 1 - effective.otherClusterPenalty }
            p *= (EngineConstants.tieEffectAtNoTie + EngineConstants.tieEffectSlope * connectors[c].ties[d])
                * (EngineConstants.skillEffectAtNoSkill + EngineConstants.skillEffectSlope * connectors[c].skill(kind))
        case .general:
            p *= scenario.generalChannel.responseRate[kind]
            if !isRoutine(r) { p *= attitudeFactor(department: d) }
        case .app:
            p *= scenario.interventions.appTriage.responseRate
        }
        if kind == .initiative {
            let bent = entrepreneur * EngineConstants.entrepreneurBarrierShare   // = entrepreneur / 2, exactly
            p *= 1 - scenario.barriers.ruleRigidity * (1 - departments[d].ruleFlexibility) * (1 - bent)
            if requests[r].liability { p *= 1 - scenario.barriers.liabilityAversion * (1 - bent) }
        }
        return min(1, max(0, p))
    }

    /// Whether request `r` is routine work for the MOR process: a signal that needs exactly one
    /// department (the requests app triage takes). Everything else is an exception at the desk.
    @inline(__always)
    func isRoutine(_ r: Int) -> Bool {
        requests[r].kind == .signal && requests[r].departmentCount == 1
    }

    /// `(attitude_d / attitude⁰_d)^φ`, φ = `generalChannel.attitudeElasticity`: how much more (or
    /// less) department `d` takes up non-routine general-channel work than at the start. 1 when
    /// φ = 0 or the start attitude is 0 (then nothing moves the reference). Portable `exp`/`log`,
    /// so the result is bit-identical on every platform.
    @inline(__always)
    func attitudeFactor(department d: Int) -> Double {
        let elasticity = scenario.generalChannel.attitudeElasticity
        let start = departments[d].startAttitude
        guard elasticity > 0, start > 0 else { return 1 }
        let now = DepartmentState.attitude(cooperation: departments[d].cooperation, awareness: departments[d].awareness,
                                           extraWorkFraming: scenario.barriers.extraWorkFraming)
        guard now > 0 else { return 0 }
        if now == start { return 1 }
        return PortableMath.exp(elasticity * PortableMath.log(now / start))
    }

    private func pow(_ base: Double, _ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<max(0, exponent) { result *= base }
        return result
    }

    /// Departments decide on request `r`; refusals go back to the connector (escalate or
    /// give up) or, without a connector, leave the resident without an answer.
    private mutating func decide(_ r: Int) {
        guard requests[r].stage == .atDepartments else { return }
        let open = requests[r].needed & ~requests[r].accepted
        var refused: UInt64 = 0
        if requests[r].hasOwner {
            let lead = open.trailingZeroBitCount
            let p = acceptance(r, department: lead)   // computed first: no overlap with the generator's access
            let accepts = requests[r].rng.bernoulli(p)
            var m = open
            while m != 0 {
                let d = m.trailingZeroBitCount
                m &= m - 1
                recordDecision(r, department: d, accepted: accepts)
                if accepts { accept(r, department: d, priority: false) } else { refused |= 1 << UInt64(d) }
            }
        } else {
            var m = open
            while m != 0 {
                let d = m.trailingZeroBitCount
                m &= m - 1
                let p = acceptance(r, department: d)
                let accepts = requests[r].rng.bernoulli(p)
                recordDecision(r, department: d, accepted: accepts)
                if accepts { accept(r, department: d, priority: false) } else { refused |= 1 << UInt64(d) }
            }
        }
        requests[r].stageWeek = Int32(week)   // the stall clock runs from the decision
        guard refused != 0 else { return }
        if requests[r].counted { tally.refusals += 1 }
        let c = Int(requests[r].connector)
        if requests[r].route == .connector && !requests[r].escalated && decidesToEscalate(r, connector: c) {
            startEscalation(r, department: refused.trailingZeroBitCount, afterRefusal: true)
        } else {
            giveUp(r)
        }
    }

    private mutating func recordDecision(_ r: Int, department d: Int, accepted: Bool) {
        guard requests[r].route == .connector, week >= warmupWeeks else { return }
        let kind = requests[r].kind.rawValue
        tally.handoverDecisions[kind] += 1
        if accepted { tally.handoverAcceptances[kind] += 1 }
        unitTally.departmentDecisions[d] += 1
        if accepted { unitTally.departmentAcceptances[d] += 1 }
        if d == connectors[Int(requests[r].connector)].homeDepartment {
            tally.homeDecisions += 1
            if accepted { tally.homeAcceptances += 1 }
        } else {
            tally.otherDecisions += 1
            if accepted { tally.otherAcceptances += 1 }
        }
    }

    /// Queues department `d`'s work on request `r` (escalated work in the priority queue).
    mutating func accept(_ r: Int, department d: Int, priority: Bool) {
        let bit: UInt64 = 1 << UInt64(d)
        requests[r].accepted |= bit
        let hours = scenario.requests.departmentHours[requests[r].kind]
        let task = DepartmentTask(request: Int32(r), hoursLeft: Float(hours))
        if priority {
            requests[r].prioritised |= bit
            departments[d].priorityQueue.append(task)
        } else {
            departments[d].queue.append(task)
        }
        // The backlog is the sum of the tasks' stored (Float) hours, so that it returns to 0
        // when they are done: adding the Double `hours` drifted by the rounding of each task.
        departments[d].backlogHours += Double(task.hoursLeft)
    }

    /// A final refusal: with a connector, a clear "no" (or, cross-domain without an owner,
    /// nobody takes it up: stranded); without a connector, no answer at all.
    mutating func giveUp(_ r: Int) {
        let request = requests[r]
        guard request.route == .connector else {
            close(r, as: .stranded)
            return
        }
        if request.departmentCount >= 2 && !request.hasOwner {
            if request.counted { tally.strandedNoOwner += 1 }
            close(r, as: .stranded)
        } else if requests[r].rng.bernoulli(scenario.connectorTeam.explainRefusal) {
            close(r, as: .declined)
        } else {
            close(r, as: .stranded)
        }
    }

    /// Department `d` spends its week's hours: escalated tasks first, then in order of arrival.
    private mutating func work(department d: Int) {
        var hours = departments[d].hoursPerWeek
        let bit: UInt64 = 1 << UInt64(d)
        var used = 0.0
        for pass in 0..<2 {
            let priority = pass == 0
            while hours > 1e-9 {
                guard let task = priority ? departments[d].priorityQueue.first : departments[d].queue.first else { break }
                let r = Int(task.request)   // -1: a closed request's task kept by compaction
                let skip = r < 0 || requests[r].stage == .closed || (!priority && requests[r].prioritised & bit != 0)
                let need = Double(task.hoursLeft)
                if skip || need <= hours {
                    if priority { _ = departments[d].priorityQueue.popFirst() } else { _ = departments[d].queue.popFirst() }
                    departments[d].backlogHours -= need
                    if skip { continue }
                    hours -= need
                    used += need
                    finishTask(r, department: d)
                } else {
                    var partial = task
                    partial.hoursLeft = Float(need - hours)
                    if priority { departments[d].priorityQueue.replaceFirst(with: partial) } else { departments[d].queue.replaceFirst(with: partial) }
                    // What the stored task lost (its Float rounding included), not `hours`.
                    departments[d].backlogHours -= need - Double(partial.hoursLeft)
                    used += hours
                    hours = 0
                }
            }
        }
        if departments[d].queue.isEmpty && departments[d].priorityQueue.isEmpty { departments[d].backlogHours = 0 }
        if week >= warmupWeeks {
            tally.departmentHoursAvailable += departments[d].hoursPerWeek
            tally.departmentHoursUsed += used
            unitTally.departmentHoursAvailable[d] += departments[d].hoursPerWeek
            unitTally.departmentHoursUsed[d] += used
        }
    }

    /// Department `d` finished its part of request `r`; when all parts are done the request
    /// goes to the college (if it needs a decision) or is connected.
    private mutating func finishTask(_ r: Int, department d: Int) {
        requests[r].done |= 1 << UInt64(d)
        guard requests[r].stage == .atDepartments, requests[r].done & requests[r].needed == requests[r].needed else { return }
        if requests[r].needsDecision {
            requests[r].stage = .atCouncil
            councilQueue.append(Int32(r))
        } else {
            close(r, as: .connected)
        }
    }
}
