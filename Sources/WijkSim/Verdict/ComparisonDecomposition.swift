/// Where a variant's change in connected requests comes from: the paired difference of
/// connected requests split by flow (``FlowRoute``: connector, general channel incl. app,
/// reverse flow) × request kind, and by neighbourhood, written to
/// `comparison-decomposition.csv`.
///
/// The twelve flow × kind cells partition the connected requests of every replicate
/// (`connected_{flow}_{kind}`, docs/ODD.md §5.1), and so do the neighbourhoods (the unit
/// metric `connected` of each neighbourhood, §5.4: a request belongs to the neighbourhood of
/// the resident who raised it). So in every replicate pair the differences of either
/// partition add up exactly to the difference in `connected_all`, and their mean
/// differences to the total's (up to rounding in the last bits). A part's
/// ``Part/shareOfTotal`` is its difference over the total difference.
package struct ComparisonDecomposition: Sendable {
    /// One row of the decomposition.
    package struct Part: Sendable {
        /// The flow; `nil` for all flows.
        package var flow: FlowRoute?
        /// The kind; `nil` for all kinds.
        package var kind: RequestKind?
        /// The neighbourhood's name; `nil` for all neighbourhoods.
        package var neighbourhood: String? = nil
        /// The paired estimate of the part's connected requests (requests per replicate).
        package var estimate: ComparisonEstimate
        /// `estimate.difference / total difference`; NaN when the total difference is 0 or undefined.
        package var shareOfTotal: Double
    }

    /// The `comparison-decomposition.csv` header.
    package static let csvHeader = ["base", "variant", "route", "kind", "neighbourhood", "base_mean", "variant_mean",
                                    "difference", "ci_low", "ci_high", "share_of_total"]

    /// The scalar metric of flow `flow` and kind slot `kind` (position on ``MetricAxis/kind``; 4 = all).
    package static func metric(_ flow: FlowRoute, kind: Int) -> String {
        "connected_\(flow.name)_\(MetricAxis.kind.labels[kind])"
    }

    /// The unit metric (``UnitType/neighbourhood``) whose paired differences are the neighbourhood parts.
    package static let neighbourhoodMetric = "connected"

    /// The change in all connected requests (`connected_all`).
    package var total: Part
    /// Per flow, in ``FlowRoute`` order: its four kinds, in kind order.
    package var cells: [[Part]]
    /// Per flow, in ``FlowRoute`` order: all its kinds together.
    package var flows: [Part]
    /// Per neighbourhood of the base, in scenario order; empty when `effects` has none
    /// (``VariantEffects/neighbourhoods``).
    package var neighbourhoods: [Part]

    /// The decomposition of `effects`.
    package init(_ effects: VariantEffects) {
        let totalEstimate = effects[MetricCatalog.count(.connected, MetricAxis.allKinds)]
        let totalDifference = totalEstimate.difference
        func part(_ flow: FlowRoute?, _ kind: RequestKind?, _ estimate: ComparisonEstimate,
                  neighbourhood: String? = nil) -> Part {
            let share = totalDifference.isFinite && totalDifference != 0 ? estimate.difference / totalDifference : .nan
            return Part(flow: flow, kind: kind, neighbourhood: neighbourhood, estimate: estimate, shareOfTotal: share)
        }
        total = part(nil, nil, totalEstimate)
        cells = FlowRoute.allCases.map { flow in
            RequestKind.allCases.map { kind in part(flow, kind, effects[Self.metric(flow, kind: kind.rawValue)]) }
        }
        flows = FlowRoute.allCases.map { part($0, nil, effects[Self.metric($0, kind: MetricAxis.allKinds)]) }
        neighbourhoods = effects.neighbourhoods.map { part(nil, nil, $0.estimate, neighbourhood: $0.name) }
    }

    /// The rows of `comparison-decomposition.csv`: per flow its four kinds and `all` (every
    /// neighbourhood, `all`), then per neighbourhood `all,all,<name>`, then `all,all,all`
    /// (the total). Numbers as ``CSVWriter/format(_:)``.
    package func csvRows(base: String, variant: String) -> [[String]] {
        let parts = FlowRoute.allCases.flatMap { cells[$0.rawValue] + [flows[$0.rawValue]] } + neighbourhoods + [total]
        return parts.map { part in
            let e = part.estimate
            return [base, variant, part.flow?.name ?? "all", part.kind?.name ?? "all", part.neighbourhood ?? "all"]
                + [e.baseMean, e.variantMean, e.difference, e.low, e.high, part.shareOfTotal].map(CSVWriter.format)
        }
    }
}
