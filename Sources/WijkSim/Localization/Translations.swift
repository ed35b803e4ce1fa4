/// Every text of the reports and terminal summaries, in English and Dutch, keyed by
/// ``TextKey``. `{1}`, `{2}`, … are filled in by ``Localizer``; both languages of an
/// entry use the same placeholders (a test checks this, and that every key has both).
enum Translations {
    /// One text in both languages.
    struct Entry: Sendable {
        var en: String
        var nl: String
    }

    /// The text of `key` in `language`; a key missing from ``table`` shows as `⟦key⟧`.
    static func text(_ key: TextKey, _ language: Language) -> String {
        guard let entry = table[key] else { return "⟦\(key)⟧" }
        return language == .dutch ? entry.nl : entry.en
    }

    private static func e(_ en: String, _ nl: String) -> Entry { Entry(en: en, nl: nl) }

    /// The table.
    static let table: [TextKey: Entry] = [
        // Words shared by report and terminal
        .kindQuestion: e("question", "vraag"),
        .kindSignal: e("signal", "signaal"),
        .kindInitiative: e("initiative", "initiatief"),
        .kindConflict: e("conflict", "conflict"),
        .kindAll: e("all", "alle"),
        .kindAllLong: e("all kinds", "alle soorten"),
        .outcomeConnected: e("connected (got a result)", "afgehandeld (met resultaat)"),
        .outcomeDeclined: e("declined with explanation", "afgewezen met uitleg"),
        .outcomeStranded: e("stranded", "gestrand"),
        .outcomeAbandoned: e("abandoned by the resident", "afgehaakt door de bewoner"),
        .outcomeUntouched: e("untouched", "onaangeroerd"),
        .outcomeInProgress: e("in progress", "in behandeling"),
        .roleFixer: e("fixer (questions)", "fikser (vragen)"),
        .roleBridgeBuilder: e("bridge builder (signals)", "bruggenbouwer (signalen)"),
        .roleEntrepreneur: e("innovative entrepreneur (initiatives)", "innovatieve ondernemer (initiatieven)"),
        .roleMediator: e("mediator (conflicts)", "bemiddelaar (conflicten)"),
        .intervalRange: e("{1} to {2}", "{1} tot {2}"),
        .wordReplicate: e("replicate", "herhaling"),
        .wordReplicates: e("replicates", "herhalingen"),
        .wordPairedReplicate: e("paired replicate", "gepaarde herhaling"),
        .wordPairedReplicates: e("paired replicates", "gepaarde herhalingen"),
        .wordJob: e("job", "taak"),
        .wordJobs: e("jobs", "taken"),
        .noData: e("no data", "geen gegevens"),

        // Report header
        .headerScenario: e("Scenario", "Scenario"),
        .headerScenarioFile: e("Scenario file", "Scenariobestand"),
        .headerBase: e("Base", "Basis"),
        .headerVariants: e("Variants", "Varianten"),
        .headerSeed: e("Seed", "Startgetal (seed)"),
        .headerReplicates: e("Replicates", "Herhalingen"),
        .headerWeeks: e("Weeks", "Weken"),
        .headerVersion: e("Version", "Versie"),
        .headerDate: e("Date", "Datum"),
        .keyNumbers: e("Key numbers", "Kerncijfers"),
        .footer: e("Made by WijkSim {1} from the CSV files in this results folder; they hold every metric. Figures are means over the replicates; 95% intervals show the range that most likely holds the true mean.",
                   "Gemaakt door WijkSim {1} uit de CSV-bestanden in deze resultatenmap; daarin staan alle maten. Cijfers zijn gemiddelden over de herhalingen; 95%-intervallen geven het bereik waarin het echte gemiddelde vrijwel zeker ligt."),

        // Run report
        .runReportTitle: e("WijkSim report: {1}", "WijkSim-rapport: {1}"),
        .runIntro: e("The municipality was simulated {1} times for {2} weeks each, every time with other chance events. A request is a question, signal, initiative or conflict a resident raises.",
                     "De gemeente is {1} keer gesimuleerd, steeds {2} weken, telkens met andere toevalsgebeurtenissen. Een verzoek is een vraag, signaal, initiatief of conflict dat een bewoner inbrengt."),
        .columnKind: e("Request kind", "Soort verzoek"),
        .columnRaised: e("Raised per replicate", "Ingediend per herhaling"),
        .columnRate: e("Connection rate (95% interval)", "Verbindingssucces (95%-interval)"),
        .columnClearAnswer: e("Clear answer (result or explained no)", "Helder antwoord (resultaat of uitgelegd nee)"),
        .columnMedianTime: e("Median weeks to result", "Mediaan weken tot resultaat"),
        .columnUntouched: e("Untouched at the end", "Onaangeroerd aan het eind"),
        .sectionResults: e("What residents got", "Wat bewoners kregen"),
        .sectionOrganisation: e("Inside the organisation", "Binnen de organisatie"),
        .rateTitle: e("Connection rate per request kind", "Verbindingssucces per soort verzoek"),
        .rateAxis: e("Share of requests that got a result (%)", "Aandeel verzoeken met resultaat (%)"),
        .rateReference: e("all kinds: {1}", "alle soorten: {1}"),
        .rateCaption: e("Of all requests residents raised, {1} got a result (an answer, a solution, a realised initiative or a resolved conflict); the black whiskers show the 95% interval.",
                        "Van alle verzoeken van bewoners kreeg {1} een resultaat (een antwoord, een oplossing, een gerealiseerd initiatief of een opgelost conflict); de zwarte strepen tonen het 95%-interval."),
        .outcomeTitle: e("How requests ended, per request kind", "Hoe verzoeken afliepen, per soort verzoek"),
        .outcomeAxis: e("Share of requests raised (%)", "Aandeel van de ingediende verzoeken (%)"),
        .outcomeCaption: e("Each bar splits the requests of one kind by how they ended: over all kinds {1} got a result, {2} got a clear, explained no and {3} were never picked up by anyone.",
                           "Elke balk verdeelt de verzoeken van één soort naar hoe ze afliepen: over alle soorten kreeg {1} een resultaat, {2} een helder, uitgelegd nee en werd {3} door niemand opgepakt."),
        .timeTitle: e("Time to result", "Tijd tot resultaat"),
        .timeAxis: e("Weeks from request to result", "Weken van verzoek tot resultaat"),
        .timeMedian: e("median (half took at most this long)", "mediaan (de helft duurde hooguit zo lang)"),
        .timeMean: e("mean", "gemiddelde"),
        .timeRange: e("median to 90th percentile", "mediaan tot 90e percentiel"),
        .timeCaption: e("For requests that got a result, half took at most {1} weeks and one in ten took longer than {2} weeks (all kinds, means over the replicates).",
                        "Van de verzoeken met resultaat duurde de helft hooguit {1} weken en één op de tien langer dan {2} weken (alle soorten, gemiddeld over de herhalingen)."),
        .trustTitle: e("Trust and awareness over the weeks", "Vertrouwen en bekendheid door de weken heen"),
        .trustAxis: e("Mean, on a 0–1 scale", "Gemiddelde, op een schaal van 0 tot 1"),
        .weekAxis: e("Week", "Week"),
        .seriesTrust: e("residents' trust in the municipality", "vertrouwen van bewoners in de gemeente"),
        .seriesAware: e("share of residents who know a connector", "aandeel bewoners dat een wijkverbinder kent"),
        .seriesDepartmentAwareness: e("departments' awareness of the connectors", "bekendheid van de wijkverbinders bij vakafdelingen"),
        .trustCaption: e("Residents' mean trust went from {1} in week 1 to {2} in week {3}; the shaded bands show the 95% interval.",
                         "Het gemiddelde vertrouwen van bewoners ging van {1} in week 1 naar {2} in week {3}; de gekleurde banden tonen het 95%-interval."),
        .trustCaptionEmpty: e("No weekly values were recorded.", "Er zijn geen weekwaarden vastgelegd."),
        .utilisationTitle: e("Workload of connectors and departments", "Werkdruk van wijkverbinders en vakafdelingen"),
        .utilisationAxis: e("Share of available hours used (%)", "Aandeel van de beschikbare uren dat is gebruikt (%)"),
        .utilisationConnectors: e("Connectors (wijkverbinders)", "Wijkverbinders"),
        .utilisationDepartments: e("Departments", "Vakafdelingen"),
        .utilisationCaption: e("Connectors used {1} of their hours and departments {2} of theirs; close to 100% leaves no room for more requests.",
                               "Wijkverbinders gebruikten {1} van hun uren en vakafdelingen {2} van de hunne; dicht bij 100% is er geen ruimte voor meer verzoeken."),
        .roleTitle: e("Success per connector role and direction", "Succes per rol van de wijkverbinder en richting"),
        .towardsResidents: e("towards residents", "richting bewoners"),
        .towardsCivilServants: e("towards civil servants", "richting ambtenaren"),
        .roleScale: e("share successful", "aandeel geslaagd"),
        .roleCaption: e("Towards residents: the share of a role's requests on the connector route that got a result; towards civil servants: the share of departments' decisions on them that accepted the request.",
                        "Richting bewoners: het aandeel verzoeken via de wijkverbinder dat een resultaat kreeg; richting ambtenaren: het aandeel besluiten van vakafdelingen dat het verzoek aannam."),

        // Compare report
        .compareReportTitle: e("WijkSim comparison with {1}", "WijkSim-vergelijking met {1}"),
        .compareIntro: e("{1} variant(s) compared with {2}: {3} paired replicates of {4} weeks. Each replicate of a variant meets the same chance events as the base, so a difference is the effect of the variant itself.",
                         "{1} variant(en) vergeleken met {2}: {3} gepaarde herhalingen van {4} weken. Elke herhaling van een variant krijgt dezelfde toevalsgebeurtenissen als de basis, dus een verschil is het effect van de variant zelf."),
        .columnVariant: e("Variant", "Variant"),
        .sectionEffects: e("Effects, with 95% intervals", "Effecten, met 95%-intervallen"),
        .metricConnectionRate: e("connection rate, points", "verbindingssucces, procentpunt"),
        .metricConnectorRoute: e("via a connector, points", "via een wijkverbinder, procentpunt"),
        .metricUntouched: e("untouched requests", "onaangeroerde verzoeken"),
        .metricTrust: e("mean trust (0–1)", "gemiddeld vertrouwen (0–1)"),
        .forestTitle: e("{1}: difference from {2}", "{1}: verschil met {2}"),
        .pointsAxis: e("Difference, percentage points (variant − base)", "Verschil, procentpunt (variant − basis)"),
        .requestsAxis: e("Difference, requests per replicate (variant − base)", "Verschil, verzoeken per herhaling (variant − basis)"),
        .trustDifferenceAxis: e("Difference in mean trust, 0–1 scale (variant − base)", "Verschil in gemiddeld vertrouwen, schaal 0–1 (variant − basis)"),
        .forestCaption: e("A square right of the zero line means more than in {1}, left means less; a filled square means the 95% interval leaves out zero (a clear effect), a hollow one that it does not.",
                          "Een vierkantje rechts van de nullijn betekent meer dan in {1}, links minder; een gevuld vierkantje betekent dat het 95%-interval nul uitsluit (een duidelijk effect), een open vierkantje dat het dat niet doet."),
        .weeklyTitle: e("Difference in connection rate, week by week", "Verschil in verbindingssucces, week na week"),
        .weeklyAxis: e("Difference, percentage points", "Verschil, procentpunt"),
        .weeklySeries: e("{1} − base, with 95% interval", "{1} − basis, met 95%-interval"),
        .weeklyCaption: e("Each panel shows how much higher (above the zero line) or lower that variant's weekly connection rate was than the base's; the shaded band is the 95% interval, and all panels share one scale.",
                          "Elk paneel toont hoeveel hoger (boven de nullijn) of lager het wekelijkse verbindingssucces van die variant was dan dat van de basis; de gekleurde band is het 95%-interval en alle panelen hebben dezelfde schaal."),

        .reportWritten: e("Wrote {1}", "{1} geschreven"),

        // Terminal summary of run
        .termRunHeadline: e("Scenario {1}: {2} {3} × {4} weeks, seed {5}", "Scenario {1}: {2} {3} × {4} weken, seed {5}"),
        .termRateHeading: e("Connection rate (mean over replicates)", "Verbindingssucces (gemiddelde over de herhalingen)"),
        .termInterval: e("95% CI {1}", "95%-BI {1}"),
        .termRoute: e("via a connector {1}, via the general channel {2}", "via een wijkverbinder {1}, via het algemene kanaal {2}"),
        .termTime: e("Time to result (weeks, all kinds): mean {1}, median {2}, p90 {3}",
                     "Tijd tot resultaat (weken, alle soorten): gemiddeld {1}, mediaan {2}, p90 {3}"),
        .termUntouched: e("Untouched requests at the end: {1} per replicate", "Onaangeroerde verzoeken aan het eind: {1} per herhaling"),
        .termTrust: e("Mean trust at the end: {1}", "Gemiddeld vertrouwen aan het eind: {1}"),
        .termWallTime: e("Wall time {1} s with {2} {3}", "Looptijd {1} s met {2} {3}"),
        .termResults: e("Results:", "Resultaten:"),

        // Terminal summary of compare
        .termCompareHeadline: e("Compared with {1}: {2} {3} × {4} weeks, seed {5}", "Vergeleken met {1}: {2} {3} × {4} weken, seed {5}"),
        .termColumnVariant: e("variant", "variant"),
        .termColumnRate: e("connection rate, points (95% CI)", "verbindingssucces, procentpunt (95%-BI)"),
        .termColumnRoute: e("via connector, points", "via wijkverbinder, procentpunt"),
        .termColumnUntouched: e("untouched requests", "onaangeroerde verzoeken"),
        .termColumnTrust: e("mean trust", "gem. vertrouwen"),
        .termExplain1: e("Differences are variant \u{2212} base, paired replicate by replicate (same seeds); points are",
                         "Verschillen zijn variant \u{2212} basis, herhaling voor herhaling gepaard (zelfde seeds); punten zijn"),
        .termExplain2: e("percentage points. Via connector: requests handled through a connector; untouched: requests",
                         "procentpunten. Via wijkverbinder: verzoeken die via een wijkverbinder liepen; onaangeroerd: verzoeken"),
        .termExplain3: e("nobody had taken up at the end, per replicate; trust on its 0\u{2013}1 scale.",
                         "die aan het eind door niemand waren opgepakt, per herhaling; vertrouwen op een schaal van 0\u{2013}1."),
        .termSentenceHead: e("{1}: connection rate {2} points", "{1}: verbindingssucces {2} procentpunt"),
        .termNoInterval: e(" (no interval: fewer than 2 replicates with a defined rate).",
                           " (geen interval: minder dan 2 herhalingen met een bepaald succes)."),
        .termNoClearEffect: e(", no clear effect ({1}).", ", geen duidelijk effect ({1})."),
        .termNotVisible: e(" ({1}), not clearly visible in any week.", " ({1}), in geen enkele week duidelijk zichtbaar."),
        .termVisible: e(" ({1}), visible from week {2}{3}.", " ({1}), zichtbaar vanaf week {2}{3}."),
        .termFades: e(" and fades after week {1}", " en zwakt af na week {1}"),
        .termCompareResults: e("Results (every metric with paired and unpaired intervals; per week):",
                               "Resultaten (elke maat met gepaarde en ongepaarde intervallen; per week):"),
    ]
}
