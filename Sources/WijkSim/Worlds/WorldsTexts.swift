/// The texts of the worlds summary in English and Dutch, kept beside the worlds code (the
/// shared ``Translations`` table holds the other commands'); `{1}`, `{2}`, … are filled in
/// order, both languages of an entry use the same placeholders (tested).
package enum WorldsText: CaseIterable, Sendable {
    // Every case starts with `worlds` so that `t(.worldsFiles)` never resolves to a ``TextKey``.
    case worldsHeadline, worldsSourceHypercube, worldsSourcePosterior, worldsColumnVariant, worldsColumnUp, worldsColumnDown, worldsColumnUnclear, worldsColumnMedian, worldsColumnRange, worldsDriversTitlePRCC, worldsDriversTitleRank, worldsDriverNone, worldsSentenceHead, worldsSentenceAlsoLower, worldsSentenceAlsoHigher, worldsSentenceLower, worldsSentenceNone, worldsSentenceEffect, worldsSentenceDepends, worldsSentenceDependsNone, worldsMetric, worldsExplain1, worldsExplain2, worldsExplain3, worldsWallTime, worldsShardDone, worldsMergeHint, worldsFiles

    /// English and Dutch.
    var entry: (en: String, nl: String) {
        switch self {
        case .worldsHeadline: ("Verdict over {1} plausible worlds for {2}: {3}; {4} paired replicates × {5} weeks in each world, seed {6}",
                         "Oordeel over {1} plausibele werelden voor {2}: {3}; {4} gepaarde herhalingen × {5} weken per wereld, seed {6}")
        case .worldsSourceHypercube: ("a latin hypercube over the plausible ranges of {1} assumed parameters",
                                "een latijnse hyperkubus over de plausibele bereiken van {1} aangenomen parameters")
        case .worldsSourcePosterior: ("{1} rows of the posterior {2} ({3} parameters)", "{1} rijen van de posterior {2} ({3} parameters)")
        case .worldsColumnVariant: ("variant", "variant")
        case .worldsColumnUp: ("clearly up", "duidelijk hoger")
        case .worldsColumnDown: ("clearly down", "duidelijk lager")
        case .worldsColumnUnclear: ("unclear", "onduidelijk")
        case .worldsColumnMedian: ("median, points", "mediaan, procentpunt")
        case .worldsColumnRange: ("90% of worlds", "90% van de werelden")
        case .worldsDriversTitlePRCC: ("What the effect depends on most (partial rank correlation over worlds, 95% CI):",
                                 "Waar het effect het meest van afhangt (partiële rangcorrelatie over werelden, 95%-BI):")
        case .worldsDriversTitleRank: ("What the effect depends on most (rank correlation over worlds, 95% CI; too few worlds for partial correlation: it needs the parameters + 32):",
                                 "Waar het effect het meest van afhangt (rangcorrelatie over werelden, 95%-BI; te weinig werelden voor partiële correlatie: die vraagt het aantal parameters + 32):")
        case .worldsDriverNone: ("no assumption with a detectable influence", "geen aanname met aantoonbare invloed")
        case .worldsSentenceHead: ("{1}: in {2} of {3} plausible worlds {4} is clearly higher", "{1}: in {2} van {3} plausibele werelden is het {4} duidelijk hoger")
        case .worldsSentenceAlsoLower: (", in {1} clearly lower", ", in {1} duidelijk lager")
        case .worldsSentenceAlsoHigher: (", in {1} clearly higher", ", in {1} duidelijk hoger")
        case .worldsSentenceLower: ("{1}: in {2} of {3} plausible worlds {4} is clearly lower", "{1}: in {2} van {3} plausibele werelden is het {4} duidelijk lager")
        case .worldsSentenceNone: ("{1}: in none of {2} plausible worlds is {3} clearly different", "{1}: in geen van {2} plausibele werelden is het {3} duidelijk anders")
        case .worldsSentenceEffect: (" (median {1} points, 90% of worlds between {2} and {3})", " (mediaan {1} procentpunt, 90% van de werelden tussen {2} en {3})")
        case .worldsSentenceDepends: ("; the answer depends most on {1}.", "; het antwoord hangt het meest af van {1}.")
        case .worldsSentenceDependsNone: ("; no single assumption detectably drives it.", "; geen enkele aanname stuurt het aantoonbaar.")
        case .worldsMetric: ("connection success", "verbindingssucces")
        case .worldsExplain1: ("Each world sets every assumed parameter to a plausible value; in each, the variants are compared with the base",
                         "Elke wereld geeft elke aangenomen parameter een plausibele waarde; in elke wereld worden de varianten met de basis")
        case .worldsExplain2: ("replicate by replicate (same seeds). Clearly up or down: the paired 95% interval of that world's effect lies",
                         "vergeleken, herhaling voor herhaling (dezelfde seeds). Duidelijk hoger of lager: het gepaarde 95%-interval van het")
        case .worldsExplain3: ("above or below 0; unclear: it includes 0. Points are percentage points of the connection rate.",
                         "effect in die wereld ligt boven of onder 0; onduidelijk: het omvat 0. Procentpunten van het verbindingssucces.")
        case .worldsWallTime: ("Wall time {1} s with {2} jobs", "Looptijd {1} s met {2} taken")
        case .worldsShardDone: ("Shard {1}: worlds {2} done ({3} run{4}).", "Deel {1}: werelden {2} klaar ({3} gedraaid{4}).")
        case .worldsMergeHint: ("Merge the shards with: wijksim merge {1}/shard-* --out {1}", "Voeg de delen samen met: wijksim merge {1}/shard-* --out {1}")
        case .worldsFiles: ("Files:", "Bestanden:")
        }
    }
}

extension Localizer {
    /// The worlds text `key` with `{1}`, `{2}`, … replaced by `arguments` in order.
    package func callAsFunction(_ key: WorldsText, _ arguments: String...) -> String {
        var text = language == .dutch ? key.entry.nl : key.entry.en
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index + 1)}", with: argument)
        }
        return text
    }
}
