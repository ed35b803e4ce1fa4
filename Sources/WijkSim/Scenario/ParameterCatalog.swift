/// Every leaf parameter of ``Scenario``, in declaration order, with its type,
/// range, unit, meaning and evidence — taken from the doc comments of the
/// parameter structs.
///
/// Key paths name a value in a scenario file: `barriers.siloPenalty`,
/// `departments[].cooperation` (`[]` = any element), `requests.mix.question`,
/// `sources[]` (each element of a list of scalars). A test checks that the
/// catalog covers exactly the leaves of `Scenario()` encoded to JSON, so it
/// cannot drift from the structs. The scenario loader checks every value
/// against it; `wijksim params` and the docs print it.
public enum ParameterCatalog {
    /// All specs, in the order the parameters are declared.
    public static let all: [ParameterSpec] =
        general + run + municipality + residents + requests
        + connectors + connectorTeam + departments + departmentBehaviour
        + council + barriers + trust + generalChannel + interventions

    /// The spec for a key path; indices are ignored, so
    /// `connectors[1].skills.fixer` finds `connectors[].skills.fixer`.
    public static func spec(for keyPath: String) -> ParameterSpec? {
        byKeyPath[pattern(of: keyPath)]
    }

    /// `keyPath` with every `[n]` written as `[]`.
    public static func pattern(of keyPath: String) -> String {
        guard keyPath.contains("[") else { return keyPath }
        var result = ""
        var inBrackets = false
        for character in keyPath {
            if character == "[" { inBrackets = true; result.append("[") }
            else if character == "]" { inBrackets = false; result.append("]") }
            else if !inBrackets { result.append(character) }
        }
        return result
    }

    static let byKeyPath: [String: ParameterSpec] =
        Dictionary(all.map { ($0.keyPath, $0) }, uniquingKeysWith: { first, _ in first })

    // MARK: Sections (declaration order of Scenario)

    static let general: [ParameterSpec] = [
        text("name", .name, "text", "Short name; results go to Results/<name>/.", "[A]"),
        text("description", .any, "text", "What the scenario models and why.", "[A]"),
        text("sources[]", .any, "text", "Where the figures come from (evidence lines).", "[A]"),
    ]

    static let run: [ParameterSpec] = [
        integer("run.weeks", RunSettings.weeksRange, "weeks", "Recorded horizon.", "[A: docs/ODD.md §1.2.8 default 104]"),
        integer("run.warmupWeeks", RunSettings.warmupWeeksRange, "weeks", "Weeks simulated before recording starts (events happen, are not counted).", "[A]"),
        integer("run.replicates", RunSettings.replicatesRange, "count", "Monte Carlo replicates.", "[A]"),
        integer("run.seed", RunSettings.seedRange, "integer", "Master seed; replicate i uses a seed derived from (seed, i) only.", "[A]"),
    ]

    static let municipality: [ParameterSpec] = [
        text("municipality.neighbourhoods[].name", .nonEmpty, "text", "Unique name of the neighbourhood, referenced by connectors.", "[A]"),
        integer("municipality.neighbourhoods[].population", 1, 10_000_000, "residents", "Inhabitants, each simulated as an agent.", "[E:001 L285 town sizes]"),
        number("municipality.neighbourhoods[].cohesion", 0, 1, "probability", "Probability that a resident told about the connector becomes aware.", "[E:001 L455; A]").plausible(0.2, 0.7, "assumption: no Dutch measure of 'told → aware'; CBS social cohesion scores vary by neighbourhood, so a wide middle band"),
    ]

