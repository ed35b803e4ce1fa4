import WijkSim
/// Why `wijksim bench` could not measure a workload.
package enum BenchError: UserFacingError, Equatable {
    /// The program cannot be re-run for the workloads (it is not `wijksim`, e.g. a test runner).
    case notReexecutable(path: String)
    /// A child process could not be started.
    case cannotLaunch(path: String, reason: String)
    /// A child process for `workload` ended with `status`; `detail` is the end of its stderr.
    case workloadFailed(workload: String, status: Int32, detail: String)
    /// A child process printed no measurement line, or one that cannot be read.
    case unreadableMeasurement(workload: String, text: String)

    /// 64 for ``notReexecutable(path:)`` (a flag fixes it); else 70 (internal error).
    package var exitCode: ExitCode {
        switch self {
        case .notReexecutable: .usage
        case .cannotLaunch, .workloadFailed, .unreadableMeasurement: .software
        }
    }

    /// The one-line message printed after `wijksim: error: `.
    package var description: String {
        switch self {
        case .notReexecutable(let path):
            "bench: cannot run the workloads in child processes: this program ('\(path)') is not wijksim; use --executable PATH or --in-process"
        case .cannotLaunch(let path, let reason):
            "bench: cannot start '\(path)': \(reason)"
        case .workloadFailed(let workload, let status, let detail):
            "bench: workload '\(workload)' failed with exit status \(status)" + (detail.isEmpty ? "" : ": \(detail)")
        case .unreadableMeasurement(let workload, let text):
            "bench: workload '\(workload)' printed no measurement line; its output was '\(text)'"
        }
    }
}
