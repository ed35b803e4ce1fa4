/// The HTML report of a `run` results folder: header, key numbers, then the charts.
///
/// Sections, in order: header facts; key numbers per request kind; connection rate per
/// kind; outcomes per kind; time to result; trust and awareness over the weeks;
/// utilisation of connectors and departments; success per role and direction; then, from
/// `units-summary.csv` when the folder has it, connection rate and trust per neighbourhood
/// (sorted dot plots with 95% intervals) and the workload per connector and per department
/// (see `RunReportPage+Units.swift`).
struct RunReportPage {
    /// The results.
    var results: RunResults
    /// Texts and numbers.
    var text: Localizer

    /// The kinds shown, each with its ``MetricCatalog`` slot; "all kinds" is slot 4.
    static let kinds: [(key: TextKey, slot: Int)] = [(.kindQuestion, 0), (.kindSignal, 1), (.kindInitiative, 2), (.kindConflict, 3)]
    /// The outcomes in stacking order, each with its colour and whether it is hatched.
    static let outcomes: [(outcome: Outcome, key: TextKey, colour: String, hatched: Bool)] = [
        (.connected, .outcomeConnected, ChartStyle.green, false),
        (.declined, .outcomeDeclined, ChartStyle.skyBlue, true),
        (.stranded, .outcomeStranded, ChartStyle.vermillion, false),
        (.abandoned, .outcomeAbandoned, ChartStyle.orange, true),
        (.untouched, .outcomeUntouched, ChartStyle.grey, false),
        (.inProgress, .outcomeInProgress, ChartStyle.yellow, true),
    ]
    /// The roles, in ``RequestKind`` order.
    static let roles: [TextKey] = [.roleFixer, .roleBridgeBuilder, .roleEntrepreneur, .roleMediator]

    func mean(_ index: Int) -> Double { results.summary(at: index).mean }
    private func percent(_ value: Double) -> String { text.percent(value) }

    /// The page.
    var html: String {
        let manifest = results.manifest
        var page = HTMLDocument(language: text.language, title: text(.runReportTitle, manifest.scenarioName))
        page.facts(ReportHeader.facts(manifest, text: text))
        page.paragraph(text(.runIntro, String(manifest.replicates), String(manifest.weeks)))
        page.table(caption: text(.keyNumbers), headers: keyHeaders, rows: keyRows)
        page.heading(text(.sectionResults))
        page.figure(title: text(.rateTitle), svg: rateChart.svg,
                    caption: text(.rateCaption, percent(mean(MetricCatalog.connectionRate(4)))))
        page.figure(title: text(.outcomeTitle), svg: outcomeChart.svg, caption: outcomeCaption)
        page.figure(title: text(.timeTitle), svg: timeChart.svg,
                    caption: text(.timeCaption, text.number(mean(MetricCatalog.timeToResult(1, 4)), 1),
                                  text.number(mean(MetricCatalog.timeToResult(2, 4)), 1)))
        page.figure(title: text(.trustTitle), svg: trustChart.svg, caption: trustCaption)
        page.heading(text(.sectionOrganisation))
        page.figure(title: text(.utilisationTitle), svg: utilisationChart.svg,
                    caption: text(.utilisationCaption, percent(mean(MetricCatalog.Scalar.connectorUtilisation)),
                                  percent(mean(MetricCatalog.Scalar.departmentUtilisation))))
        page.figure(title: text(.roleTitle), svg: roleChart.svg, caption: text(.roleCaption))
        addUnitSection(to: &page)
        page.paragraph(text(.footer, manifest.toolVersion), className: "note")
        return page.html
    }

    private var keyHeaders: [String] {
        [text(.columnKind), text(.columnRaised), text(.columnRate), text(.columnClearAnswer),
         text(.columnMedianTime), text(.columnUntouched)]
    }

    /// One row per kind, then all kinds.
    var keyRows: [[String]] {
        (Self.kinds + [(.kindAll, 4)]).map { kind in
            let rate = results.summary(at: MetricCatalog.connectionRate(kind.slot))
            return [text(kind.key).capitalizedFirst, text.number(mean(MetricCatalog.raised(kind.slot)), 1),
                    "\(percent(rate.mean)) (\(text.number(rate.ciLow * 100, 1))–\(percent(rate.ciHigh)))",
                    percent(mean(MetricCatalog.clearAnswerRate(kind.slot))),
                    text.number(mean(MetricCatalog.timeToResult(1, kind.slot)), 1),
                    text.number(mean(MetricCatalog.count(.untouched, kind.slot)), 1)]
        }
    }