    static let residents: [ParameterSpec] = section(
        [number("residents.trustMean", 0.01, 0.99, "fraction", "Mean initial trust in the municipality (Beta distribution).", "[X: OECD 2024 NL local government 54%]").plausible(0.4, 0.6, "X: OECD 2024 NL local government 54% (46.9% OECD average 2021); Kieskompas 2022: 30-40% little trust in the gemeente")],
        [number("residents.trustSpread", 0, 0.45, "fraction", "Standard deviation of initial trust; must be below sqrt(mean·(1−mean)).", "[A]").plausible(0.05, 0.25, "assumption: survey shares of high/low trust imply a broad but not bimodal spread")],
        [number("residents.initialAwareness", 0, 1, "fraction", "Share of residents who know their neighbourhood's connector at the start.", "[A]").plausible(0.05, 0.5, "assumption: no survey of how many residents know their connector; E:001 L496, L502 say publicity is needed, so rarely most")],
        [number("residents.requestsPerYear", 0, 52, "requests per resident per year", "Mean requests a resident would raise per year at trust 0.5.", "[C: P1, P3-P15 given the presets' other values, docs/CALIBRATION.md §8; X: 215-317 meldingen per 1,000 inhabitants per year go to the general MOR channel]").plausible(0.02, 0.3, "X: 215-317 MOR meldingen per 1,000 inhabitants per year go to the general channel; the share a connector would see is unknown, so about a factor 3 either way of the original 0.06; the calibration's prior")],
        [number("residents.activityShape", 0.01, 100, "shape", "Gamma shape of the activity (propensity to ask) across residents, mean 1; small = most never ask, few ask often.", "[X: 76% of Boston 311 reporters reported once]").plausible(0.1, 1, "X: 76% of Boston 311 reporters reported once (O'Brien 2015) implies a strongly skewed activity, shape well below 1")],
        [number("residents.trustEffectOnAsking", 0, 1, "weight", "How strongly trust drives asking: rate × (1 − w + 2·w·trust).", "[A; E:001 L168 withdrawal]").plausible(0.2, 0.8, "assumption: direction from E:001 L168 (withdrawal); strength unknown")],
        [integer("residents.maxOpenRequests", 1, 100, "requests", "Open requests a resident can have at once; asks beyond it are not raised.", "[A]").plausible(1, 5, "assumption: a resident rarely has more than a few issues open at once")],
        kinds("residents.patienceWeeks", .number(min: 0, max: .infinity, minExclusive: true), "weeks", "Mean weeks a resident waits for a result before giving up (exponential)", "[E:003 L2023; A]").plausible(4, 52, "E:003 L2023 'Het proces duurt te lang. Dan haakt iedereen af'; weeks to a year, by kind"),
        [number("residents.wordOfMouthContacts", 0, 100, "residents", "Residents a helped resident tells about the connector (Poisson mean).", "[E:001 L455]").plausible(0.5, 5, "E:001 L455 helped residents inform others; how many is an assumption")],
        [number("residents.outreachPerYear", 0, 1, "fraction per year", "Share of a neighbourhood's residents per year who learn of a present connector from outreach, newspaper, bewonersavonden.", "[E:001 L496, L502; A]").plausible(0.01, 0.15, "assumption: E:001 L496, L502 describe outreach but give no reach figure")],
        [number("residents.forgetOnTurnover", 0, 1, "fraction", "Share of aware residents who forget the connector when the post changes hands.", "[E:004 L1985; A]").plausible(0.1, 0.6, "E:004 L1985 continuity of the person matters; the share forgotten is an assumption")]
    )

