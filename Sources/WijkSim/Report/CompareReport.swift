/// What `wijksim compare` prints on stdout: a table of the main effects, sorted by the
/// effect on the headline metric (``Verdict/headlineMetric``, largest first), and per
/// variant one plain sentence (``Verdict/sentence(name:language:)``: the headline effect,
/// its time pattern and the side effects worth naming) and one line on where the change in
/// connected requests comes from (``ComparisonDecomposition/summary(_:)``).
///
/// Differences are `variant − base`, paired by replicate. The headline rate and the
/// connector-route rate are shown in percentage points (one decimal, with sign); the side
/// effects as ``SideEffect/declarations`` say (relative ones in percent of the base mean);
/// `−` is the minus sign (U+2212).
package struct CompareReport: Sendable {
    /// The figures of one variant.
    package struct Variant: Sendable {
        /// The scenario's name.
        package var name: String
        /// The name shown to people (see ``CompareReport/displayName(of:base:)``).
        package var displayName: String
        /// Every paired estimate of the variant.
        package var effects: VariantEffects
        /// The verdict read off them.
        package var verdict: Verdict

        /// The headline figures of variant `variant` (index) of `recorder`, on `headlineMetric`
        /// (``CompareReport/headlineMetric(of:)``; by default the rule for this variant alone).
        package init(recorder: ComparisonRecorder, variant: Int, baseName: String, headlineMetric: Int? = nil) {
            name = recorder.variantNames[variant]
            displayName = CompareReport.displayName(of: name, base: baseName)
            effects = recorder.effects(variant: variant)
            let metric = headlineMetric ?? Verdict.headlineMetric(for: [effects])
            let timing = recorder.timing(variant: variant, direction: effects[metric].difference)
            verdict = Verdict(effects, timing: timing, headlineMetric: metric)
        }

        /// The paired estimate of the headline metric.
        package var headline: ComparisonEstimate { verdict.headline }
        /// When the headline effect shows (see ``ComparisonTiming``).
        package var timing: ComparisonTiming? { verdict.timing }
    }

    /// Base scenario name.
    package var baseName: String
    /// Replicates per scenario.
    package var replicates: Int
    /// Recorded weeks.
    package var weeks: Int
    /// Master seed.
    package var seed: UInt64
    /// The variants, sorted by headline difference, largest first (undefined last; ties
    /// keep command-line order).
    package var variants: [Variant]
    /// Wall-clock time. Unit: seconds.
    package var wallTimeSeconds: Double
    /// Worker threads.
    package var jobs: Int
    /// Paths of the files written.
    package var files: [String]
    /// The language of ``text`` (`--lang`).
    package var language: Language

    /// Creates a report; `variants` may come in any order.
    package init(baseName: String, replicates: Int, weeks: Int, seed: UInt64, variants: [Variant],
                wallTimeSeconds: Double, jobs: Int, files: [String], language: Language = .english) {
        self.language = language
        self.baseName = baseName
        self.replicates = replicates
        self.weeks = weeks
        self.seed = seed
        self.variants = Self.order(variants.map(\.headline.difference)).map { variants[$0] }
        self.wallTimeSeconds = wallTimeSeconds
        self.jobs = jobs
        self.files = files
    }

    /// The indices of `differences` sorted largest first, undefined (NaN) last, ties in
    /// their given order: the order of the table (and of the HTML report).
    package static func order(_ differences: [Double]) -> [Int] {
        differences.indices.sorted { a, b in
            let x = differences[a], y = differences[b]
            if x.isNaN != y.isNaN { return y.isNaN }
            if !x.isNaN, x != y { return x > y }
            return a < b
        }
    }

    /// The headline metric of every variant of `recorder` (``Verdict/headlineMetric(for:)``).
    package static func headlineMetric(of recorder: ComparisonRecorder) -> Int {
        Verdict.headlineMetric(for: recorder.variantNames.indices.map { recorder.effects(variant: $0) })
    }

    /// The name shown for scenario `name`: a leading `<base>-` or `<base>_` is dropped (when
    /// something remains), then `-` and `_` become spaces; `katwijk-transition-manager`
    /// compared with `katwijk` shows as `transition manager`.
    package static func displayName(of name: String, base: String) -> String {
        var shown = Substring(name)
        for separator in ["-", "_"] where name.count > base.count + 1 && name.hasPrefix(base + separator) {
            shown = name.dropFirst(base.count + 1)
        }
        return String(shown.map { $0 == "-" || $0 == "_" ? " " : $0 })
    }

    /// The report text in ``language``, ending in a newline.
    package var text: String {
        let t = Localizer(language)
        var lines = [
            t(.termCompareHeadline, baseName, String(replicates),
              t(replicates == 1 ? .wordPairedReplicate : .wordPairedReplicates), String(weeks), String(seed)),
            "",
        ]
        lines += table
        let cohort = variants.first?.verdict.usesCohort ?? true
        lines += ["", t(.termExplain1), t(.termExplain2), t(.termExplain3),
                  cohort ? t(.termExplainCohort) : t(.termExplainAllRequests, String(weeks)), ""]
        for variant in variants {
            lines.append(Self.sentence(for: variant, language: language))
            lines.append("  " + variant.verdict.decomposition.summary(language) + ".")
        }
        lines += [
            "",
            t(.termWallTime, t.number(wallTimeSeconds, 1), String(jobs), t(jobs == 1 ? .wordJob : .wordJobs)),
            "",
            t(.termCompareResults),
        ]
        lines += files.map { "  \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table lines: a header and one row per variant, columns padded to fit. Columns:
    /// the headline rate with its interval, the connector-route rate, then one per side effect.
    var table: [String] {
        let t = Localizer(language)
        let header = [t(.termColumnVariant), t(.termColumnRate), t(.termColumnRoute)]
            + SideEffect.declarations.map { $0.column(language) }
        let rows = variants.map { variant -> [String] in
            let rate = variant.headline, digits = Verdict.digits(rate)
            let route = variant.effects[MetricCatalog.Scalar.connectorRouteConnectionRate]
            return [variant.displayName,
                    "\(t.signed(rate.difference * 100, digits)) (\(t(.intervalRange, t.signed(rate.low * 100, digits), t.signed(rate.high * 100, digits))))",
                    t.signed(route.difference * 100, 1)]
                + SideEffect.declarations.map { SideEffectFinding.cell(variant.effects[$0.metric], $0, language) }
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { cells in
            cells.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + pad : pad + cell
            }.joined(separator: "   ").trimmingTrailingSpaces()
        }
    }

    /// The plain sentence for one variant, e.g.
    /// `transition manager: connection rate +6.1 points (95% CI +5.2 to +7.0), visible from week 30.`
    package static func sentence(for variant: Variant) -> String { sentence(for: variant, language: .english) }

    /// The sentence for one variant in `language`.
    package static func sentence(for variant: Variant, language: Language) -> String {
        variant.verdict.sentence(name: variant.displayName, language: language)
    }

    /// A fraction as signed percentage points with one decimal (or `digits`): `+6.1`, `−0.3`, `0.0`, `NA`.
    static func points(_ fraction: Double, digits: Int = 1) -> String { signed(fraction * 100, digits) }

    /// Decimals for a rate row in points (``Verdict/digits(_:)``).
    static func digits(_ row: ComparisonRow) -> Int { Verdict.digits(row.estimate) }

    /// `value` rounded to `digits` decimals (half away from zero) with `+` or `−` (U+2212);
    /// no sign when it rounds to zero; `NA` when not finite.
    static func signed(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return "NA" }
        let text = fixed(abs(value), digits)
        guard text.contains(where: { $0 != "0" && $0 != "." }) else { return text }
        return (value < 0 ? "\u{2212}" : "+") + text
    }

    /// `value` with `digits` decimals (``DecimalText/fixed(_:_:)``).
    static func fixed(_ value: Double, _ digits: Int) -> String { DecimalText.fixed(value, digits) }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
