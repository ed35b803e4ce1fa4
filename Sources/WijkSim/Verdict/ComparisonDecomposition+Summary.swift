/// The decomposition as one line of the terminal summary, e.g.
/// `connected requests +120.4 per replicate (95% CI +101.2 to +139.6): mostly signals via the
/// connector; general channel unchanged; reverse flow unchanged`.
///
/// The rule: when the total change is clear (its interval excludes zero), the *lead* is the
/// flow × kind cell with the largest share of the total if that share is at least
/// ``mostlyShare`` ("mostly signals via the connector"), else the flow with the largest share
/// if at least ``mostlyShare`` ("mostly via the connector"), else none ("spread over the
/// routes"). Every flow but the lead's is then named: "unchanged" when its interval covers
/// zero (or there is none), else with its signed change. When the total is not clear, every
/// flow is named that way, so requests that only move between flows show as such.
extension ComparisonDecomposition {
    /// The smallest share of the total change that a cell or flow must carry to lead. Unit: fraction.
    package static let mostlyShare = 0.5

    /// The summary line in `language` (no final period).
    package func summary(_ language: Language) -> String {
        let t = Localizer(language)
        let e = total.estimate
        let interval = t(.termInterval, t(.intervalRange, t.signed(e.low, 1), t.signed(e.high, 1)))
        guard e.excludesZero == true else {
            let head = e.excludesZero == nil ? t(.termFlowNoInterval) : t(.termFlowNoClearChange, interval)
            return head + FlowRoute.allCases.map { "; " + flowPhrase($0, t) }.joined()
        }
        var text = t(.termFlowTotal, t.signed(e.difference, 1), interval)
        let cell = cells.joined().max { $0.shareOfTotal < $1.shareOfTotal }
        let flow = flows.max { $0.shareOfTotal < $1.shareOfTotal }
        var lead: FlowRoute?
        if let cell, let flowOfCell = cell.flow, let kind = cell.kind, cell.shareOfTotal >= Self.mostlyShare {
            lead = flowOfCell
            text += t(.termFlowMostlyKind, Self.kindPlural(kind, t), Self.via(flowOfCell, t))
        } else if let flow, let route = flow.flow, flow.shareOfTotal >= Self.mostlyShare {
            lead = route
            text += t(.termFlowMostly, Self.via(route, t))
        } else {
            text += t(.termFlowSpread)
        }
        for route in FlowRoute.allCases where route != lead { text += "; " + flowPhrase(route, t) }
        return text
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