    static let requests: [ParameterSpec] = section(
        kinds("requests.mix", .number(min: 0, max: 1), "fraction", "Share of requests of each kind; the four shares must sum to 1", "[A: docs/ODD.md §3.4.8]").plausible(0.05, 0.6, "assumption: the default mix of docs/ODD.md §3.4.8, from the reference design; no source counts requests by kind"),
        kinds("requests.noDepartmentShare", .number(min: 0, max: 1), "fraction", "Share of each kind the connector can settle without any department", "[E:001 L382 \"paaltje op de stoep … afhandelen\"; A]").plausible(0, 0.8, "E:001 L382 the connector settles some questions itself ('paaltje op de stoep'); the share per kind is an assumption"),
        [number("requests.departmentCountShares[]", 0, 1, "fraction", "P(1), P(2), P(3), … departments needed when at least one is; must sum to 1 and not be longer than the department list.", "[A; E:001 L433, E:003]").plausible(0.05, 0.8, "assumption: E:001 L433 and E:003: cross-domain requests are common but not counted")],
        [number("requests.initiativeDecisionShare", 0, 1, "fraction", "Share of initiatives that need a council decision (budget or exception).", "[A; E:002]").plausible(0.2, 0.7, "assumption: E:002 council decisions on initiatives; share unknown")],
        [number("requests.initiativeLiabilityShare", 0, 1, "fraction", "Share of initiatives that touch liability.", "[E:001 L404; A]").plausible(0.1, 0.6, "E:001 L404 liability fears strand initiatives; share unknown")],
        kinds("requests.connectorHours", .number(min: 0, max: 200), "hours", "Connector hours to take up, triage and hand over one request", "[A]").plausible(0.5, 16, "assumption: an hour for a question to two working days for an initiative"),
        kinds("requests.departmentHours", .number(min: 0, max: 2000), "hours", "Department hours per needed department to carry a request out", "[A]").plausible(0.5, 40, "assumption: an hour to a working week per department"),
        [number("requests.misrouteShare", 0, 1, "fraction", "Share of contacts reaching a connector that are not its work, at full role ambiguity.", "[E:001 L510; A]").plausible(0.1, 0.5, "E:001 L510 connectors get work that is not theirs; the share is an assumption")],
        [number("requests.misrouteHours", 0, 40, "hours", "Connector intake hours lost on a misrouted contact.", "[A]").plausible(0.25, 2, "assumption: a short call to half a morning")],
        [number("requests.followUpHours", 0, 40, "hours per request per week", "Connector hours per week per request it follows up at a department.", "[A]").plausible(0.1, 1, "assumption: a few minutes to an hour a week per request followed up")],
        [integer("requests.stallWeeks", 1, 520, "weeks", "Weeks a request may wait at a department before the connector treats it as stalled.", "[A; E:001 L494]").plausible(4, 16, "E:001 L494 connectors wait before escalating; one to four months")]
    )

    // MARK: Organisation

    static let connectors: [ParameterSpec] = section(
        [text("connectors[].name", .any, "text", "Name of the connector for reports.", "[A]")],
        [text("connectors[].neighbourhoods[]", .neighbourhoodName, "neighbourhood name", "Names of the neighbourhoods served; an empty list = all.", "[E:001 L283]")],
        [number("connectors[].hoursPerWeek", 0, 80, "hours per week", "Hours per week for residents' and departments' requests (the rest of a 36-hour week goes to networks, meetings and the team).", "[A; E:001 L520 \"2,5\" FTE for 3 people]").plausible(12, 36, "E:001 L520 '2,5' FTE for 3 connectors (about 30 h each), minus network and team time")],
        [integer("connectors[].startWeek", 0, 5200, "week", "Week the connector starts (0 = from the start; later = an added connector).", "[A]")],
        [text("connectors[].homeDepartment", .departmentName, "department name", "Department that houses the connector (its \"own cluster\").", "[E:001 L488]")],
        roles("connectors[].skills", .number(min: 0, max: 1), "probability", "Success of each role: fixer answers questions, mediator resolves conflicts, and each role's skill improves hand-over", "[E:001 L556; A]").plausible(0.3, 0.95, "E:001 L556 roles succeed 'wisselend'; skill per role is an assumption"),
        roles("connectors[].emphasis", .number(min: 0, max: 1), "weight", "Share of the week's hours first given to each role's queue (then spill-over); need not sum to 1", "[E:001 §2 tables]").plausible(0.1, 0.6, "E:001 §2 tables: emphasis differs by town"),
        [number("connectors[].escalationPropensity", 0, 1, "probability", "Probability the connector escalates a refused or stalled request when stigma is 0.", "[E:001 L492-494; A]").plausible(0.3, 0.9, "E:001 L492-494: escalation works but 5 respondents postpone it")],
        [number("connectors[].initialTie", 0, 1, "strength", "Initial personal tie to every department.", "[E:001 L384; A]").plausible(0.2, 0.7, "E:001 L384 connectors seek out civil servants; tie strength is an assumption")]
    )

