import WijkSim
import WijkSimBench
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Which file a scenario path names, so that `compare` can refuse the same file given
/// twice: `a.json`, `./a.json`, `dir/../a.json` and a symbolic link to `a.json` are one file.
///
/// The identity is the resolved real path (`realpath(3)`: absolute, `.`/`..` removed, links
/// followed). A path that cannot be resolved (the file is missing) falls back to its absolute,
/// lexically standardised form; the loader then reports the missing file.
enum ScenarioFileIdentity {
    /// The identity of `path`, relative paths taken from the current folder.
    static func of(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
