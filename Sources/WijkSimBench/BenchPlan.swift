import WijkSim
import Foundation

/// The fixed workloads of `wijksim bench`, full or `--quick`, built from the scenario
/// files in one folder.
///
/// | name | scenario | replicates × weeks | jobs | path | repetitions |
/// |---|---|---|---|---|---|
/// | `fixed` | `bench/small.json` | 1 × 52 | 1 | user | 1 |
/// | `town-jobs1` | `katwijk.json` (else `baseline.json`) | 1,000 × 104 | 1 | user | 3 |
/// | `town-parallel` | the same | 1,000 × 104 | all cores | user | 3 |
/// | `town-engine` | the same | 1,000 × 104 | 1 | engine | 3 |
/// | `town-1week` | the same | 1,000 × 1 | 1 | user | 3 |
/// | `town-population-x10` | the same, every population × 10, `requestsPerYear` ÷ 10 | 1,000 × 104 | 1 | user | 3 |
/// | `city` | `bench/rotterdam.json` | 1 × 520 | 1 | user | 5 |
/// | `many-1000` | `bench/small.json` | 1,000 × 52 | all cores | user | 1 |
/// | `many` | `bench/small.json` | 100,000 × 52 | all cores | user | 1 |
/// | `sweep` | the town | 50 points × 20 × 104 | all cores | sweep | 3 |
/// | `sweep-points-100` | `bench/small.json` | 100 points × 1 × 13 | all cores | sweep | 1 |
/// | `sweep-points-10000` | `bench/small.json` | 10,000 points × 1 × 13 | all cores | sweep | 1 |
///
/// `sweep` runs as many replicates as `town-parallel` (a Latin hypercube over eight barriers,
/// ``BenchWorkload/sweepFactors``): the target is that it takes no longer per request
/// handled, i.e. a sweep of P points × R replicates costs no more than P·R replicates of
/// the same work through `run`. The two
/// `sweep-points` workloads differ only in the number of points: peak memory must not grow.
///
/// `town-1week` is the set-up and the end of a replicate with (almost) nothing in between;
/// `town-population-x10` has the town's request volume in ten times the population: both
/// must cost little more than what happens (issue 13).
///
/// `--quick` shrinks them to a smoke test: town 20 × 26 (1 week for `town-1week`), city with every population
/// divided by 20 and 52 weeks, many 2,000 replicates, one repetition each.
/// ``scale`` multiplies the replicate counts of the town and many workloads (tests use it).
package struct BenchPlan: Sendable, Equatable {
    /// The workload names, in the order they run and are printed.
    package static let workloadNames = ["fixed", "town-jobs1", "town-parallel", "town-engine", "town-1week",
                                         "town-population-x10", "city", "many-1000", "many",
                                         "sweep", "sweep-points-100", "sweep-points-10000"]

    /// Whether to run the small `--quick` versions.
    package var isQuick: Bool
    /// Multiplier of the town and many replicate counts, in (0, 1]; 1 but in tests.
    package var scale: Double
    /// The folder holding `katwijk.json` / `baseline.json` and `bench/`.
    package var scenarioFolder: String
    /// Threads of the parallel workloads ("all cores").
    package var cores: Int

    /// Creates a plan.
    package init(isQuick: Bool, scale: Double = 1, scenarioFolder: String = "Scenarios", cores: Int) {
        precondition(scale > 0 && scale <= 1, "bench scale must be in (0, 1], got \(scale)")
        precondition(cores >= 1, "cores must be ≥ 1, got \(cores)")
        self.isQuick = isQuick
        self.scale = scale
        self.scenarioFolder = scenarioFolder
        self.cores = cores
    }

    /// The town scenario: `katwijk.json` in ``scenarioFolder``, or `baseline.json` if it is absent.
    package var townScenarioFile: String {
        let katwijk = path("katwijk.json")
        return FileManager.default.fileExists(atPath: katwijk) ? katwijk : path("baseline.json")
    }

    /// The city scenario file.
    package var cityScenarioFile: String { path("bench/rotterdam.json") }

    /// The small scenario file (the `many` and `fixed` workloads).
    package var smallScenarioFile: String { path("bench/small.json") }

    /// Every workload, in ``workloadNames`` order; loads each scenario file once.
    /// - Throws: ``ScenarioError`` when a scenario file is missing or invalid.
    package func workloads() throws(ScenarioError) -> [BenchWorkload] {
        let town = try ScenarioLoader.load(path: townScenarioFile)
        let city = try ScenarioLoader.load(path: cityScenarioFile)
        let small = try ScenarioLoader.load(path: smallScenarioFile)
        return Self.workloadNames.map { name in
            workload(named: name, town: town, city: city, small: small)
        }
    }

    /// The workload called `name` (one of ``workloadNames``), or `nil` for another name.
    /// - Throws: ``ScenarioError`` when its scenario file is missing or invalid.
    package func workload(named name: String) throws(ScenarioError) -> BenchWorkload? {
        guard Self.workloadNames.contains(name) else { return nil }
        let town = name.hasPrefix("town") || name == "sweep" ? try ScenarioLoader.load(path: townScenarioFile) : Scenario()
        let city = name == "city" ? try ScenarioLoader.load(path: cityScenarioFile) : Scenario()
        let small = name == "fixed" || name.hasPrefix("many") || name.hasPrefix("sweep-points")
            ? try ScenarioLoader.load(path: smallScenarioFile) : Scenario()
        return workload(named: name, town: town, city: city, small: small)
    }

    private func workload(named name: String, town: Scenario, city: Scenario, small: Scenario) -> BenchWorkload {
        let townReplicates = scaled(isQuick ? 20 : 1_000)
        let townWeeks = isQuick ? 26 : 104
        let townRepetitions = isQuick ? 1 : 3
        switch name {
        case "fixed":
            return make(name, "small scenario, 1 replicate: the fixed memory (runtime, code, collectors)",
                        smallScenarioFile, small, replicates: 1, weeks: 52, jobs: 1, .user, repetitions: 1)
        case "town-jobs1":
            return make(name, "town, --jobs 1, through the results folder (what 'wijksim run' does)",
                        townScenarioFile, town, replicates: townReplicates, weeks: townWeeks, jobs: 1, .user,
                        repetitions: townRepetitions)
        case "town-parallel":
            return make(name, "town, all cores, through the results folder",
                        townScenarioFile, town, replicates: townReplicates, weeks: townWeeks, jobs: cores, .user,
                        repetitions: townRepetitions)
        case "town-engine":
            return make(name, "town, engine only (Simulation.runReplicate in a loop, no output), one thread",
                        townScenarioFile, town, replicates: townReplicates, weeks: townWeeks, jobs: 1, .engine,
                        repetitions: townRepetitions)
        case "town-1week":
            return make(name, "town, 1 week, --jobs 1, through the results folder: set-up and end of each replicate",
                        townScenarioFile, town, replicates: townReplicates, weeks: 1, jobs: 1, .user,
                        repetitions: townRepetitions)
        case "town-population-x10":
            var scenario = town
            for index in scenario.municipality.neighbourhoods.indices {
                scenario.municipality.neighbourhoods[index].population *= 10
            }
            scenario.residents.requestsPerYear /= 10
            return make(name, "town with every population x 10 and the ask rate / 10 (the same request volume), --jobs 1",
                        townScenarioFile, scenario, replicates: townReplicates, weeks: townWeeks, jobs: 1, .user,
                        repetitions: townRepetitions)
        case "city":
            var scenario = city
            if isQuick {
                for index in scenario.municipality.neighbourhoods.indices {
                    scenario.municipality.neighbourhoods[index].population =
                        max(1, scenario.municipality.neighbourhoods[index].population / 20)
                }
            }
            return make(name, isQuick ? "Rotterdam-scale city with populations / 20, one replicate"
                                      : "Rotterdam-scale city, one replicate on one core",
                        cityScenarioFile, scenario, replicates: 1, weeks: isQuick ? 52 : 520, jobs: 1, .user,
                        repetitions: isQuick ? 1 : 5)
        case "many-1000":
            return make(name, "small scenario, reference replicate count for the memory comparison",
                        smallScenarioFile, small, replicates: scaled(1_000), weeks: 52, jobs: cores, .user,
                        repetitions: 1)
        case "sweep":
            var workload = make(name, "town, Latin hypercube over eight barriers, all cores, through the sweep's folder",
                                townScenarioFile, town, replicates: isQuick ? 10 : 20, weeks: townWeeks, jobs: cores,
                                .sweep, repetitions: townRepetitions)
            workload.sweepPoints = max(1, scaled(isQuick ? 20 : 1_000) / (isQuick ? 10 : 20))
            return workload
        case "sweep-points-100", "sweep-points-10000":
            var workload = make(name, "small scenario, sweep of many points × 1 replicate: memory must stay flat",
                                smallScenarioFile, small, replicates: 1, weeks: 13, jobs: cores, .sweep, repetitions: 1)
            let points = name == "sweep-points-100" ? 100 : (isQuick ? 1_000 : 10_000)
            workload.sweepPoints = max(2, scaled(points))
            return workload
        default:
            return make(name, "small scenario, many replicates: memory must stay flat",
                        smallScenarioFile, small, replicates: scaled(isQuick ? 2_000 : 100_000), weeks: 52,
                        jobs: cores, .user, repetitions: 1)
        }
    }

    private func make(_ name: String, _ meaning: String, _ file: String, _ base: Scenario, replicates: Int,
                      weeks: Int, jobs: Int, _ path: BenchWorkload.Path, repetitions: Int) -> BenchWorkload {
        var scenario = base
        scenario.run.replicates = replicates
        scenario.run.weeks = weeks
        return BenchWorkload(name: name, meaning: meaning, scenarioFile: file, scenario: scenario, jobs: jobs,
                             path: path, repetitions: repetitions)
    }

    private func scaled(_ replicates: Int) -> Int {
        max(1, Int((Double(replicates) * scale).rounded()))
    }

    private func path(_ file: String) -> String {
        (scenarioFolder as NSString).appendingPathComponent(file)
    }
}
