/// Runs replicates of the model.
public enum Simulation {
    /// Simulates `scenario.run.warmupWeeks + scenario.run.weeks` weeks of one replicate.
    ///
    /// Deterministic: the same scenario and seed give the same result on any thread. The
    /// buffers come from the thread's last replicate (``ReplicateArenaPool``), which never
    /// changes a result.
    /// - Parameters:
    ///   - scenario: a validated scenario.
    ///   - seed: the replicate seed (``SeedDerivation/replicateSeed(master:replicate:)``).
    ///   - checkingInvariants: check conservation and ranges every week (slow; for tests).
    /// - Returns: the replicate's metrics, in ``MetricCatalog`` order.
    public static func runReplicate(scenario: Scenario, seed: UInt64, checkingInvariants: Bool = false) -> ReplicateResult {
        runReplicate(scenario: scenario, seed: seed, checkingInvariants: checkingInvariants,
                     compactionMinimum: World.defaultCompactionMinimum)
    }

    /// As ``runReplicate(scenario:seed:checkingInvariants:)``, with the request store
    /// compacted as soon as closed requests outnumber open ones by 3 to 1 and at least
    /// `compactionMinimum` are stored (tests use 0 to compact as often as possible).
    static func runReplicate(scenario: Scenario, seed: UInt64, checkingInvariants: Bool,
                             compactionMinimum: Int) -> ReplicateResult {
        let pool = ReplicateArenaPool.shared
        var world = World(scenario: scenario, seed: seed, arena: pool.take())
        world.checksInvariants = checkingInvariants
        world.compactionMinimum = compactionMinimum
        let result = world.run()
        pool.put(world.takeArena())
        return result
    }
}
