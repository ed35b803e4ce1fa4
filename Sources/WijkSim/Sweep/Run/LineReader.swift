import Foundation

/// Reads a file line by line in fixed-size chunks, so files far larger than memory
/// can be scanned (a 100,000-point `points.csv`, a shard's `runs.csv`).
///
/// Lines are split at `\n` and returned without it; a last line without `\n` is
/// returned too, and ``endedWithNewline`` tells whether there was one.
final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var isAtEnd = false
    /// Whether the file's last byte was `\n` (valid once ``next()`` has returned `nil`).
    private(set) var endedWithNewline = true
    /// Bytes per read.
    static let chunkSize = 1 << 20

    /// Opens `path`. - Throws: ``SweepError`` (65) when it cannot be read.
    init(path: String) throws(SweepError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw SweepError(.data, "\(path): cannot read (\(POSIXFiles.lastErrorReason()))")
        }
        self.handle = handle
    }

    deinit { try? handle.close() }

    /// The next line's bytes, or `nil` at the end.
    func nextBytes() -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[start..<newline]
                start = newline + 1
                return line
            }
            if isAtEnd {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                endedWithNewline = false
                return line
            }
            buffer.removeFirst(start)
            start = 0
            let chunk = (try? handle.read(upToCount: Self.chunkSize)) ?? nil
            if let chunk, !chunk.isEmpty { buffer.append(contentsOf: chunk) } else { isAtEnd = true }
        }
    }

    /// The next line as text, or `nil` at the end.
    func next() -> String? {
        nextBytes().map { String(decoding: $0, as: UTF8.self) }
    }
}
