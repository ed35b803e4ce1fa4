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
package enum POSIXFiles {
    /// `strerror(errno)` for the last failed system call.
    package static func lastErrorReason() -> String {
        String(cString: strerror(errno))
    }

    /// Whether anything (file, folder, link) exists at `path`.
    package static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// The size of the regular file at `path` in bytes (following links); `nil` when it
    /// is missing or not a regular file.
    package static func fileSize(_ path: String) -> UInt64? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return UInt64(info.st_size)
    }

    /// Whether `path` is a folder (following links).
    package static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Creates `path` and any missing parents (like `mkdir -p`).
    /// - Throws: ``OutputError/cannotCreateFolder(path:reason:)`` naming the folder that failed
    ///   (for a parent that is a file: the child, with "Not a directory").
    package static func createDirectories(_ path: String) throws(OutputError) {
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
    package static func createDirectory(_ path: String) throws(OutputError) {
        if mkdir(path, 0o755) != 0 {
            throw .cannotCreateFolder(path: path, reason: lastErrorReason())
        }
    }

    /// Atomically renames `from` to `to` (same file system).
    package static func rename(_ from: String, to: String) throws(OutputError) {
        #if canImport(Glibc) || canImport(Musl)
        let result = Glibc.rename(from, to)
        #else
        let result = Darwin.rename(from, to)
        #endif
        if result != 0 {
            throw .cannotMove(from: from, to: to, reason: lastErrorReason())
        }
    }

    /// Removes a file or a folder tree; missing paths are ignored. Only for a folder this
    /// process made itself (a benchmark's temporary folder); results folders are removed
    /// with ``removeOwnedFolder(_:)``.
    package static func removeTree(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// What kind of thing stands at a path (links are not followed).
    package enum Kind: Equatable {
        case missing, file, directory, symbolicLink, device, other
    }

    /// The kind of `path` by `lstat` (a link is reported as a link, not as its target).
    package static func kind(of path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        case S_IFCHR, S_IFBLK: return .device
        default: return .other
        }
    }

    /// The absolute path with every link, `.` and `..` resolved (`realpath`); `nil` if it
    /// does not exist or cannot be resolved (`errno` says why).
    package static func canonicalPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The names in folder `path` (without `.` and `..`), sorted; `nil` if it cannot be read.
    package static func entries(of path: String) -> [String]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// The bytes of regular file `path` if it holds at most `limit` bytes, else `nil`.
    package static func readBytes(_ path: String, limit: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 { return nil }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { return nil }
        }
    }

    /// Removes a folder that WijkSim wrote: each entry that is a regular file named in
    /// ``FolderOwnership/ownedFileNames`` is unlinked, then the folder itself if it is
    /// empty. Anything else in it is left untouched (and so is the folder).
    /// - Returns: whether the folder is gone (also when it was already missing).
    @discardableResult
    package static func removeOwnedFolder(_ path: String) -> Bool {
        guard kind(of: path) == .directory else { return kind(of: path) == .missing }
        for entry in entries(of: path) ?? []
        where FolderOwnership.ownedFileNames.contains(entry) && kind(of: path + "/" + entry) == .file {
            unlink(path + "/" + entry)
        }
        return rmdir(path) == 0
    }

    /// Whether a process with this id exists (`kill(pid, 0)`; one we may not signal counts as alive).
    package static func isProcessAlive(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    /// Creates (or truncates) a file for writing.
    package static func createFile(_ path: String) throws(OutputError) -> FileHandle {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .cannotCreateFile(path: path, reason: lastErrorReason())
        }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }
}
