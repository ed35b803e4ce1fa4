/// The texts of the worlds summary in English and Dutch, kept beside the worlds code (the
/// shared ``Translations`` table holds the other commands'); `{1}`, `{2}`, … are filled in
/// order, both languages of an entry use the same placeholders (tested).
package enum WorldsText: CaseIterable, Sendable {
    // Every case starts with `worlds` so that `t(.worldsFiles)` never resolves to a ``TextKey``.
    case worldsHeadline, worldsSourceHypercube, worldsSourcePosterior, worldsColumnVariant, worldsColumnUp, worldsColumnDown, worldsColumnUnclear, worldsColumnMedian, worldsColumnRange, worldsDriversTitlePRCC, worldsDriversTitleRank, worldsDriverNone, worldsSentenceHead, worldsSentenceAlsoLower, worldsSentenceAlsoHigher, worldsSentenceLower, worldsSentenceNone, worldsSentenceEffect, worldsSentenceDepends, worldsSentenceDependsNone, worldsMetric, worldsExplain1, worldsExplain2, worldsExplain3, worldsWallTime, worldsShardDone, worldsMergeHint, worldsFiles
    case worldsPageTitle, worldsPageIntro, worldsPageEffects, worldsPageEffectsTitle, worldsPageEffectsCaption, worldsPageEffectsAxis
    case worldsSideEffects, worldsSideEffectsNone
    case worldsPageSharesCaption, worldsPageDrivers, worldsPageTornadoTitle, worldsPageTornadoCaption, worldsPageAxisPRCC, worldsPageAxisRank

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
        case .worldsSideEffects: ("side effects (share of worlds where clearly and materially worse / better): {1}.",
                                  "neveneffecten (aandeel werelden waar duidelijk en wezenlijk slechter / beter): {1}.")
        case .worldsSideEffectsNone: ("no side effect is clearly and materially changed in any world.",
                                      "in geen enkele wereld verandert een neveneffect duidelijk en wezenlijk.")
        case .worldsMetric: ("connection success", "verbindingssucces")
        case .worldsExplain1: ("Each world sets every assumed parameter to a plausible value; in each, the variants are compared with the base",
                         "Elke wereld geeft elke aangenomen parameter een plausibele waarde; in elke wereld worden de varianten met de basis")
        case .worldsExplain2: ("replicate by replicate (same seeds). Clearly up or down: the paired 95% interval of that world's effect lies",
                         "vergeleken, herhaling voor herhaling (dezelfde seeds). Duidelijk hoger of lager: het gepaarde 95%-interval van het")
        case .worldsExplain3: ("above or below 0; unclear: it includes 0. Points are percentage points of the connection rate.",
                         "effect in die wereld ligt boven of onder 0; onduidelijk: het omvat 0. Procentpunten van het verbindingssucces.")
        case .worldsWallTime: ("Wall time {1} s with {2} {3}", "Looptijd {1} s met {2} {3}")
        case .worldsShardDone: ("Shard {1}: worlds {2} done ({3} run{4}).", "Deel {1}: werelden {2} klaar ({3} gedraaid{4}).")
        case .worldsMergeHint: ("Merge the shards with: wijksim merge {1}/shard-* --out {1}", "Voeg de delen samen met: wijksim merge {1}/shard-* --out {1}")
        case .worldsFiles: ("Files:", "Bestanden:")
        case .worldsPageTitle: ("WijkSim verdict over plausible worlds: {1}", "WijkSim-oordeel over plausibele werelden: {1}")
        case .worldsPageIntro: ("{1} plausible worlds, each setting every assumed parameter to a value from its plausible range; in each world every variant is compared with the base over {2} paired replicates.",
                                "{1} plausibele werelden, die elk iedere aangenomen parameter een waarde uit het plausibele bereik geven; in elke wereld wordt elke variant met de basis vergeleken over {2} gepaarde herhalingen.")
        case .worldsPageEffects: ("How large the effect is over the worlds", "Hoe groot het effect is over de werelden")
        case .worldsPageEffectsTitle: ("Effect on the connection rate over plausible worlds", "Effect op het verbindingssucces over plausibele werelden")
        case .worldsPageEffectsCaption: ("The bar is the median effect over the worlds; the whisker spans the middle 90% of worlds (5th to 95th percentile). Left of the zero line the variant does worse than the base.",
                                         "De balk is het mediane effect over de werelden; de snor omvat de middelste 90% van de werelden (5e tot 95e percentiel). Links van de nullijn doet de variant het slechter dan de basis.")
        case .worldsPageEffectsAxis: ("difference in connection rate, percentage points", "verschil in verbindingssucces, procentpunt")
        case .worldsPageSharesCaption: ("Share of worlds where the paired 95% interval of the effect lies above 0 (clearly up), below 0 (clearly down) or includes 0 (unclear).",
                                        "Aandeel werelden waarin het gepaarde 95%-interval van het effect boven 0 ligt (duidelijk hoger), onder 0 (duidelijk lager) of 0 omvat (onduidelijk).")
        case .worldsPageDrivers: ("Which assumptions the answer depends on", "Van welke aannames het antwoord afhangt")
        case .worldsPageTornadoTitle: ("{1}: what the effect depends on most", "{1}: waar het effect het meest van afhangt")
        case .worldsPageTornadoCaption: ("The ten assumptions most strongly correlated with the variant's effect over the worlds, with 95% intervals; to the right, a larger value of the assumption gives a larger effect. An interval across 0 is no detectable influence.",
                                         "De tien aannames die het sterkst samenhangen met het effect van de variant over de werelden, met 95%-intervallen; rechts geeft een grotere waarde van de aanname een groter effect. Een interval over 0 is geen aantoonbare invloed.")
        case .worldsPageAxisPRCC: ("partial rank correlation with the effect", "partiële rangcorrelatie met het effect")
        case .worldsPageAxisRank: ("rank correlation with the effect", "rangcorrelatie met het effect")
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
