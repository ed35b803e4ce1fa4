/// The decomposition as one line of the terminal summary, e.g.
/// `connected requests +120.4 per replicate (95% CI +101.2 to +139.6): mostly signals via the
/// connector (+98.0); general channel unchanged; reverse flow unchanged; mostly in Wijk 3
/// (+70.1; 24% of connected requests in the base)`.
///
/// The rule: when the total change is clear (its interval excludes zero), the *lead* is the
/// flow × kind cell with the largest share of the total if that share is at least
/// ``mostlyShare`` ("mostly signals via the connector (+98.0)"), else the flow with the
/// largest share if at least ``mostlyShare`` ("mostly via the connector (+110.0)"), else none
/// ("spread over the routes"). Every flow but the lead's is then named: "unchanged" when its
/// interval covers zero (or there is none), else with its signed change. When the total is
/// not clear, every flow is named that way, so requests that only move between flows show
/// as such.
///
/// Then, with at least two neighbourhoods (``neighbourhoodPhrase(_:)``): when the total is
/// clear, the neighbourhood with the largest share if that share is at least
/// ``mostlyShare`` and its own interval excludes zero, with its change and its share of the
/// base's connected requests (so that a large neighbourhood carrying a large part shows as
/// such): "mostly in Wijk 3 (+60.0; 25% of connected requests in the base)". Else "spread
/// over the neighbourhoods", followed by "most in Wijk 5 (…)" when that neighbourhood is
/// clearly the largest part: its interval excludes zero and lies wholly beyond every other
/// neighbourhood's, in the direction of the total (non-overlapping 95% intervals: a
/// conservative test). When the total is not clear, the neighbourhoods whose change is clear,
/// largest change first, else "neighbourhoods unchanged".
extension ComparisonDecomposition {
    /// The smallest share of the total change that a cell, flow or neighbourhood must carry to lead. Unit: fraction.
    package static let mostlyShare = 0.5

    /// The summary line in `language` (no final period).
    package func summary(_ language: Language) -> String {
        let t = Localizer(language)
        let e = total.estimate
        let interval = t(.termInterval, t(.intervalRange, t.signed(e.low, 1), t.signed(e.high, 1)))
        let hoods = neighbourhoodPhrase(t).map { "; " + $0 } ?? ""
        guard e.excludesZero == true else {
            let head = e.excludesZero == nil ? t(.termFlowNoInterval) : t(.termFlowNoClearChange, interval)
            return head + FlowRoute.allCases.map { "; " + flowPhrase($0, t) }.joined() + hoods
        }
        var text = t(.termFlowTotal, t.signed(e.difference, 1), interval)
        let cell = cells.joined().max { $0.shareOfTotal < $1.shareOfTotal }
        let flow = flows.max { $0.shareOfTotal < $1.shareOfTotal }
        var lead: FlowRoute?
        if let cell, let flowOfCell = cell.flow, let kind = cell.kind, cell.shareOfTotal >= Self.mostlyShare {
            lead = flowOfCell
            text += t(.termFlowMostlyKind, Self.kindPlural(kind, t), Self.via(flowOfCell, t),
                      t.signed(cell.estimate.difference, 1))
        } else if let flow, let route = flow.flow, flow.shareOfTotal >= Self.mostlyShare {
            lead = route
            text += t(.termFlowMostly, Self.via(route, t), t.signed(flow.estimate.difference, 1))
        } else {
            text += t(.termFlowSpread)
        }
        for route in FlowRoute.allCases where route != lead { text += "; " + flowPhrase(route, t) }
        return text + hoods
    }

    /// The neighbourhood part of the line (see the rule above); `nil` with fewer than two
    /// neighbourhoods (one carries everything, trivially) or when the total has no interval.
    func neighbourhoodPhrase(_ t: Localizer) -> String? {
        guard neighbourhoods.count >= 2, let clear = total.estimate.excludesZero else { return nil }
        if clear {
            guard let lead = neighbourhoods.max(by: { $0.shareOfTotal < $1.shareOfTotal }),
                  lead.estimate.excludesZero == true, let name = lead.neighbourhood else { return t(.termHoodSpread) }
            let change = t.signed(lead.estimate.difference, 1)
            let baseShare = t.percent(lead.estimate.baseMean / total.estimate.baseMean, 0)
            if lead.shareOfTotal >= Self.mostlyShare { return t(.termHoodMostly, name, change, baseShare) }
            // Intervals on the total's side: for a fall, the larger part is the more negative one.
            let sign = total.estimate.difference > 0 ? 1.0 : -1.0
            func near(_ p: Part) -> Double { min(sign * p.estimate.low, sign * p.estimate.high) }
            func far(_ p: Part) -> Double { max(sign * p.estimate.low, sign * p.estimate.high) }
            let others = neighbourhoods.filter { $0.neighbourhood != name }
            guard others.allSatisfy({ far($0) < near(lead) }) else { return t(.termHoodSpread) }
            return t(.termHoodSpreadMost, name, change, baseShare)
        }
        let moved = neighbourhoods.indices.filter { neighbourhoods[$0].estimate.excludesZero == true }
            .sorted { a, b in
                let x = abs(neighbourhoods[a].estimate.difference), y = abs(neighbourhoods[b].estimate.difference)
                return x != y ? x > y : a < b
            }
            .map { neighbourhoods[$0] }
        guard !moved.isEmpty else { return t(.termHoodUnchanged) }
        return moved.map { t(.termFlowChange, $0.neighbourhood ?? "", t.signed($0.estimate.difference, 1)) }
            .joined(separator: ", ")
    }

    /// `general channel unchanged` or `general channel −12.3`.
    private func flowPhrase(_ route: FlowRoute, _ t: Localizer) -> String {
        let e = flows[route.rawValue].estimate
        guard e.excludesZero == true else { return t(.termFlowUnchanged, Self.name(route, t)) }
        return t(.termFlowChange, Self.name(route, t), t.signed(e.difference, 1))
    }

    static func name(_ route: FlowRoute, _ t: Localizer) -> String {
        switch route {
        case .connector: t(.flowConnector)
        case .general: t(.flowGeneral)
        case .reverse: t(.flowReverse)
        }
    }

    static func via(_ route: FlowRoute, _ t: Localizer) -> String {
        switch route {
        case .connector: t(.flowViaConnector)
        case .general: t(.flowViaGeneral)
        case .reverse: t(.flowViaReverse)
        }
    }

    static func kindPlural(_ kind: RequestKind, _ t: Localizer) -> String {
        switch kind {
        case .question: t(.kindQuestions)
        case .signal: t(.kindSignals)
        case .initiative: t(.kindInitiatives)
        case .conflict: t(.kindConflicts)
        }
    }
}
