import Foundation
import Testing
@testable import WijkSim

@Suite("sensitivity: ranking, sentences and sensitivity.csv")
struct SensitivityRankingTests {
    static func prcc(_ parameter: String, _ value: Double?, _ low: Double, _ high: Double,
                     metric: String = "connectionRate", direction: SensitivityResult.Direction) -> SensitivityResult {
        let interval = value == nil ? nil : ConfidenceInterval(low: low, high: high, level: 0.95, method: .fisherZ)
        let estimate = SensitivityEstimate(measure: .prcc, value: value, interval: interval, count: 100, skipped: 2,
                                           notes: value == nil ? ["input is constant"] : [])
        return SensitivityResult(metric: metric, parameter: parameter, design: .latinHypercube,
                                 headline: estimate.flaggingUndetectable(), direction: direction)
    }

    static let results = [
        prcc("seed.count", 0.03, -0.10, 0.16, direction: .mixed),
        prcc("flat", nil, 0, 0, direction: .unknown),
        prcc("barriers.siloPenalty", -0.62, -0.66, -0.58, direction: .lowers),
        prcc("budget", 0.30, 0.21, 0.39, direction: .raises),
        prcc("alpha", 0.30, 0.22, 0.38, direction: .raises),
        prcc("budget", 0.05, -0.2, 0.3, metric: "waitWeeks", direction: .mixed),
    ]

    // Catches: sorting by signed value, ties broken by input order, missing estimates ranked,
    // metrics mixed in one ranking.
    @Test("sorted by |estimate| per metric; ties share a rank, ordered by name; missing last and unranked")
    func ordering() {
        let ranking = SensitivityRanking(Self.results)
        #expect(ranking.groups.map(\.metric) == ["connectionRate", "waitWeeks"])
        let entries = ranking.groups[0].entries
        #expect(entries.map(\.result.parameter) == ["barriers.siloPenalty", "alpha", "budget", "seed.count", "flat"])
        #expect(entries.map(\.rank) == [1, 2, 2, 4, nil])
        #expect(ranking.groups[1].entries.map(\.rank) == [1])
    }

    // Catches: wrong wording, ASCII hyphen for minus, wrong direction words, a top
    // parameter with an interval including zero presented as mattering.
    @Test("sentences: the brief's example verbatim; 'no detectable effect' when the interval includes zero")
    func sentences() {
        let ranking = SensitivityRanking(Self.results)
        let labels = ["connectionRate": "connection rate", "waitWeeks": "waiting time"]
        #expect(ranking.sentences(metricLabel: { labels[$0] ?? $0 }) == [
            "barriers.siloPenalty matters most for connection rate: PRCC −0.62 (95% CI −0.66 to −0.58); higher values lower it.",
            "No parameter has a detectable effect on waiting time; the largest is budget: PRCC 0.05 (95% CI −0.20 to 0.30).",
        ])
        #expect(ranking.sentences(top: 4)[1...3] == [
            "alpha ranks 2nd for connectionRate: PRCC 0.30 (95% CI 0.22 to 0.38); higher values raise it.",
            "budget ranks 2nd for connectionRate: PRCC 0.30 (95% CI 0.21 to 0.39); higher values raise it.",
            "seed.count (rank 4) has no detectable effect on connectionRate: PRCC 0.03 (95% CI −0.10 to 0.16).",
        ])
        let nothing = SensitivityRanking([Self.prcc("flat", nil, 0, 0, direction: .unknown)])
        #expect(nothing.sentences() == ["No sensitivity of connectionRate could be estimated: input is constant."])
    }

    @Test("number words: ordinals, percentages, three significant digits")
    func numberText() {
        #expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(SensitivitySentence.ordinal)
                == ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"])
        #expect([0.95, 0.9, 0.995].map(SensitivitySentence.percent) == ["95%", "90%", "99.5%"])
        #expect([1234.5, 12.345, 2, 0.0012345, -0.5, 0].map(SensitivitySentence.significantThree)
                == ["1235", "12.3", "2.00", "0.00123", "−0.500", "0"])
    }

    // Catches: a changed column order or name, NaN printed as NA, rank on detail rows, notes
    // with commas left unquoted.
    @Test("sensitivity.csv: the header, and rows as the project formats numbers")
    func table() {
        #expect(SensitivityTable.header.joined(separator: ",")
                == "metric,parameter,design,measure,level,estimate,ci_low,ci_high,ci_level,ci_method,rank,n,skipped,note")
        let main = SensitivityResult(
            metric: "y", parameter: "A", design: .grid,
            headline: SensitivityEstimate(measure: .range, value: 20,
                                          interval: ConfidenceInterval(low: 12.5, high: 27.5, level: 0.95, method: .studentT),
                                          count: 12, skipped: 1),
            details: [SensitivityEstimate(measure: .levelMean, level: 0.1, value: 12, count: 4, skipped: 0,
                                          notes: ["a, b"])],
            direction: .raises)
        let rows = SensitivityRanking([main, Self.prcc("flat", nil, 0, 0, metric: "y", direction: .unknown)]).rows
        #expect(SensitivityTable.text(rows) == """
            metric,parameter,design,measure,level,estimate,ci_low,ci_high,ci_level,ci_method,rank,n,skipped,note
            y,A,grid,range,,20,12.5,27.5,0.95,t,1,12,1,
            y,A,grid,level_mean,0.1,12,,,,,,4,0,"a, b"
            y,flat,latin-hypercube,prcc,,,,,,,,100,2,input is constant

            """)
    }

    @Test("the table written to a file has the same bytes as its text")
    func writesFile() throws {
        let rows = SensitivityRanking(Self.results).rows
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("wijksim-sensitivity-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try SensitivityTable.write(rows, to: path)
        let bytes = try String(contentsOfFile: path, encoding: .utf8)
        #expect(bytes == SensitivityTable.text(rows))
    }
}