    static let connectorTeam: [ParameterSpec] = [
        integer("connectorTeam.vacancyWeeks", 0, 520, "weeks", "Weeks a post stays empty after a connector leaves.", "[E:000; A]").plausible(4, 26, "E:000 continuity of staff; a Dutch vacancy takes one to six months to fill"),
        number("connectorTeam.successorTie", 0, 1, "strength", "Tie a successor starts with to every department.", "[E:004 L1985; A]").plausible(0.05, 0.4, "E:004 L1985 a successor starts without the network; how weak is an assumption"),
        number("connectorTeam.tieGainPerSuccess", 0, 1, "strength", "Tie gained per request a department carried out for the connector (× (1 − tie)).", "[E:001 L606; A]").plausible(0.01, 0.15, "E:001 L606 cooperation builds on success; rate assumed"),
        number("connectorTeam.tieLossPerEscalation", 0, 1, "strength", "Tie lost per escalation over a department's head.", "[E:001 L494]").plausible(0.02, 0.3, "E:001 L494 escalation felt as 'verraad'; size assumed"),
        number("connectorTeam.explainRefusal", 0, 1, "probability", "Probability a refused request gets a clear, explained \"no\" from the connector rather than silence.", "[E:003 L1199; A]").plausible(0.3, 0.9, "E:003 L1199 residents value an explained no; how often connectors give one is assumed"),
        number("connectorTeam.feedbackWithFollowUp", 0, 1, "probability", "Probability a finished request's result reaches the resident when the connector follows it up.", "[A]").plausible(0.8, 1, "assumption: a connector who follows up nearly always tells the resident"),
        number("connectorTeam.consultHours", 0, 80, "hours", "Connector hours per consult when a department starts contact about a plan.", "[A]").plausible(1, 8, "assumption: a meeting and its preparation"),
    ]

    static let departments: [ParameterSpec] = [
        text("departments[].name", .nonEmpty, "text", "Unique name of the department, referenced by connectors' homeDepartment.", "[A]"),
        number("departments[].hoursPerWeek", 0, 10_000, "hours per week", "Hours per week available for neighbourhood-originated work (the rest goes to programme goals).", "[E:001 L249 result-oriented barrier; A]").plausible(8, 120, "E:001 L249 departments give neighbourhood work what programme goals leave; hours are an assumption per department"),
        number("departments[].cooperation", 0, 1, "probability", "Base willingness to take up a connector request.", "[E:001 L508; A]").plausible(0.6, 1, "E:001 L508 requests get no priority rather than outright refusal; base willingness assumed high"),
        number("departments[].awareness", 0, 1, "fraction", "Initial awareness of the connector's added value.", "[E:001 L504, L606; A]").plausible(0.1, 0.9, "E:001 L504, L606: added value less visible outside the home cluster"),
        number("departments[].ruleFlexibility", 0, 1, "fraction", "Institutional flexibility with rules (institutionele souplesse).", "[E:000 §4; A]").plausible(0.1, 0.7, "E:000 §4 institutional souplesse; no measure"),
        number("departments[].proactiveContactRate", 0, 1, "probability", "Probability a plan is discussed with the connector beforehand, at full awareness.", "[E:001 L409: 12 of 15 say civil servants don't start contact]").plausible(0.05, 0.4, "E:001 L409: 12 of 15 respondents say civil servants don't start contact"),
        number("departments[].plansPerYear", 0, 520, "plans per year", "Plans or projects per year that touch a neighbourhood.", "[A]").plausible(1, 12, "assumption: a few plans a year that touch a neighbourhood, per department"),
        number("departments[].requestWeight", 0, 1000, "weight", "Relative chance this department is the one a request needs.", "[A]").plausible(0.5, 5, "assumption: relative share of requests per department; the MOR category mix (X: signals routing) suggests public space dominates"),
    ]

