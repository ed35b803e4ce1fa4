/// Sensitivity results ranked by the size of their headline estimate, per metric.
///
/// Results are grouped by (metric, design, headline measure), groups in the order they first
/// appear. Within a group, parameters are ordered by |estimate| descending, ties by parameter
/// name; equal |estimate| share a rank (competition ranking: 1, 2, 2, 4) and parameters
/// without an estimate come last, unranked, in their input order. To rank one metric under
/// two interval methods (Fisher z and bootstrap PRCC), build one ranking per method.
public struct SensitivityRanking: Sendable, Equatable {
    /// A result with its rank.
    public struct Entry: Sendable, Equatable {
        /// The result.
        public var result: SensitivityResult
        /// Its rank in its group; `nil` without an estimate.
        public var rank: Int?
    }

    /// The results of one (metric, design, measure), best first.
    public struct Group: Sendable, Equatable {
        /// The metric's name.
        public var metric: String
        /// The design.
        public var design: SensitivityDesign
        /// The headline measure.
        public var measure: SensitivityMeasure
        /// Ranked entries, rank 1 first, unranked last.
        public var entries: [Entry]
    }

    /// The groups, in order of first appearance in the input.
    public let groups: [Group]

    /// Ranks `results`.
    public init(_ results: [SensitivityResult]) {
        var groups: [Group] = []
        var members: [[(offset: Int, result: SensitivityResult)]] = []
        for (offset, result) in results.enumerated() {
            let found = groups.firstIndex {
                $0.metric == result.metric && $0.design == result.design && $0.measure == result.headline.measure
            }
            if let found {
                members[found].append((offset, result))
            } else {
                groups.append(Group(metric: result.metric, design: result.design, measure: result.headline.measure,
                                    entries: []))
                members.append([(offset, result)])
            }
        }
        for index in groups.indices { groups[index].entries = Self.ranked(members[index]) }
        self.groups = groups
    }

    private static func ranked(_ members: [(offset: Int, result: SensitivityResult)]) -> [Entry] {
        let valued = members.filter { $0.result.headline.value != nil }.sorted { a, b in
            let x = abs(a.result.headline.value!), y = abs(b.result.headline.value!)
            if x != y { return x > y }
            if a.result.parameter != b.result.parameter { return a.result.parameter < b.result.parameter }
            return a.offset < b.offset
        }
        var entries: [Entry] = []
        for (position, member) in valued.enumerated() {
            let size = abs(member.result.headline.value!)
            let tied = position > 0 && abs(valued[position - 1].result.headline.value!) == size
            entries.append(Entry(result: member.result, rank: tied ? entries[position - 1].rank : position + 1))
        }
        let missing = members.filter { $0.result.headline.value == nil }
        return entries + missing.map { Entry(result: $0.result, rank: nil) }
    }

    /// The table rows: per group, per entry, the headline row (with its rank) followed by its
    /// detail rows.
    public var rows: [SensitivityRow] {
        groups.flatMap { group in
            group.entries.flatMap { entry in
                let result = entry.result
                return [SensitivityRow(metric: result.metric, parameter: result.parameter, design: result.design,
                                       estimate: result.headline, rank: entry.rank)]
                    + result.details.map {
                        SensitivityRow(metric: result.metric, parameter: result.parameter, design: result.design,
                                       estimate: $0)
                    }
            }
        }
    }

    /// Plain-English sentences: per group, one for each of the `top` best-ranked parameters
    /// (see ``SensitivitySentence``).
    ///
    /// - Parameters:
    ///   - top: how many parameters per group, ≥ 1.
    ///   - metricLabel: the words for a metric in a sentence (e.g. `connection rate` for
    ///     `connectionRate`); the metric's name by default.
    public func sentences(top: Int = 1, metricLabel: (String) -> String = { $0 }) -> [String] {
        groups.flatMap { group in
            let label = metricLabel(group.metric)
            let ranked = group.entries.filter { $0.rank != nil }
            guard !ranked.isEmpty else { return [SensitivitySentence.none(group, metricLabel: label)] }
            return ranked.prefix(top).map { SensitivitySentence.sentence(for: $0, metricLabel: label) }
        }
    }
}
