/// The comparison of one scalar metric between a base and a variant scenario: a row of
/// `comparison.csv`.
///
/// Every figure is computed over the same ``count`` replicate pairs (replicate *i* of both
/// scenarios run with the same seed); pairs where either value is missing are left out.
package struct ComparisonRow: Sendable, Equatable {
    /// The base scenario's name.
    package var base: String
    /// The variant scenario's name.
    package var variant: String
    /// Metric name from ``MetricCatalog/scalarNames``.
    package var metric: String
    /// Replicate pairs in which the metric was defined in both scenarios.
    package var count: Int
    /// Mean of the base values. Unit: the metric's.
    package var baseMean: Double
    /// Mean of the variant values. Unit: the metric's.
    package var variantMean: Double
    /// Mean paired difference `variant − base`. Unit: the metric's.
    package var difference: Double
    /// Lower end of the paired 95% t interval of ``difference``; NaN when `count < 2`.
    package var ciLow: Double
    /// Upper end of the paired 95% t interval of ``difference``; NaN when `count < 2`.
    package var ciHigh: Double
    /// Lower end of the unpaired (Welch) 95% interval, for reference; NaN when `count < 2`.
    package var unpairedLow: Double
    /// Upper end of the unpaired (Welch) 95% interval, for reference; NaN when `count < 2`.
    package var unpairedHigh: Double

    /// The `comparison.csv` header.
    package static let csvHeader = [
        "base", "variant", "metric", "n", "base_mean", "variant_mean", "difference", "ci_low", "ci_high",
        "relative_change", "excludes_zero", "unpaired_ci_low", "unpaired_ci_high",
    ]

    /// The row of `metric` from its paired statistics.
    package init(base: String, variant: String, metric: String, statistics: PairedStatistics) {
        self.base = base
        self.variant = variant
        self.metric = metric
        count = statistics.count
        baseMean = statistics.base.mean
        variantMean = statistics.variant.mean
        difference = statistics.difference.mean
        (ciLow, ciHigh) = statistics.pairedInterval(level: 0.95)
        (unpairedLow, unpairedHigh) = statistics.welchInterval(level: 0.95)
    }

    /// `difference / baseMean`; NaN when the base mean is 0 or undefined. Unit: fraction.
    package var relativeChange: Double {
        baseMean.isFinite && baseMean != 0 ? difference / baseMean : .nan
    }

    /// Whether the paired 95% interval lies entirely above or entirely below zero;
    /// `nil` when there is no interval (fewer than 2 pairs). An interval `[0, 0]` does not.
    package var excludesZero: Bool? {
        guard ciLow.isFinite, ciHigh.isFinite else { return nil }
        return ciLow > 0 || ciHigh < 0
    }

    /// The paired difference with its interval, as the verdict rules read it (``VariantEffects``).
    package var estimate: ComparisonEstimate {
        ComparisonEstimate(metric: metric, baseMean: baseMean, variantMean: variantMean, difference: difference,
                           low: ciLow, high: ciHigh)
    }

    /// This comparison as a `comparison.csv` row: numbers as ``CSVWriter/format(_:)``,
    /// `excludes_zero` as `true` / `false` (`NA` without an interval).
    package var csvRow: [String] {
        let excludes = excludesZero.map { $0 ? "true" : "false" } ?? "NA"
        return [base, variant, metric, String(count)]
            + [baseMean, variantMean, difference, ciLow, ciHigh, relativeChange].map(CSVWriter.format)
            + [excludes] + [unpairedLow, unpairedHigh].map(CSVWriter.format)
    }
}
