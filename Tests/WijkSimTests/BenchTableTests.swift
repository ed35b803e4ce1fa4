import Testing
@testable import WijkSim
@testable import WijkSimBench
@testable import WijkSimCLI

/// The figures derived from measurements: throughput, efficiency, bytes per resident,
/// the target checks, and the measurement line children print. No timing is asserted:
/// every measurement here is made up.
@Suite("Bench: table and measurements")
struct BenchTableTests {
    static let scenarios = BenchScenarioTests.scenarios

    static func measurement(_ name: String, wall: [Double], megabytes: Double, requests: Int = 100,
                            isolated: Bool = true) -> BenchMeasurement {
        BenchMeasurement(workload: name, wallSeconds: wall, peakResidentBytes: Int(megabytes * 1e6),
                         requestsHandled: requests, isIsolated: isolated)
    }

    /// Made-up measurements for the full plan: city 0.08 s and 38 MB over a 20 MB fixed
    /// part; town 2 s on one thread, 1.05 s on two, 0.15 s for one week, 2.5 s with ten times
    /// the population; many 24 MB vs 23 MB.
    static func measurements(isolated: Bool = true) -> [String: BenchMeasurement] {
        let list = [
            measurement("fixed", wall: [0.01], megabytes: 20),
            measurement("town-jobs1", wall: [2.1, 2.0, 1.9], megabytes: 30),
            measurement("town-parallel", wall: [1.05, 1.1, 1.0], megabytes: 32),
            measurement("town-engine", wall: [1.5, 1.5, 1.5], megabytes: 25),
            measurement("town-1week", wall: [0.15, 0.15, 0.15], megabytes: 25),
            measurement("town-population-x10", wall: [2.5, 2.5, 2.5], megabytes: 30),
            measurement("city", wall: [0.08, 0.07, 0.09, 0.08, 0.085], megabytes: 38, requests: 4_000),
            measurement("many-1000", wall: [0.5], megabytes: 23),
            measurement("many", wall: [50], megabytes: 24),
            measurement("sweep", wall: [1.0, 1.02, 0.98], megabytes: 33),
            measurement("sweep-points-100", wall: [0.2], megabytes: 22),
            measurement("sweep-points-10000", wall: [9], megabytes: 23),
        ]
        return Dictionary(uniqueKeysWithValues: list.map { m in
            var m = m
            m.isIsolated = isolated
            return (m.workload, m)
        })
    }

    @Test("rates, efficiency, bytes per resident and target checks of a full run")
    func fullRun() throws {
        let workloads = try BenchPlan(isQuick: false, scenarioFolder: Self.scenarios, cores: 2).workloads()
        let table = BenchTable(workloads: workloads, measurements: Self.measurements(), isQuick: false)
        let rows = Dictionary(uniqueKeysWithValues: table.rows.map { ($0.workload, $0) })
        #expect(table.rows.map(\.workload) == BenchPlan.workloadNames)

        let town = try #require(rows["town-jobs1"])
        let townWeeks = try #require(workloads.first { $0.name == "town-jobs1" }).residentWeeks
        #expect(town.medianWallSeconds == 2.0)
        #expect(town.minimumWallSeconds == 1.9)
        #expect(town.residentWeeksPerSecond == townWeeks / 2.0)
        #expect(town.replicatesPerSecond == 500)
        #expect(town.requestsPerSecond == 50)
        #expect(town.meetsTarget == (townWeeks / 2.0 >= 200e6), "2.0 s is within 3.0 s")
        #expect(rows["town-1week"]?.meetsTarget == true, "0.15 s is 7.5% of 2.0 s")
        #expect(rows["town-population-x10"]?.meetsTarget == true, "2.5 s is 1.25 x 2.0 s")

        let parallel = try #require(rows["town-parallel"])
        #expect(parallel.parallelEfficiency == 2.0 / 1.05 / 2)
        #expect(parallel.meetsTarget == true)

        let city = try #require(rows["city"])
        #expect(city.medianWallSeconds == 0.08)
        #expect(city.peakResidentMegabytes == 38)
        #expect(city.bytesPerResident == 18e6 / 650_000)
        #expect(city.requestsPerSecond == 50_000)
        #expect(city.meetsTarget == true)

        #expect(rows["many"]?.meetsTarget == true)
        #expect(rows["sweep"]?.meetsTarget == true, "1.0 s against town-parallel's 1.05 s")
        #expect(rows["sweep"]?.replicatesPerSecond == 1_000)
        #expect(rows["sweep-points-10000"]?.meetsTarget == true, "23 MB against 22 MB")
        #expect(rows["fixed"]?.meetsTarget == nil)
        #expect(rows["town-engine"]?.meetsTarget == nil)
        #expect(rows["town-engine"]?.target == "")
    }

