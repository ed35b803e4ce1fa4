/// What `wijksim compare` prints on stdout: a table of the main effects, sorted by the
/// effect on the connection rate (largest first), and one plain sentence per variant.
///
/// Differences are `variant − base`, paired by replicate. Rates are shown in percentage
/// points (one decimal, with sign), untouched requests as requests per replicate, mean
/// trust on its 0–1 scale; `−` is the minus sign (U+2212).
public struct CompareReport: Sendable {
    /// The headline figures of one variant.
    public struct Variant: Sendable {
        /// The scenario's name.
        public var name: String
        /// The name shown to people (see ``CompareReport/displayName(of:base:)``).
        public var displayName: String
        /// `connection_rate_all`.
        public var connectionRate: ComparisonRow
        /// `connector_route_connection_rate`.
        public var connectorRouteRate: ComparisonRow
        /// `untouched_all`.
        public var untouched: ComparisonRow
        /// `mean_trust`.
        public var meanTrust: ComparisonRow
        /// When the connection-rate effect shows (see ``ComparisonTiming``).
        public var timing: ComparisonTiming

        /// The headline figures of variant `variant` (index) of `recorder`.
        public init(recorder: ComparisonRecorder, variant: Int, baseName: String) {
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
    public var baseName: String
    /// Replicates per scenario.
    public var replicates: Int
    /// Recorded weeks.
    public var weeks: Int
    /// Master seed.
    public var seed: UInt64
    /// The variants, sorted by connection-rate difference, largest first (undefined last;
    /// ties keep command-line order).
    public var variants: [Variant]
    /// Wall-clock time. Unit: seconds.
    public var wallTimeSeconds: Double
    /// Worker threads.
    public var jobs: Int
    /// Paths of the files written.
    public var files: [String]

    /// Creates a report; `variants` may come in any order.
    public init(baseName: String, replicates: Int, weeks: Int, seed: UInt64, variants: [Variant],
                wallTimeSeconds: Double, jobs: Int, files: [String]) {
        self.baseName = baseName
        self.replicates = replicates
        self.weeks = weeks
        self.seed = seed
        self.variants = variants.enumerated().sorted { a, b in
            let x = a.element.connectionRate.difference, y = b.element.connectionRate.difference
            if x.isNaN != y.isNaN { return y.isNaN }
            if !x.isNaN, x != y { return x > y }
            return a.offset < b.offset
        }.map(\.element)
        self.wallTimeSeconds = wallTimeSeconds
        self.jobs = jobs
        self.files = files
    }

    /// The name shown for scenario `name`: a leading `<base>-` or `<base>_` is dropped (when
    /// something remains), then `-` and `_` become spaces; `katwijk-transition-manager`
    /// compared with `katwijk` shows as `transition manager`.
    public static func displayName(of name: String, base: String) -> String {
        var shown = Substring(name)
        for separator in ["-", "_"] where name.count > base.count + 1 && name.hasPrefix(base + separator) {
            shown = name.dropFirst(base.count + 1)
        }
        return String(shown.map { $0 == "-" || $0 == "_" ? " " : $0 })
    }

    /// The report text, ending in a newline.
    public var text: String {
        var lines = [
            "Compared with \(baseName): \(replicates) paired replicate\(replicates == 1 ? "" : "s") × \(weeks) weeks, seed \(seed)",
            "",
        ]
        lines += table
        lines += [
            "",
            "Differences are variant \u{2212} base, paired replicate by replicate (same seeds); points are",
            "percentage points. Via connector: requests handled through a connector; untouched: requests",
            "nobody had taken up at the end, per replicate; trust on its 0\u{2013}1 scale.",
            "",
        ]
        lines += variants.map(Self.sentence(for:))
        lines += [
            "",
            "Wall time \(Self.fixed(wallTimeSeconds, 1)) s with \(jobs) job\(jobs == 1 ? "" : "s")",
            "",
            "Results (every metric with paired and unpaired intervals; per week):",
        ]
        lines += files.map { "  \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table lines: a header and one row per variant, columns padded to fit.
    var table: [String] {
        let header = ["variant", "connection rate, points (95% CI)", "via connector, points",
                      "untouched requests", "mean trust"]
        let rows = variants.map { variant -> [String] in
            let rate = variant.connectionRate
            return [variant.displayName,
                    "\(Self.points(rate.difference, digits: Self.digits(rate))) (\(Self.interval(rate, scale: 100, digits: Self.digits(rate))))",
                    Self.points(variant.connectorRouteRate.difference),
                    Self.signed(variant.untouched.difference, 1),
                    Self.signed(variant.meanTrust.difference, 4)]
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
    public static func sentence(for variant: Variant) -> String {
        let rate = variant.connectionRate
        let head = "\(variant.displayName): connection rate \(points(rate.difference, digits: digits(rate))) points"
        guard let excludesZero = rate.excludesZero else {
            return head + " (no interval: fewer than 2 replicates with a defined rate)."
        }
        let interval = "95% CI \(Self.interval(rate, scale: 100, digits: digits(rate)))"
        guard excludesZero else { return head + ", no clear effect (\(interval))." }
        guard let visible = variant.timing.visibleFromWeek else {
            return head + " (\(interval)), not clearly visible in any week."
        }
        let fade = variant.timing.fadesAfterWeek.map { " and fades after week \($0)" } ?? ""
        return head + " (\(interval)), visible from week \(visible)\(fade)."
    }

    /// `low to high` of a row's paired interval, times `scale`, signed.
    static func interval(_ row: ComparisonRow, scale: Double, digits: Int) -> String {
        "\(signed(row.ciLow * scale, digits)) to \(signed(row.ciHigh * scale, digits))"
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
