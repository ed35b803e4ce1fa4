import Dispatch

/// Runs replicates `0..<replicates` on `jobs` threads and delivers them in replicate order.
///
/// Replicate `i` is computed by one call `work(i, SeedDerivation.replicateSeed(master:replicate: i))`
/// on one thread; its seed depends on the master seed and `i` only. Results are handed
/// to `consume` on the calling thread, strictly in order `0, 1, 2, …`, whatever order
/// the workers finish in, so every output file is identical for any `jobs`.
///
/// Memory is flat in the number of replicates: workers take indices from a shared
/// counter but never run more than ``window`` replicates ahead of the next one to be
/// delivered (see ``ReorderWindow``), so at most `window` outputs are held at once.
///
/// With `jobs == 1` everything runs on the calling thread, with no Dispatch at all.
public struct BatchRunner: Sendable {
    /// Number of replicates, ≥ 0.
    public var replicates: Int
    /// Worker threads, ≥ 1 (more than `replicates` is harmless).
    public var jobs: Int
    /// Master seed of the experiment.
    public var masterSeed: UInt64

    /// Creates a runner.
    public init(replicates: Int, jobs: Int, masterSeed: UInt64) {
        precondition(replicates >= 0, "replicates must be ≥ 0, got \(replicates)")
        precondition(jobs >= 1, "jobs must be ≥ 1, got \(jobs)")
        self.replicates = replicates
        self.jobs = jobs
        self.masterSeed = masterSeed
    }

    /// Threads actually used: `jobs`, but never more than the replicates.
    public var workerCount: Int { max(1, min(jobs, replicates)) }

    /// Replicates that may be computed or buffered ahead of delivery: `8 × workerCount`.
    public var window: Int { 8 * workerCount }

    /// The seed of replicate `replicate`.
    public func seed(ofReplicate replicate: Int) -> UInt64 {
        SeedDerivation.replicateSeed(master: masterSeed, replicate: replicate)
    }

    /// Runs every replicate and delivers the outputs in replicate order.
    ///
    /// - Parameters:
    ///   - work: computes one replicate from its index and seed; called concurrently.
    ///   - consume: receives each replicate, in order, on the calling thread.
    ///   - progress: called on the calling thread after each delivery with the number delivered.
    /// - Throws: the first error thrown by `consume`; no further replicates are started
    ///   and the call returns only after every worker has stopped.
    public func run<Output: Sendable, Failure: Error>(
        work: @escaping @Sendable (_ replicate: Int, _ seed: UInt64) -> Output,
        consume: (BatchItem<Output>) throws(Failure) -> Void,
        progress: (_ delivered: Int) -> Void = { _ in }
    ) throws(Failure) {
        // The arenas the replicates leave are for the next replicate of this batch; the memory
        // goes back once the batch is done (the results are written after it).
        defer { ReplicateArenaPool.shared.drain() }
        if jobs == 1 || replicates <= 1 {
            for replicate in 0..<replicates {
                let seed = seed(ofReplicate: replicate)
                try consume(BatchItem(replicate: replicate, seed: seed, output: work(replicate, seed)))
                progress(replicate + 1)
            }
            return
        }
        let window = ReorderWindow<Output>(replicates: replicates, capacity: window)
        let workers = workerCount
        let masterSeed = masterSeed
        DispatchQueue.global().async {
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                window.workLoop { replicate in
                    work(replicate, SeedDerivation.replicateSeed(master: masterSeed, replicate: replicate))
                }
            }
            window.workersFinished()
        }
        do {
            for replicate in 0..<replicates {
                let output = window.take(replicate)
                try consume(BatchItem(replicate: replicate, seed: seed(ofReplicate: replicate), output: output))
                progress(replicate + 1)
            }
        } catch {
            window.cancel()
            window.waitForWorkers()
            throw error
        }
        window.waitForWorkers()
    }
}
