import WijkSim
import Foundation

/// Where and how a bench ran: the machine, the build configuration and the date,
/// printed above the table so that figures are never quoted without them.
package struct BenchEnvironment: Sendable, Equatable {
    /// Cores used for the parallel workloads.
    package var cores: Int
    /// Cores the operating system reports as active.
    package var hostCores: Int
    /// `uname -srm`: system, release and machine, e.g. `Linux 6.8.0-45-generic x86_64`.
    package var system: String
    /// Whether this is an optimised build (compiled without `DEBUG`).
    package var isReleaseBuild: Bool
    /// When the bench started.
    package var date: Date

    /// The environment of this process.
    package static func current(cores: Int) -> BenchEnvironment {
        #if DEBUG
        let isRelease = false
        #else
        let isRelease = true
        #endif
        return BenchEnvironment(cores: cores, hostCores: ProcessInfo.processInfo.activeProcessorCount,
                                system: unameDescription(), isReleaseBuild: isRelease, date: Date())
    }

    /// The warning printed (on stdout and stderr) when the build is not optimised.
    package static let debugWarning = """
        WARNING: this is a DEBUG build; its timings are many times slower than a release build and mean nothing.
        WARNING: run 'swift run -c release wijksim bench' (or .build/release/wijksim bench).

        """

    /// The header lines above the table (each ending in a newline).
    package func header(isQuick: Bool, townScenarioFile: String) -> String {
        return """
            wijksim \(WijkSimVersion.current) bench\(isQuick ? " --quick (smoke test; targets not judged)" : ""), \(UTCTimestamp.string(from: date))
            machine: \(system), \(hostCores) cores (parallel workloads use \(cores))
            build: \(isReleaseBuild ? "release" : "DEBUG (timings meaningless)")
            town scenario: \(townScenarioFile)

            """
    }

    /// `uname -srm`, or `unknown` if `uname(2)` fails.
    static func unameDescription() -> String {
        var name = utsname()
        guard uname(&name) == 0 else { return "unknown" }
        func text<T>(_ field: T) -> String {
            withUnsafeBytes(of: field) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
        }
        return "\(text(name.sysname)) \(text(name.release)) \(text(name.machine))"
    }
}
