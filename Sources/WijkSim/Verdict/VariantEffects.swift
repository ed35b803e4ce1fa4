/// The paired estimates of one variant against its base, by scalar metric name: what every
/// verdict rule reads (``Verdict``, ``SideEffectFinding``, ``ComparisonDecomposition``).
///
/// The rules are pure functions of these estimates, so the same verdict comes from a
/// ``ComparisonRecorder`` in memory, from a `comparison.csv` read back (``CompareResults``)
/// or from one parameter world of `compare --worlds`.
package struct VariantEffects: Sendable {
    private var estimates: [String: ComparisonEstimate]

    /// Effects from `comparison.csv`-style estimates; a metric given twice keeps the last.
    package init(_ estimates: [ComparisonEstimate]) {
        var byName: [String: ComparisonEstimate] = [:]
        for estimate in estimates { byName[estimate.metric] = estimate }
        self.estimates = byName
    }

    /// Effects from a recorder's rows of one variant (``ComparisonRecorder/rows(variant:)``).
    package init(rows: [ComparisonRow]) { self.init(rows.map(\.estimate)) }

    /// The estimate of `metric`; every figure NaN when it is absent.
    package subscript(metric: String) -> ComparisonEstimate {
        estimates[metric] ?? ComparisonEstimate(metric: metric, baseMean: .nan, variantMean: .nan,
                                                difference: .nan, low: .nan, high: .nan)
    }

    /// The estimate of the scalar metric at `index` in ``MetricCatalog/scalarNames``.
    package subscript(index: Int) -> ComparisonEstimate { self[MetricCatalog.scalarNames[index]] }
}
