import Foundation

/// What `wijksim compare … --worlds N` prints: a table of the shares of worlds per variant,
/// the assumptions each variant's effect depends on most, and one sentence per variant, e.g.
/// `transition manager: in 87% of 200 plausible worlds connection success is clearly higher
/// (median +1.1 points, 90% of worlds between +0.2 and +2.6); the answer depends most on …`.
///
/// Effects are shown in percentage points of the headline metric (a rate), one decimal.
package struct WorldsReport: Sendable {
    /// The plan.
    package var plan: WorldsPlan
    /// The verdicts.
    package var summary: WorldsSummary
    /// Wall-clock time of the run, unit: seconds; `nil` for a merge (no line printed).
    package var wallTimeSeconds: Double?
    /// Worker threads.
    package var jobs: Int
    /// The files written.
    package var files: [String]
    /// `--lang`.
    package var language: Language

    /// A report.
    package init(plan: WorldsPlan, summary: WorldsSummary, wallTimeSeconds: Double?, jobs: Int, files: [String],
                 language: Language) {
        self.plan = plan
        self.summary = summary
        self.wallTimeSeconds = wallTimeSeconds
        self.jobs = jobs
        self.files = files
        self.language = language
    }

    /// Drivers listed per variant.
    static let driversShown = 3

    /// The text, ending in a newline.
    package var text: String {
        let t = Localizer(language)
        let source: String = switch plan.source {
        case .hypercube: t(.worldsSourceHypercube, String(plan.factors.count))
        case .posterior(let file, let rows): t(.worldsSourcePosterior, String(rows), file, String(plan.factors.count))
        }
        var lines = [t(.worldsHeadline, String(plan.worldCount), plan.baseName, source, String(plan.replicates),
                       String(plan.scenarios[0].run.weeks), String(plan.seed)), ""]
        lines += table
        lines += ["", t(.worldsExplain1), t(.worldsExplain2), t(.worldsExplain3), ""]
        let method = summary.verdicts.first?.method ?? .prcc
        lines.append(t(method == .prcc ? .worldsDriversTitlePRCC : .worldsDriversTitleRank))
        for verdict in summary.verdicts {
            lines.append("  " + displayName(verdict.variant))
            let shown = verdict.drivers.prefix(Self.driversShown).filter { $0.headline.value != nil }
            if shown.isEmpty { lines.append("    " + t(.worldsDriverNone)) }
            for (rank, driver) in shown.enumerated() {
                let estimate = driver.headline
                let interval = estimate.interval.map { " (" + t(.intervalRange, t.signed($0.low, 2), t.signed($0.high, 2)) + ")" } ?? ""
                let label = summary.factor(driver.parameter)?.label ?? ""
                lines.append("    \(rank + 1). \(driver.parameter) \(t.signed(estimate.value ?? .nan, 2))\(interval)  \(label)")
            }
        }
        lines.append("")
        for (index, verdict) in summary.verdicts.enumerated() {
            lines.append(sentence(verdict))
            if index < summary.sideEffects.count { lines.append("  " + sideEffectLine(summary.sideEffects[index], worlds: verdict.worlds)) }
        }
        if let wallTimeSeconds {
            lines += ["", t(.worldsWallTime, t.number(wallTimeSeconds, 1), String(jobs), t(jobs == 1 ? .wordJob : .wordJobs))]
        }
        lines += ["", t(.worldsFiles)]
        lines += files.map { "  \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The variant's name as people read it (``CompareReport/displayName(of:base:)``).
    func displayName(_ variant: String) -> String { CompareReport.displayName(of: variant, base: plan.baseName) }

    /// The table: a header and one row per variant.
    var table: [String] {
        let t = Localizer(language)
        let header = [t(.worldsColumnVariant), t(.worldsColumnUp), t(.worldsColumnDown), t(.worldsColumnUnclear), t(.worldsColumnMedian), t(.worldsColumnRange)]
        let rows = summary.verdicts.map { verdict -> [String] in
            [displayName(verdict.variant), t.percent(verdict.positiveShare, 0), t.percent(verdict.negativeShare, 0),
             t.percent(verdict.unclearShare, 0), t.signed(verdict.median * 100, 1),
             t(.intervalRange, t.signed(verdict.low * 100, 1), t.signed(verdict.high * 100, 1))]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { cells in
            cells.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + pad : pad + cell
            }.joined(separator: "   ")
        }
    }

    /// The sentence for `verdict`.
    package func sentence(_ verdict: WorldsVerdict) -> String {
        let t = Localizer(language)
        let name = displayName(verdict.variant), n = String(verdict.worlds), metric = t(.worldsMetric)
        var text: String
        if verdict.positive == 0 && verdict.negative == 0 {
            text = t(.worldsSentenceNone, name, n, metric)
        } else if verdict.positive >= verdict.negative {
            text = t(.worldsSentenceHead, name, t.percent(verdict.positiveShare, 0), n, metric)
            if verdict.negative > 0 { text += t(.worldsSentenceAlsoLower, t.percent(verdict.negativeShare, 0)) }
        } else {
            text = t(.worldsSentenceLower, name, t.percent(verdict.negativeShare, 0), n, metric)
            if verdict.positive > 0 { text += t(.worldsSentenceAlsoHigher, t.percent(verdict.positiveShare, 0)) }
        }
        text += t(.worldsSentenceEffect, t.signed(verdict.median * 100, 1), t.signed(verdict.low * 100, 1), t.signed(verdict.high * 100, 1))
        if let driver = verdict.detectableDrivers(1).first {
            let label = summary.factor(driver.parameter).map { Self.lowercasedFirst($0.label) + " (\(driver.parameter))" } ?? driver.parameter
            text += t(.worldsSentenceDepends, label)
        } else {
            text += t(.worldsSentenceDependsNone)
        }
        return text
    }

    /// The side effects over the worlds, e.g. `side effects (share of worlds where clearly and
    /// materially worse / better): abandoned 97% / 0%, untouched 88% / 0%.`: every declared
    /// side effect named in at least one world, most often worse first (ties in declaration order).
    func sideEffectLine(_ shares: [WorldsSummary.SideEffectShares], worlds: Int) -> String {
        let t = Localizer(language)
        let named = zip(SideEffect.declarations, shares).filter { $0.1.worse + $0.1.better > 0 }
        guard !named.isEmpty, worlds > 0 else { return t(.worldsSideEffectsNone) }
        let ordered = named.enumerated().sorted { a, b in
            a.element.1.worse != b.element.1.worse ? a.element.1.worse > b.element.1.worse : a.offset < b.offset
        }.map(\.element)
        let share = { (count: Int) in t.percent(Double(count) / Double(worlds), 0) }
        return t(.worldsSideEffects, ordered.map { "\($0.0.column(language)) \(share($0.1.worse)) / \(share($0.1.better))" }.joined(separator: ", "))
    }

    /// `Initial awareness` → `initial awareness`; a word in capitals (`MOR`) is kept.
    static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first, text.dropFirst().first?.isLowercase ?? true else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
