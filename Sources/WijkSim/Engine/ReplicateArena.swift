import Synchronization

/// The buffers one replicate leaves for the next on the same worker: the resident store
/// (its per-resident slot table and awareness bits, and the records' capacity) and the request
/// store's capacity (docs/PERFORMANCE.md, issue 13).
///
/// Reuse never changes a result: ``ResidentPopulation/reset(populations:)`` and
/// ``World/init(scenario:seed:arena:)`` leave exactly the state a fresh replicate starts with
/// (`ReplicateArenaTests` runs replicates of different towns through one arena and compares
/// them with fresh ones byte for byte).
struct ReplicateArena {
    /// The resident store of the last replicate, if any.
    var residents: ResidentPopulation?
    /// The request store of the last replicate (emptied, capacity kept).
    var requests: [Request] = []
}

/// Arenas not in use, shared by the threads of a process: a replicate takes one (or a new one)
/// and puts it back when done, so there are at most as many as replicates ever ran at once.
/// Which arena a replicate gets depends on timing, which is why an arena must not change a
/// result (``ReplicateArena``).
final class ReplicateArenaPool: Sendable {
    private let idle = Mutex<[ReplicateArena]>([])

    /// The process's pool.
    static let shared = ReplicateArenaPool()

    /// Most idle arenas kept; more are dropped (memory stays bounded if many threads ran once).
    static let capacity = 64

    /// An idle arena, or a new empty one.
    func take() -> ReplicateArena {
        idle.withLock { $0.popLast() } ?? ReplicateArena()
    }

    /// Drops the idle arenas (``BatchRunner`` does at the end of a batch, so that their memory
    /// is not held while the results are written). Arenas in use are put back later as usual.
    func drain() {
        let dropped = idle.withLock { arenas in
            defer { arenas = [] }
            return arenas
        }
        _ = dropped   // released here, outside the lock
    }

    /// Returns `arena` for later replicates.
    func put(_ arena: ReplicateArena) {
        idle.withLock { arenas in
            if arenas.count < Self.capacity { arenas.append(arena) }
        }
    }
}
