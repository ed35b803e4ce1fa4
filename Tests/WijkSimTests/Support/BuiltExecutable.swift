import Foundation
@testable import WijkSimBench

/// The `wijksim` executable built beside this test binary, for tests that start it
/// as a child process.
enum BuiltExecutable {
    /// Its path, or `nil` when the test binary was built without it.
    static let path: String? = {
        let me = WorkloadLauncher.currentExecutable
        let sibling = ((me as NSString).deletingLastPathComponent as NSString).appendingPathComponent("wijksim")
        return FileManager.default.isExecutableFile(atPath: sibling) ? sibling : nil
    }()
}
