/// What `wijksim compare` prints on stdout: a table of the main effects, sorted by the
/// effect on the connection rate (largest first), and one plain sentence per variant.
///
/// Differences are `variant − base`, paired by replicate. Rates are shown in percentage
/// points (one decimal, with sign), untouched requests as requests per replicate, mean
/// trust on its 0–1 scale; `−` is the minus sign (U+2212).
package struct CompareReport: Sendable {
    /// The headline figures of one variant.
    package struct Variant: Sendable {
        /// The scenario's name.
        package var name: String
        /// The name shown to people (see ``CompareReport/displayName(of:base:)``).
        package var displayName: String
        /// `connection_rate_all`.
        package var connectionRate: ComparisonRow
        /// `connector_route_connection_rate`.
        package var connectorRouteRate: ComparisonRow
        /// `untouched_all`.
        package var untouched: ComparisonRow
        /// `mean_trust`.
        package var meanTrust: ComparisonRow
        /// When the connection-rate effect shows (see ``ComparisonTiming``).
        package var timing: ComparisonTiming

        /// The headline figures of variant `variant` (index) of `recorder`.
        package init(recorder: ComparisonRecorder, variant: Int, baseName: String) {
            let rows = recorder.rows(variant: variant)
            name = recorder.variantNames[variant]
            displayName = CompareReport.displayName(of: name, base: baseName)
            connectionRate = rows[MetricCatalog.connectionRate(4)]
            connectorRouteRate = rows[MetricCatalog.Scalar.connectorRouteConnectionRate]
            untouched = rows[MetricCatalog.count(.untouched, 4)]
            meanTrust = rows[MetricCatalog.Scalar.meanTrust]
            timing = recorder.timing(variant: variant, direction: connectionRate.difference)
        }
    }

    /// Base scenario name.
    package var baseName: String
    /// Replicates per scenario.
    package var replicates: Int
    /// Recorded weeks.
    package var weeks: Int
    /// Master seed.
    package var seed: UInt64
    /// The variants, sorted by connection-rate difference, largest first (undefined last;
    /// ties keep command-line order).
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
        self.variants = Self.order(variants.map(\.connectionRate.difference)).map { variants[$0] }
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
        lines += ["", t(.termExplain1), t(.termExplain2), t(.termExplain3), ""]
        lines += variants.map { Self.sentence(for: $0, language: language) }
        lines += [
            "",
            t(.termWallTime, t.number(wallTimeSeconds, 1), String(jobs), t(jobs == 1 ? .wordJob : .wordJobs)),
            "",
            t(.termCompareResults),
        ]
        lines += files.map { "  \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table lines: a header and one row per variant, columns padded to fit.
    var table: [String] {
        let t = Localizer(language)
        let header = [t(.termColumnVariant), t(.termColumnRate), t(.termColumnRoute),
                      t(.termColumnUntouched), t(.termColumnTrust)]
        let rows = variants.map { variant -> [String] in
            let rate = variant.connectionRate
            return [variant.displayName,
                    "\(t.signed(rate.difference * 100, Self.digits(rate))) (\(Self.interval(rate, scale: 100, digits: Self.digits(rate), language: language)))",
                    t.signed(variant.connectorRouteRate.difference * 100, 1),
                    t.signed(variant.untouched.difference, 1),
                    t.signed(variant.meanTrust.difference, 4)]
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
        let t = Localizer(language)
        let rate = variant.connectionRate
        let head = t(.termSentenceHead, variant.displayName, t.signed(rate.difference * 100, digits(rate)))
        guard let excludesZero = rate.excludesZero else { return head + t(.termNoInterval) }
        let interval = t(.termInterval, Self.interval(rate, scale: 100, digits: digits(rate), language: language))
        guard excludesZero else { return head + t(.termNoClearEffect, interval) }
        guard let visible = variant.timing.visibleFromWeek else { return head + t(.termNotVisible, interval) }
        let fade = variant.timing.fadesAfterWeek.map { t(.termFades, String($0)) } ?? ""
        return head + t(.termVisible, interval, String(visible), fade)
    }

    /// `low to high` of a row's paired interval, times `scale`, signed.
    static func interval(_ row: ComparisonRow, scale: Double, digits: Int, language: Language = .english) -> String {
        let t = Localizer(language)
        return t(.intervalRange, t.signed(row.ciLow * scale, digits), t.signed(row.ciHigh * scale, digits))
    }

    /// A fraction as signed percentage points with one decimal (or `digits`): `+6.1`, `−0.3`, `0.0`, `NA`.
    static func points(_ fraction: Double, digits: Int = 1) -> String { signed(fraction * 100, digits) }

    /// Decimals for a rate row in points: one, or two when a non-empty interval's ends
    /// would print the same with one (`+0.7 to +0.7` becomes `+0.68 to +0.73`).
    static func digits(_ row: ComparisonRow) -> Int {
        let low = row.ciLow * 100, high = row.ciHigh * 100
        guard low.isFinite, high.isFinite, high > low else { return 1 }
        return signed(low, 1) == signed(high, 1) ? 2 : 1
    }

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