    static let departmentBehaviour: [ParameterSpec] = [
        number("departmentBehaviour.loadSensitivity", 0, 10, "per week of backlog", "Acceptance falls as 1 / (1 + s · max(0, backlog weeks − 1)).", "[X: 311 closure slower on high-load days; A]").plausible(0.05, 1, "X: NYC 311 on-time 84% vs 88% on high- vs low-load days; the size in this model is assumed"),
    ] + kinds("departmentBehaviour.responseWeeks", .number(min: 0, max: 520), "weeks", "Mean weeks before departments take up a hand-over (exponential, rounded down): internal processes, \"lang wachten op antwoord\"", "[E:001 L897; X: MOR mean handling 15-26 days]").plausible(0.2, 8, "X: MOR mean handling 15-26 days (Amsterdam), 16 days (Zaanstad); E:001 L897 'lang wachten op antwoord'") + [
        number("departmentBehaviour.awarenessGainPerSuccess", 0, 1, "fraction", "Awareness gained per request carried out with a connector (× (1 − awareness)).", "[E:001 L606]").plausible(0.002, 0.05, "E:001 L606 awareness grows with good experiences; rate assumed"),
        number("departmentBehaviour.awarenessRelaxation", 0, 1, "fraction per week", "Weekly relaxation of awareness towards its target (initial value, raised by programmes).", "[A]").plausible(0.005, 0.1, "assumption: weeks to years for awareness to settle"),
        number("departmentBehaviour.resistanceWithoutConsult", 0, 1, "probability", "Probability a plan made without a consult meets resident resistance (a conflict request).", "[E:001 L411]").plausible(0.2, 0.8, "E:001 L411 'loop je achter de feiten aan'; share assumed"),
        number("departmentBehaviour.consultPreventsConflict", 0, 1, "fraction", "Share of that resistance an early consult prevents.", "[E:001 L450-455; A]").plausible(0.5, 0.95, "E:001 L450-455 an early consult prevents most resistance; share assumed"),
    ]

    static let council: [ParameterSpec] = section(
        [choice("council.portfolio", Portfolio.allCases.map(\.rawValue), "Portfolio arrangement for neighbourhood work in the college: none, implicit, one, all.", "[E:001 L490, L616]")],
        [integer("council.meetingIntervalWeeks", 1, 52, "weeks", "Weeks between college meetings that decide on initiatives.", "[A]").plausible(1, 4, "assumption: colleges meet weekly to monthly")],
        [number("council.initiativeBudgetPerYear", 0, 1e9, "euro per year", "Budget per year for initiatives that need a decision.", "[A]").plausible(25000, 500000, "assumption: a mid-sized town's neighbourhood budget; no figure in the sources")],
        [number("council.meanInitiativeCost", 0, 1e8, "euro", "Mean cost of one initiative (exponential).", "[A]").plausible(1000, 25000, "assumption: small neighbourhood initiatives")],
        [number("council.approvalRate", 0, 1, "probability", "Probability the college approves an initiative it can fund.", "[A]").plausible(0.4, 0.9, "X: Right to Challenge 29 successes among 79 responding municipalities is a floor for formal routes; approval of funded initiatives assumed higher")],
        [integer("council.electionIntervalWeeks", 0, 5200, "weeks", "Weeks between municipal elections; 0 = none in the horizon.", "[E:000; A]").plausible(0, 208, "E:000 four-year council term (208 weeks) or none in the horizon")],
        [integer("council.firstElectionWeek", 0, 5200, "week", "Week of the first election.", "[A]").plausible(0, 208, "assumption: any week of a four-year term")],
        [integer("council.electionFreezeWeeks", 0, 52, "weeks", "Weeks before an election in which no decisions are taken.", "[E:000; A]").plausible(4, 16, "E:000 decisions wait around elections; one to four months")],
        portfolios("council.escalationSuccess", .number(min: 0, max: 1), "probability", "Probability an escalation makes the department comply", "[E:001 L494, L616; A]").plausible(0.3, 0.95, "E:001 L494 escalation works with backing 'hoog in de boom'; L616 the portfolio sets its strength; values assumed"),
        portfolios("council.escalationDelayWeeks", .number(min: 0, max: 52), "weeks", "Weeks before an escalation takes effect", "[E:001 L616; A]").plausible(1, 10, "E:001 L616 the escalation path's length; weeks assumed")
    )

