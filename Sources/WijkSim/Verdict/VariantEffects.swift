/// The paired estimates of one variant against its base, by scalar metric name: what every
/// verdict rule reads (``Verdict``, ``SideEffectFinding``, ``ComparisonDecomposition``).
///
/// The rules are pure functions of these estimates, so the same verdict comes from a
/// ``ComparisonRecorder`` in memory, from a `comparison.csv` read back (``CompareResults``)
/// or from one parameter world of `compare --worlds`.
package struct VariantEffects: Sendable {
    /// The paired estimate of one neighbourhood's connected requests (unit metric
    /// `connected`, docs/ODD.md §5.4), for ``ComparisonDecomposition``.
    package struct Neighbourhood: Sendable, Equatable {
        /// The neighbourhood's name, as in the base scenario.
        package var name: String
        /// Its paired estimate (requests per replicate).
        package var estimate: ComparisonEstimate

        package init(name: String, estimate: ComparisonEstimate) {
            self.name = name
            self.estimate = estimate
        }
    }

    private var estimates: [String: ComparisonEstimate]
    /// Connected requests per neighbourhood, in the base's scenario order; empty when unknown
    /// (the variant's neighbourhoods are not the base's, or the source has no such figures).
    package var neighbourhoods: [Neighbourhood]

    /// Effects from `comparison.csv`-style estimates; a metric given twice keeps the last.
    package init(_ estimates: [ComparisonEstimate], neighbourhoods: [Neighbourhood] = []) {
        var byName: [String: ComparisonEstimate] = [:]
        for estimate in estimates { byName[estimate.metric] = estimate }
        self.estimates = byName
        self.neighbourhoods = neighbourhoods
    }

    /// Effects from a recorder's rows of one variant (``ComparisonRecorder/rows(variant:)``).
    package init(rows: [ComparisonRow], neighbourhoods: [Neighbourhood] = []) {
        self.init(rows.map(\.estimate), neighbourhoods: neighbourhoods)
    }

    /// The estimate of `metric`; every figure NaN when it is absent.
    package subscript(metric: String) -> ComparisonEstimate {
        estimates[metric] ?? ComparisonEstimate(metric: metric, baseMean: .nan, variantMean: .nan,
                                                difference: .nan, low: .nan, high: .nan)
    }

    /// The estimate of the scalar metric at `index` in ``MetricCatalog/scalarNames``.
    package subscript(index: Int) -> ComparisonEstimate { self[MetricCatalog.scalarNames[index]] }
}
