import Foundation

/// A streaming CSV writer: RFC 4180 quoting, `.` as decimal point, `\n` line ends.
///
/// Rows are buffered and written to the file handle whenever the buffer passes
/// ``flushThreshold`` bytes (64 KiB), and on ``flush()`` / ``close()``, so a long
/// run writes its rows as they arrive without one system call per row.
///
/// Quoting (RFC 4180 §2): a field is enclosed in double quotes when it contains a
/// comma, a double quote, a carriage return or a line feed; a double quote inside
/// a quoted field is doubled. Lines end with a single `\n` (R, pandas and Excel
/// all read it). Numbers are formatted by ``format(_:)``.
///
/// Not thread-safe: one writer is used from one thread.
package final class CSVWriter {
    /// Bytes collected before the buffer is written out.
    package static let flushThreshold = 64 * 1024

    private let handle: FileHandle
    private let path: String
    private var buffer: [UInt8] = []
    private var isClosed = false
    private var flushedBytes: UInt64

    /// Bytes in the file once the buffer is flushed: what was there when it was wrapped
    /// (`alreadyWritten`) plus every row since.
    package var bytesWritten: UInt64 { flushedBytes + UInt64(buffer.count) }

    /// Creates (or truncates) the file at `path` and opens it for writing.
    /// - Throws: ``OutputError`` (exit 73) when the file cannot be created.
    package convenience init(path: String) throws(OutputError) {
        self.init(handle: try POSIXFiles.createFile(path), path: path)
    }

    /// Wraps an open file handle positioned after `alreadyWritten` bytes; `path` is only
    /// used in error messages.
    package init(handle: FileHandle, path: String, alreadyWritten: UInt64 = 0) {
        self.handle = handle
        self.path = path
        flushedBytes = alreadyWritten
        buffer.reserveCapacity(Self.flushThreshold + 4096)
    }

    deinit {
        if !isClosed { try? close() }
    }

    /// Appends one row; each field is quoted if needed.
    /// - Throws: ``OutputError`` when the buffered bytes cannot be written.
    package func writeRow(_ fields: [String]) throws(OutputError) {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            Self.appendField(field, to: &buffer)
        }
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Writes the buffered bytes to the file.
    package func flush() throws(OutputError) {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw OutputError.cannotWrite(path: path, reason: "\(error.localizedDescription)")
        }
        flushedBytes += UInt64(buffer.count)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes the file; further writes are a programming error.
    package func close() throws(OutputError) {
        guard !isClosed else { return }
        isClosed = true
        try flush()
        do { try handle.close() } catch {
            throw OutputError.cannotWrite(path: path, reason: "\(error.localizedDescription)")
        }
    }

    /// The CSV text of one field: unchanged, or quoted with inner quotes doubled.
    package static func quote(_ field: String) -> String {
        var bytes: [UInt8] = []
        appendField(field, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Formats a number so that reading it back gives the same `Double`.
    ///
    /// - Integral values with |x| < 2^53 print without a fraction (`3`, `-12`, `0`).
    /// - Other finite values use Swift's shortest round-trip form (`0.1`, `1e-05`, `1e+20`).
    /// - NaN prints as `NA` (read as missing by R and pandas); ±infinity as `Inf` / `-Inf`
    ///   (R's spelling; pandas reads `inf`, so it needs `na_values`/`converters` only for these).
    package static func format(_ value: Double) -> String {
        if value.isNaN { return "NA" }
        if value.isInfinite { return value < 0 ? "-Inf" : "Inf" }
        if value == value.rounded(.towardZero), abs(value) < 9_007_199_254_740_992 {
            return String(Int64(value))
        }
        return value.description
    }

    /// The text of a seed in a CSV field: `s` and its decimal digits (`s14710937528331946021`).
    ///
    /// Seeds run up to 2^64 − 1 (20 digits) but a double keeps only about 16, and R's
    /// `read.csv`, pandas and Excel read any field that looks like a number as a double, even
    /// when it is quoted (R also reads `0x…` hex). The `s` makes them read it as text, so every
    /// digit survives; `sub("^s", "", seed)` (R) or `seed.str[1:]` (pandas) gives the digits.
    package static func text(seed: UInt64) -> String {
        "s" + String(seed)
    }

    private static func appendField(_ field: String, to bytes: inout [UInt8]) {
        let utf8 = field.utf8
        let needsQuotes = utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(0x22)
        for byte in utf8 {
            if byte == 0x22 { bytes.append(0x22) }
            bytes.append(byte)
        }
        bytes.append(0x22)
    }
}
