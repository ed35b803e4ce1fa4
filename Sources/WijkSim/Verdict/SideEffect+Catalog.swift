extension SideEffect {
    /// Every side effect, in the order of the table columns and of the sentence.
    ///
    /// To add one: append a declaration here (its metric must be a declared scalar metric);
    /// `wijksim docs` regenerates the README table, and the help text follows by itself.
    package static let declarations: [SideEffect] = [
        SideEffect(
            metric: MetricCatalog.scalarNames[MetricCatalog.count(.abandoned, 4)],
            column: Phrase(en: "abandoned", nl: "afgehaakt"),
            relativeThreshold: 0.05, absoluteThreshold: 1, size: .relative, increaseIsWorse: true,
            increase: Phrase(en: "residents give up waiting {size} more often",
                             nl: "inwoners haken {size} vaker af tijdens het wachten"),
            decrease: Phrase(en: "residents give up waiting {size} less often",
                             nl: "inwoners haken {size} minder vaak af tijdens het wachten"),
            rationale: "a twentieth more or fewer residents giving up; at least one request per replicate"),
        SideEffect(
            metric: "abandoned_in_queue_all",
            column: Phrase(en: "abandoned in queue", nl: "afgehaakt in wachtrij"),
            relativeThreshold: 0.05, absoluteThreshold: 1, size: .relative, increaseIsWorse: true,
            increase: Phrase(en: "{size} more requests are given up before anyone takes them up",
                             nl: "{size} meer verzoeken worden opgegeven voordat iemand ze oppakt"),
            decrease: Phrase(en: "{size} fewer requests are given up before anyone takes them up",
                             nl: "{size} minder verzoeken worden opgegeven voordat iemand ze oppakt"),
            rationale: "as for abandoned: a twentieth, and at least one request per replicate"),
        SideEffect(
            metric: MetricCatalog.scalarNames[MetricCatalog.count(.untouched, 4)],
            column: Phrase(en: "untouched", nl: "onaangeroerd"),
            relativeThreshold: 0.10, absoluteThreshold: 1, size: .relative, increaseIsWorse: true,
            increase: Phrase(en: "{size} more requests are never taken up",
                             nl: "{size} meer verzoeken worden nooit opgepakt"),
            decrease: Phrase(en: "{size} fewer requests are left untouched",
                             nl: "{size} minder verzoeken blijven onaangeroerd"),
            rationale: "a tenth: a small count at the end of the run, so a wider margin; at least one request"),
        SideEffect(
            metric: MetricCatalog.scalarNames[MetricCatalog.timeToResult(0, 4)],
            column: Phrase(en: "time to result, weeks", nl: "tijd tot resultaat, weken"),
            relativeThreshold: nil, absoluteThreshold: 0.5,
            size: .absolute(digits: 1, unit: Phrase(en: "weeks", nl: "weken")), increaseIsWorse: true,
            increase: Phrase(en: "results take {size} longer", nl: "een resultaat duurt {size} langer"),
            decrease: Phrase(en: "results come {size} sooner", nl: "een resultaat komt {size} eerder"),
            rationale: "half a week: the model's time step is one week"),
        SideEffect(
            metric: "mean_trust_askers",
            column: Phrase(en: "trust of askers", nl: "vertrouwen vragers"),
            relativeThreshold: nil, absoluteThreshold: 0.01, size: .absolute(digits: 3, unit: nil),
            increaseIsWorse: false,
            increase: Phrase(en: "trust of residents who asked rises by {size}",
                             nl: "het vertrouwen van inwoners die iets vroegen stijgt met {size}"),
            decrease: Phrase(en: "trust of residents who asked falls by {size}",
                             nl: "het vertrouwen van inwoners die iets vroegen daalt met {size}"),
            rationale: "one point on a 0-100 scale, among the residents who asked"),
        SideEffect(
            metric: "connector_hours_used",
            column: Phrase(en: "connector hours", nl: "uren wijkverbinders"),
            relativeThreshold: 0.05, absoluteThreshold: nil, size: .relative, increaseIsWorse: true,
            increase: Phrase(en: "connectors work {size} more hours", nl: "wijkverbinders werken {size} meer uren"),
            decrease: Phrase(en: "connectors work {size} fewer hours", nl: "wijkverbinders werken {size} minder uren"),
            rationale: "a twentieth of the hours connectors used"),
        SideEffect(
            metric: "department_hours_used",
            column: Phrase(en: "department hours", nl: "uren vakafdelingen"),
            relativeThreshold: 0.05, absoluteThreshold: nil, size: .relative, increaseIsWorse: true,
            increase: Phrase(en: "departments work {size} more hours", nl: "vakafdelingen werken {size} meer uren"),
            decrease: Phrase(en: "departments work {size} fewer hours", nl: "vakafdelingen werken {size} minder uren"),
            rationale: "a twentieth of the hours departments worked"),
    ]
}
