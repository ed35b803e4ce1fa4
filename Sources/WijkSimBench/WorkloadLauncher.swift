import WijkSim
import Foundation
import Synchronization

/// Runs one workload in a fresh child process of the `wijksim` executable, so that its
/// peak memory (`getrusage` max RSS, a process-wide high-water mark) is its own.
///
/// The child is `EXECUTABLE bench --workload NAME …` with the plan's flags; it prints one
/// ``BenchMeasurement/line`` on stdout, which is read back here.
package struct WorkloadLauncher: Sendable {
    /// The `wijksim` executable to start.
    package var executable: String

    /// A launcher for `executable`.
    package init(executable: String) {
        self.executable = executable
    }

    /// The running program's own executable: `/proc/self/exe` resolved on Linux,
    /// `Bundle.main.executablePath` elsewhere.
    package static var currentExecutable: String {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        #endif
        return Bundle.main.executablePath ?? CommandLine.arguments.first ?? "wijksim"
    }

    /// Whether `path` looks like a `wijksim` executable (its file name starts with `wijksim`).
    package static func isWijkSim(_ path: String) -> Bool {
        (path as NSString).lastPathComponent.hasPrefix("wijksim")
    }

    /// The child's arguments (after the executable) for workload `name` of `plan`.
    /// - Parameter repetitions: `--repeat K` to pass on, if given.
    package static func arguments(workload name: String, plan: BenchPlan, repetitions: Int? = nil) -> [String] {
        var arguments = ["bench", "--workload", name, "--scenarios", plan.scenarioFolder, "--cores", String(plan.cores)]
        if plan.isQuick { arguments.append("--quick") }
        if plan.scale != 1 { arguments += ["--scale", "\(plan.scale)"] }
        if let repetitions { arguments += ["--repeat", String(repetitions)] }
        return arguments
    }

    /// Starts the child for workload `name`, waits for it and reads its measurement.
    /// - Throws: ``BenchError`` when it cannot start, fails, or prints no measurement line.
    package func measure(workload name: String, plan: BenchPlan,
                        repetitions: Int? = nil) throws(BenchError) -> BenchMeasurement {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Self.arguments(workload: name, plan: plan, repetitions: repetitions)
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .cannotLaunch(path: executable, reason: error.localizedDescription)
        }
        // Read both pipes to the end before waiting, so that a chatty child cannot block on a full pipe.
        let errorHandle = errors.fileHandleForReading
        let errorData = Mutex(Data())
        let errorRead = DispatchGroup()
        DispatchQueue.global().async(group: errorRead) {
            let data = errorHandle.readDataToEndOfFile()
            errorData.withLock { $0 = data }
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        errorRead.wait()
        process.waitUntilExit()
        let text = String(decoding: outputData, as: UTF8.self)
        let errorText = String(decoding: errorData.withLock { $0 }, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw .workloadFailed(workload: name, status: process.terminationStatus,
                                  detail: Self.lastLine(of: errorText))
        }
        guard let line = text.split(separator: "\n").last(where: { $0.hasPrefix(BenchMeasurement.prefix) }),
              let measurement = BenchMeasurement(line: String(line)), measurement.workload == name else {
            throw .unreadableMeasurement(workload: name, text: Self.lastLine(of: text + errorText))
        }
        return measurement
    }

    private static func lastLine(of text: String) -> String {
        String(text.split(separator: "\n").last ?? "")
    }
}
