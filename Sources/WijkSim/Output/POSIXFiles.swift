import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin POSIX wrappers that report the operating system's reason (`strerror`) on failure.
///
/// Foundation's `FileManager` errors on Linux carry long, platform-dependent texts;
/// these calls keep messages short and identical everywhere.
enum POSIXFiles {
    /// `strerror(errno)` for the last failed system call.
    static func lastErrorReason() -> String {
        String(cString: strerror(errno))
    }

    /// Whether anything (file, folder, link) exists at `path`.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Whether `path` is a folder (following links).
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Creates `path` and any missing parents (like `mkdir -p`).
    /// - Throws: ``OutputError/cannotCreateFolder(path:reason:)`` naming the folder that failed
    ///   (for a parent that is a file: the child, with "Not a directory").
    static func createDirectories(_ path: String) throws(OutputError) {
        if isDirectory(path) { return }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path, !exists(parent) { try createDirectories(parent) }
        if mkdir(path, 0o755) != 0 {
            let code = errno
            if code == EEXIST, isDirectory(path) { return }
            throw .cannotCreateFolder(path: path, reason: String(cString: strerror(code)))
        }
    }

    /// Creates one folder; its parent must exist.
    static func createDirectory(_ path: String) throws(OutputError) {
        if mkdir(path, 0o755) != 0 {
            throw .cannotCreateFolder(path: path, reason: lastErrorReason())
        }
    }

    /// Atomically renames `from` to `to` (same file system).
    static func rename(_ from: String, to: String) throws(OutputError) {
        #if canImport(Glibc) || canImport(Musl)
        let result = Glibc.rename(from, to)
        #else
        let result = Darwin.rename(from, to)
        #endif
        if result != 0 {
            throw .cannotMove(from: from, to: to, reason: lastErrorReason())
        }
    }

    /// Removes a file or a folder tree; missing paths are ignored.
    static func removeTree(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Creates (or truncates) a file for writing.
    static func createFile(_ path: String) throws(OutputError) -> FileHandle {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .cannotCreateFile(path: path, reason: lastErrorReason())
        }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }
}