    static let barriers: [ParameterSpec] = [
        number("barriers.extraWorkFraming", 0, 1, "fraction", "Requests seen as \"extra werk\": acceptance × (1 − b · (1 − awareness)).", "[E:001 L508]").plausible(0.2, 0.8, "E:001 L508 connectors seen as 'zeurders'; strength assumed"),
        number("barriers.otherClusterPenalty", 0, 1, "fraction", "Other clusters cooperate less: acceptance × (1 − b) outside the home department.", "[E:001 L504-506]").plausible(0.1, 0.5, "E:001 L504-506 5 respondents: other clusters cooperate less; size assumed"),
        number("barriers.siloPenalty", 0, 1, "fraction per department", "Each extra department needed multiplies acceptance by (1 − b).", "[E:001 L433; E:003]").plausible(0.1, 0.5, "E:001 L433 no owner for cross-domain work, 8 say bridge building fails; size assumed"),
        number("barriers.ruleRigidity", 0, 1, "fraction", "1 − institutional souplesse: initiatives fail the rules with b · (1 − ruleFlexibility).", "[E:000 §4; E:001 L402-406]").plausible(0.2, 0.8, "E:000 §4, E:001 L402-406 rules strand initiatives; size assumed"),
        number("barriers.liabilityAversion", 0, 1, "fraction", "Initiatives touching liability are refused with b · (1 − entrepreneur skill / 2).", "[E:001 L404]").plausible(0.2, 0.8, "E:001 L404 liability fear; size assumed"),
        number("barriers.roleAmbiguity", 0, 1, "fraction", "Unclear role: role clarity = 1 − b; misrouted contacts ∝ b.", "[E:001 L510]").plausible(0.3, 0.9, "E:001 L510 the role is unclear to colleagues and residents"),
        number("barriers.escalationStigma", 0, 1, "fraction", "Social cost of escalating: escalation probability × (1 − b).", "[E:001 L494]").plausible(0.4, 0.9, "E:001 L494 escalation felt as 'verraad', 5 respondents postpone it"),
        number("barriers.feedbackGap", 0, 1, "probability", "Probability a general-channel result never reaches the resident.", "[E:003; X: 48% of Amsterdam reporters not satisfied]").plausible(0.3, 0.7, "X: 48% of Amsterdam MOR reporters not satisfied (RMA 2021), closed is not solved"),
        number("barriers.politicalVeto", 0, 1, "probability", "Probability an approved initiative is stopped late by an alderman.", "[E:002]").plausible(0.02, 0.3, "E:002 aldermen stop initiatives late; frequency assumed"),
        number("barriers.staffTurnoverPerYear", 0, 1, "probability per year", "Probability per year that a connector leaves.", "[E:000; E:004 L1985; A]").plausible(0.05, 0.3, "E:000 continuity of staff, E:004 L1985; Dutch municipal staff turnover about 5-15% a year, higher for project roles"),
    ]

