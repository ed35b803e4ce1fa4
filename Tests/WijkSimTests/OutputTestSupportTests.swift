import Foundation
import Synchronization
import Testing
@testable import WijkSim
@testable import WijkSimBench
@testable import WijkSimCLI

/// Helpers shared by the Batch, Output and CLI tests (no tests in this file).
enum TestSupport {
    /// A fresh, empty folder under the system temporary directory.
    static func makeTemporaryFolder(_ label: String = #function) -> String {
        let safe = label.filter { $0.isLetter || $0.isNumber }
        let path = NSTemporaryDirectory() + "wijksim-tests-\(safe)-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Deletes a folder made by ``makeTemporaryFolder(_:)``.
    static func remove(_ folder: String) {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// The names in `folder`, sorted (empty if it cannot be read).
    static func entries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    /// Writes `text` (UTF-8) to a file at `path`, replacing it.
    static func write(_ text: String, to path: String) throws {
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    /// The text of a file, or "" if it cannot be read.
    static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    /// A deterministic replicate that depends only on its seed (some values NaN).
    static func fakeResult(seed: UInt64, weeks: Int) -> ReplicateResult {
        var mixer = SplitMix64(seed: seed)
        let scalars = (0..<MetricCatalog.scalarNames.count).map { index -> Double in
            let raw = mixer.next()
            if index == 7, raw % 5 == 0 { return .nan }
            return index % 3 == 0 ? Double(raw % 100) : Double(raw >> 11) / Double(1 << 53)
        }
        let weekly = (0..<weeks * MetricCatalog.weeklyNames.count).map { _ in Double(mixer.next() % 1000) / 8 }
        return ReplicateResult(scalars: scalars, weekly: weekly, weeks: weeks, requestsHandled: 1)
    }
}

/// A ``Console`` that keeps what is written.
final class CapturedConsole: Sendable {
    private let output = Mutex("")
    private let error = Mutex("")

    var console: Console {
        Console(isErrorTerminal: false,
                writeOutput: { text in self.output.withLock { $0 += text } },
                writeError: { text in self.error.withLock { $0 += text } })
    }

    var standardOutput: String { output.withLock { $0 } }
    var standardError: String { error.withLock { $0 } }
}