    /// Connection rate per kind with 95% intervals, and all kinds as a reference line.
    var rateChart: IntervalBarChart {
        IntervalBarChart(
            title: text(.rateTitle),
            bars: Self.kinds.map { kind in
                let s = results.summary(at: MetricCatalog.connectionRate(kind.slot))
                return .init(label: text(kind.key).capitalizedFirst, value: s.mean, low: s.ciLow, high: s.ciHigh)
            },
            axisTitle: text(.rateAxis), format: { percent($0) }, tick: { text.percent($0, max(0, $1 - 2)) },
            reference: (mean(MetricCatalog.connectionRate(4)), text(.rateReference, percent(mean(MetricCatalog.connectionRate(4))))),
            extent: [0, 1])
    }

    /// Outcomes per kind (and all kinds) as shares of the requests raised.
    var outcomeChart: StackedShareChart {
        StackedShareChart(
            title: text(.outcomeTitle),
            parts: Self.outcomes.map { .init(label: text($0.key), colour: $0.colour, hatched: $0.hatched) },
            bars: (Self.kinds + [(.kindAll, 4)]).map { kind in
                .init(label: text(kind.key).capitalizedFirst,
                      amounts: Self.outcomes.map { mean(MetricCatalog.count($0.outcome, kind.slot)) })
            },
            axisTitle: text(.outcomeAxis), percent: { text.percent($0, 0) })
    }

    private var outcomeCaption: String {
        let raised = mean(MetricCatalog.raised(4))
        func share(_ outcome: Outcome) -> String { percent(mean(MetricCatalog.count(outcome, 4)) / raised) }
        return text(.outcomeCaption, share(.connected), share(.declined), share(.untouched))
    }

    /// Median to p90 of the time to result per kind, with the mean.
    var timeChart: DotRangeChart {
        DotRangeChart(
            title: text(.timeTitle),
            rows: (Self.kinds + [(.kindAll, 4)]).map { kind in
                .init(label: text(kind.key).capitalizedFirst, start: mean(MetricCatalog.timeToResult(1, kind.slot)),
                      end: mean(MetricCatalog.timeToResult(2, kind.slot)), marker: mean(MetricCatalog.timeToResult(0, kind.slot)))
            },
            startLabel: text(.timeMedian), markerLabel: text(.timeMean), rangeLabel: text(.timeRange),
            axisTitle: text(.timeAxis), format: { text.number($0, 1) })
    }

    /// Mean trust, share aware of a connector and department awareness per week.
    var trustChart: BandLineChart {
        let series: [(String, TextKey)] = [
            (MetricCatalog.Weekly.meanTrust.name, .seriesTrust),
            (MetricCatalog.Weekly.awareShare.name, .seriesAware),
            (MetricCatalog.Weekly.meanDepartmentAwareness.name, .seriesDepartmentAwareness),
        ]
        return BandLineChart(
            title: text(.trustTitle),
            series: series.map { .init(label: text($0.1), points: results.series[$0.0] ?? []) },
            yTitle: text(.trustAxis), xTitle: text(.weekAxis), format: { text.number($0, $1) }, extent: [0, 1])
    }

    private var trustCaption: String {
        let trust = results.series[MetricCatalog.Weekly.meanTrust.name] ?? []
        guard let first = trust.first, let last = trust.last else { return text(.trustCaptionEmpty) }
        return text(.trustCaption, text.number(first.value, 2), text.number(last.value, 2), String(last.week))
    }

    /// Connector and department utilisation with 95% intervals.
    var utilisationChart: IntervalBarChart {
        let items: [(TextKey, Int)] = [(.utilisationConnectors, MetricCatalog.Scalar.connectorUtilisation),
                                       (.utilisationDepartments, MetricCatalog.Scalar.departmentUtilisation)]
        return IntervalBarChart(
            title: text(.utilisationTitle),
            bars: items.map { item in
                let s = results.summary(at: item.1)
                return .init(label: text(item.0), value: s.mean, low: s.ciLow, high: s.ciHigh)
            },
            axisTitle: text(.utilisationAxis), format: { percent($0) }, tick: { text.percent($0, max(0, $1 - 2)) },
            reference: nil, extent: [0, 1])
    }

    /// The 4 roles × 2 directions success shares.
    var roleChart: HeatMapChart {
        HeatMapChart(
            title: text(.roleTitle),
            rows: Self.roles.map { text($0).capitalizedFirst },
            columns: [text(.towardsResidents), text(.towardsCivilServants)],
            values: RequestKind.allCases.map { kind in
                (0..<2).map { mean(MetricCatalog.roleSuccess(kind.rawValue, direction: $0)) }
            },
            percent: { percent($0) }, missing: text(.noData), scaleEnds: (text.percent(0, 0), text.percent(1, 0)),
            scaleTitle: text(.roleScale))
    }
}

extension String {
    /// The text with its first letter in upper case (`question` → `Question`).
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