    static let trust: [ParameterSpec] = [
        number("trust.gainOnSuccess", 0, 1, "fraction", "Trust gain after a result with feedback: trust += g · (1 − trust).", "[X; A]").plausible(0.02, 0.2, "X: Van Ryzin expectancy-disconfirmation; size assumed"),
        number("trust.lossOnFailure", 0, 1, "fraction", "Trust loss after a stranded or abandoned request: trust −= l · trust.", "[X: Kampen 2006 asymmetry]").plausible(0.04, 0.3, "X: Kampen et al. 2006 losses larger than gains; size assumed"),
        number("trust.contactGain", 0, 1, "fraction", "Trust gain from personal, low-threshold contact when a connector takes up a request: trust += c · (1 − trust).", "[E:001 L450-455; X: Van Meerkerk & Edelenbos 2014]").plausible(0.005, 0.1, "X: Van Meerkerk & Edelenbos 2014 boundary spanners raise trust (beta not retrieved); E:001 L450-455"),
        number("trust.silentSuccessShare", 0, 1, "fraction", "Share of the gain when a result arrives without feedback (a fixed street, nobody told you).", "[A]").plausible(0.1, 0.8, "X: Zaanstad 52-55% satisfied at 93.6% on time: a result without feedback earns little"),
        number("trust.explainedNoShare", 0, 1, "fraction", "Share of the gain for a clear, explained \"no\".", "[E:003 L1199; A]").plausible(0, 0.5, "E:003 L1199 an explained no is valued; share assumed"),
    ]

    static let generalChannel: [ParameterSpec] = [
        number("generalChannel.responseRate.question", 0, 1, "probability", "Probability a department takes up a question that arrives without a connector, as departments are at the start; a refusal there is never explained.", "[A]")
            .plausible(0.38, 0.9, "assumption: between the share of unsolicited contacts cities answer (22-54%, external-data §2c) and the MOR handling rates of signals; no Dutch figure for questions that reach a department"),
        number("generalChannel.responseRate.signal", 0, 1, "probability", "Probability a department takes up a signal that arrives without a connector (a melding through the MOR process), as departments are at the start; a refusal there is never explained.", "[X: MOR meldingen handled on time]")
            .plausible(0.55, 0.95, "X: MOR meldingen handled on time: Amsterdam 59% (2020), Wassenaar-Voorschoten-Oegstgeest about 60% (2012), Zaanstad 93.6% of regular meldingen (external-data §2a); 52-55% of reporters satisfied"),
        number("generalChannel.responseRate.initiative", 0, 1, "probability", "Probability a department takes up an initiative that arrives without a connector, as departments are at the start; a refusal there is never explained.", "[X: 22-54% of unsolicited contacts answered; E:003 L1747-1761]")
            .plausible(0.22, 0.54, "X: cities answered 22-54% of unsolicited contacts (SSRN 3907862; New Media & Society 2021); E:003 L1747-1761 'van het kastje naar de muur'"),
        number("generalChannel.responseRate.conflict", 0, 1, "probability", "Probability a department takes up a conflict that arrives without a connector, as departments are at the start; a refusal there is never explained.", "[X: 22-54% of unsolicited contacts answered; E:003 L1747-1761]")
            .plausible(0.22, 0.54, "X: cities answered 22-54% of unsolicited contacts (SSRN 3907862; New Media & Society 2021); E:003 L1747-1761 'van het kastje naar de muur'"),
        number("generalChannel.attitudeElasticity", 0, 1, "exponent", "Elasticity of non-routine general-channel take-up to the department's attitude: p × (attitude / attitude at the start)^φ, attitude = cooperation · (1 − extraWorkFraming · (1 − awareness)); 0 = the general channel ignores awareness and cooperation, 1 = as strongly as the connector route.", "[E:001 L508; A]")
            .plausible(0, 1, "assumption: E:001 L508 'extra werk' is said of connector requests; whether departments that learn the value of neighbourhood work also handle exceptions at the front door differently is unknown, from not at all to as much as connector requests"),
    ]
}
