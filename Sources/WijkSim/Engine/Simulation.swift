/// Runs one replicate of a scenario. (Placeholder until the engine lands.)
public enum Simulation {
    /// Simulates `scenario.run.warmupWeeks + scenario.run.weeks` weeks with the given replicate seed.
    /// - Returns: the replicate's metrics, in ``MetricCatalog`` order.
    public static func runReplicate(scenario: Scenario, seed: UInt64) -> ReplicateResult {
        let weeks = scenario.run.weeks
        return ReplicateResult(
            scalars: Array(repeating: 0, count: MetricCatalog.scalarNames.count),
            weekly: Array(repeating: 0, count: weeks * MetricCatalog.weeklyNames.count),
            weeks: weeks, requestsHandled: 0)
    }
}
