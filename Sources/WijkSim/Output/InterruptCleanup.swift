import Dispatch
import Foundation
import Synchronization

/// Removes unfinished results folders when the process is interrupted.
///
/// On first use it ignores the default action of SIGINT, SIGTERM, SIGHUP and SIGQUIT
/// and installs `DispatchSource` signal handlers instead (they work even when the
/// signal was already ignored, as under `nohup`). They run on an ordinary dispatch
/// queue (not inside the signal handler), so they may touch the file system: each
/// registered partial folder is removed (WijkSim's own files only, see
/// ``POSIXFiles/removeOwnedFolder(_:)``), and the process exits with 128 + the signal
/// number (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP, 131 for SIGQUIT).
/// SIGKILL cannot be caught: ``StaleLeftovers`` cleans after it on the next run.
package final class InterruptCleanup: Sendable {
    /// The process-wide instance.
    package static let shared = InterruptCleanup()

    private let paths = Mutex<[String]>([])
    private let sources = Mutex<[any DispatchSourceSignal]>([])
    private let queue = DispatchQueue(label: "wijksim.interrupt-cleanup")

    /// The signals that clean up and exit: interrupt, terminate, hang-up, quit.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    private init() {}

    /// Removes `path` (WijkSim's files in it, then the folder) if the process is interrupted;
    /// installs the handlers if needed.
    package func register(_ path: String) {
        installHandlersIfNeeded()
        paths.withLock { $0.append(path) }
    }

    /// Stops watching `path`.
    package func unregister(_ path: String) {
        paths.withLock { list in
            if let index = list.lastIndex(of: path) { list.remove(at: index) }
        }
    }

    private func installHandlersIfNeeded() {
        sources.withLock { sources in
            guard sources.isEmpty else { return }
            for signalNumber in InterruptCleanup.signals {
                signal(signalNumber, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
                source.setEventHandler { [self] in handle(signalNumber) }
                source.resume()
                sources.append(source)
            }
        }
    }

    private func handle(_ signalNumber: Int32) -> Never {
        let pending = paths.withLock { $0 }
        for path in pending { POSIXFiles.removeOwnedFolder(path) }
        FileHandle.standardError.write(Data("\nwijksim: interrupted; unfinished results removed\n".utf8))
        exit(128 + signalNumber)
    }
}
