import WijkSim
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's resource use as the operating system reports it (`getrusage(2)`).
package enum ResourceUsage {
    /// The peak resident set size of this process so far, in bytes (`ru_maxrss`).
    ///
    /// A high-water mark for the whole process: it never goes down, which is why
    /// `wijksim bench` measures each workload in a fresh child process.
    /// Linux reports kilobytes (1,024 bytes) and macOS bytes; both are converted to bytes.
    /// - Returns: the peak in bytes, or 0 if the call fails.
    package static func peakResidentBytes() -> Int {
        var usage = rusage()
        #if canImport(Glibc)
        let who = __rusage_who_t(RUSAGE_SELF.rawValue)
        #else
        let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return 0 }
        #if canImport(Darwin)
        return Int(usage.ru_maxrss)
        #else
        return Int(usage.ru_maxrss) * 1024
        #endif
    }
}
