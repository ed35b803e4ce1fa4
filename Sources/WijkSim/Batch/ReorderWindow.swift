import Dispatch
import Synchronization

/// The shared state between ``BatchRunner``'s workers and its delivering thread:
/// an index counter, a ring of `capacity` result slots, and the semaphores that
/// bound how far workers run ahead.
///
/// Invariant (why slots never collide and memory is bounded): a worker must take a
/// permit from `permits` before it takes an index, and the delivering thread returns
/// one permit per delivered replicate. So with `d` replicates delivered, at most
/// `d + capacity` indices have been handed out: every undelivered index `i` satisfies
/// `d ≤ i < d + capacity`, and `i % capacity` is distinct among them.
///
/// Progress: indices are handed out in increasing order, so the next replicate to
/// deliver, `d`, has been handed out whenever any later one has; it is then either
/// in its slot or being computed by a running worker, which will store it.
///
/// Sendable without `@unchecked`: every stored property is immutable or a
/// `Mutex` / `Atomic` / `DispatchSemaphore`.
final class ReorderWindow<Output: Sendable>: Sendable {
    private let replicates: Int
    private let capacity: Int
    private let nextIndex = Atomic<Int>(0)
    private let isCancelled = Atomic<Bool>(false)
    private let slots: Mutex<[Output?]>
    /// Free places in the window. Created at 0 and signalled `capacity` times, because
    /// libdispatch traps when a semaphore is released below its initial value.
    private let permits = DispatchSemaphore(value: 0)
    /// Signalled once per stored result.
    private let resultStored = DispatchSemaphore(value: 0)
    /// Signalled once when every worker has returned.
    private let finished = DispatchSemaphore(value: 0)

    init(replicates: Int, capacity: Int) {
        precondition(capacity >= 1, "window capacity must be ≥ 1")
        self.replicates = replicates
        self.capacity = capacity
        slots = Mutex(Array(repeating: nil, count: capacity))
        for _ in 0..<capacity { permits.signal() }
    }

    /// A worker's loop: take a permit, take the next index, compute, store; until the
    /// indices run out or the run is cancelled. A worker leaving passes its permit on,
    /// so that workers blocked on `permits` wake up and leave too.
    func workLoop(_ compute: (Int) -> Output) {
        while true {
            permits.wait()
            if isCancelled.load(ordering: .acquiring) { permits.signal(); return }
            let index = nextIndex.wrappingAdd(1, ordering: .relaxed).oldValue
            if index >= replicates { permits.signal(); return }
            let output = compute(index)
            slots.withLock { $0[index % capacity] = output }
            resultStored.signal()
        }
    }

    /// Blocks until replicate `index` (the next to deliver) is stored, removes it from
    /// its slot and frees one place in the window.
    func take(_ index: Int) -> Output {
        while true {
            let output = slots.withLock { slots -> Output? in
                defer { slots[index % capacity] = nil }
                return slots[index % capacity]
            }
            if let output {
                permits.signal()
                return output
            }
            resultStored.wait()
        }
    }

    /// Stops workers from taking new indices (those computing finish their replicate).
    func cancel() {
        isCancelled.store(true, ordering: .releasing)
        permits.signal()
    }

    /// Called once after `concurrentPerform` returns.
    func workersFinished() { finished.signal() }

    /// Blocks until ``workersFinished()`` has been called.
    func waitForWorkers() { finished.wait() }
}
