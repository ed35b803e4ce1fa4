import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The memory of the machine the program runs on.
public enum PhysicalMemory {
    /// Physical memory in bytes: `sysconf(_SC_PHYS_PAGES) · sysconf(_SC_PAGESIZE)`;
    /// `.infinity` when the system does not say.
    public static var bytes: Double {
        let pages = sysconf(Int32(_SC_PHYS_PAGES)), pageSize = sysconf(Int32(_SC_PAGESIZE))
        return pages > 0 && pageSize > 0 ? Double(pages) * Double(pageSize) : .infinity
    }
}