    @Test("missed targets say NO; quick runs and in-process memory are not judged")
    func judging() throws {
        let workloads = try BenchPlan(isQuick: false, scenarioFolder: Self.scenarios, cores: 2).workloads()
        var slow = Self.measurements()
        slow["city"] = Self.measurement("city", wall: [0.12], megabytes: 39)
        slow["town-jobs1"] = Self.measurement("town-jobs1", wall: [3.5], megabytes: 30)
        slow["town-1week"] = Self.measurement("town-1week", wall: [0.4], megabytes: 25)
        slow["town-population-x10"] = Self.measurement("town-population-x10", wall: [5.5], megabytes: 30)
        slow["many"] = Self.measurement("many", wall: [50], megabytes: 30)
        slow["sweep"] = Self.measurement("sweep", wall: [1.2], megabytes: 33)
        slow["sweep-points-10000"] = Self.measurement("sweep-points-10000", wall: [9], megabytes: 40)
        let missed = BenchTable(workloads: workloads, measurements: slow, isQuick: false)
        #expect(missed.rows.first { $0.workload == "city" }?.meetsTarget == false, "0.12 s is over 0.10 s")
        #expect(missed.rows.first { $0.workload == "town-jobs1" }?.meetsTarget == false, "3.5 s is over 3.0 s")
        #expect(missed.rows.first { $0.workload == "town-1week" }?.meetsTarget == false, "0.4 s is 11% of 3.5 s")
        #expect(missed.rows.first { $0.workload == "town-population-x10" }?.meetsTarget == false, "5.5 s is 1.57 x 3.5 s")
        #expect(missed.rows.first { $0.workload == "many" }?.meetsTarget == false)
        #expect(missed.rows.first { $0.workload == "sweep" }?.meetsTarget == false)
        #expect(missed.rows.first { $0.workload == "sweep-points-10000" }?.meetsTarget == false)
        #expect(missed.text.contains("  NO"))

        let quick = BenchTable(workloads: workloads, measurements: Self.measurements(), isQuick: true)
        #expect(quick.rows.allSatisfy { $0.meetsTarget == nil })

        let inProcess = BenchTable(workloads: workloads, measurements: Self.measurements(isolated: false), isQuick: false)
        let rows = Dictionary(uniqueKeysWithValues: inProcess.rows.map { ($0.workload, $0) })
        #expect(rows["city"]?.meetsTarget == nil)
        #expect(rows["many"]?.meetsTarget == nil)
        #expect(rows["town-parallel"]?.meetsTarget == true)
    }

    @Test("CSV rows: header, round-trip numbers, NA where not applicable")
    func csvRow() {
        let row = BenchRow(workload: "city", jobs: 1, repetitions: 5, medianWallSeconds: 0.5, minimumWallSeconds: 0.25,
                           residentWeeksPerSecond: 1e8, replicatesPerSecond: 2, requestsPerSecond: 1000,
                           peakResidentMegabytes: 61.5, bytesPerResident: .nan, parallelEfficiency: .nan,
                           target: "wall <= 1.0 s", meetsTarget: nil)
        let header = "workload,jobs,repetitions,median_wall_s,min_wall_s,resident_weeks_per_s,replicates_per_s,"
            + "requests_per_s,peak_rss_mb,bytes_per_resident,parallel_efficiency,target,meets_target"
        #expect(BenchRow.csvHeader.joined(separator: ",") == header)
        let expected: [String] = ["city", "1", "5", "0.5", "0.25", "100000000", "2", "1000", "61.5", "NA", "NA",
                                  "wall <= 1.0 s", "NA"]
        #expect(row.csvRow == expected)
    }

    @Test("a measurement line reads back to the same measurement")
    func lineRoundTrip() {
        let measurement = BenchMeasurement(workload: "town-jobs1", wallSeconds: [0.1, 1e-05, 12.345678901234567],
                                           peakResidentBytes: 123_456_789, requestsHandled: 42, isIsolated: true)
        let expected = "wijksim-bench-measurement workload=town-jobs1 wall_s=0.1,1e-05,12.345678901234567 "
            + "peak_rss_bytes=123456789 requests=42 isolated=1"
        #expect(measurement.line == expected)
        #expect(BenchMeasurement(line: measurement.line) == measurement)
        #expect(measurement.medianWallSeconds == 0.1)
        #expect(Self.measurement("x", wall: [4, 1, 3, 2], megabytes: 1).medianWallSeconds == 2.5)
    }

    @Test("malformed measurement lines are rejected",
          arguments: ["", "hello", "wijksim-bench-measurement workload=x",
                      "wijksim-bench-measurement workload=x wall_s= peak_rss_bytes=1 requests=1 isolated=1",
                      "wijksim-bench-measurement workload=x wall_s=1,a peak_rss_bytes=1 requests=1 isolated=1",
                      "wijksim-bench-measurement workload=x wall_s=1 peak_rss_bytes=1 requests=1 isolated=yes",
                      "wijksim-bench-measurement workload=x wall_s=1 peak_rss_bytes=1 requests=1 isolated=1 junk"])
    func malformedLine(line: String) {
        #expect(BenchMeasurement(line: line) == nil)
    }
}
