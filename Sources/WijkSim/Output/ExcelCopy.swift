import Foundation

/// Writes the copy of a CSV file that Excel opens correctly in a Dutch (or other
/// decimal-comma) locale: `;` between fields, `,` as decimal mark, and a UTF-8 byte-order
/// mark so Excel reads `×`, `−` and accented names as UTF-8. Named `NAME-excel.csv`
/// (``name(for:)``).
///
/// The conversion streams the file (a `runs.csv` of millions of rows is never held in
/// memory). Fields of the text columns (``textColumns``) are copied as they are; in every
/// other column a field that parses as a number has its `.` replaced by `,`, and `NA`,
/// `Inf` and `-Inf` are kept. A field is quoted when it holds `;`, `"`, CR or LF.
package enum ExcelCopy {
    /// The CSV files that get an Excel copy (those `run`, `compare`, `sweep` and `merge` write).
    package static let sourceFiles = [RunRecorder.runsFile, RunRecorder.summaryFile, RunRecorder.timeSeriesFile,
                                     ComparisonRecorder.comparisonFile, ComparisonRecorder.timeSeriesFile,
                                     ComparisonRecorder.decompositionFile,
                                     SweepFiles.points, SweepFiles.sensitivity] + UnitRecorder.fileNames
    /// Every Excel copy's name (for ``FolderOwnership/ownedFileNames``).
    package static let fileNames = sourceFiles.map(name(for:))
    /// Columns that hold text, never numbers.
    static let textColumns: Set<String> = ["scenario", "seed", "base", "variant", "metric", "excludes_zero",
                                           "parameter", "design", "measure", "ci_method", "note", "unit_type", "unit",
                                           "route", "kind"]
    /// The UTF-8 byte-order mark.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// `runs.csv` → `runs-excel.csv`.
    package static func name(for file: String) -> String {
        file.hasSuffix(".csv") ? String(file.dropLast(4)) + "-excel.csv" : file + "-excel.csv"
    }

    /// Writes the Excel copy of every file of `files` (default ``sourceFiles``) present in
    /// `folder`, beside it, replacing an earlier copy (callers check that `folder` is
    /// WijkSim's: a partial results folder, a sweep folder, or a merge's checked `--out`).
    /// - Returns: the names written.
    @discardableResult
    package static func writeCopies(in folder: String, files: [String] = sourceFiles) throws(OutputError) -> [String] {
        var written: [String] = []
        for file in files where POSIXFiles.kind(of: folder + "/" + file) == .file {
            _ = unlink(folder + "/" + name(for: file))
            try convert(folder + "/" + file, to: folder + "/" + name(for: file))
            written.append(name(for: file))
        }
        return written
    }

    /// Converts the CSV file at `source` into an Excel copy at `destination`.
    package static func convert(_ source: String, to destination: String) throws(OutputError) {
        guard let input = FileHandle(forReadingAtPath: source) else {
            throw .cannotWrite(path: destination, reason: "cannot read '\(source)'")
        }
        defer { try? input.close() }
        let output = try POSIXFiles.createFile(destination)
        var converter = Converter()
        var buffer = byteOrderMark
        do {
            while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
                for byte in chunk { converter.feed(byte, into: &buffer) }
                if buffer.count >= 1 << 16 { try output.write(contentsOf: buffer); buffer.removeAll(keepingCapacity: true) }
            }
            converter.finish(into: &buffer)
            try output.write(contentsOf: buffer)
            try output.close()
        } catch {
            throw .cannotWrite(path: destination, reason: error.localizedDescription)
        }
    }

    /// The Excel text of one field of column `column` (its header name).
    static func field(_ text: String, column: String?) -> String {
        var value = text
        if let column, !textColumns.contains(column), Double(text) != nil || ["NA", "Inf", "-Inf"].contains(text) {
            value = text.replacingOccurrences(of: ".", with: ",")
        }
        let needsQuotes = value.contains { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        return needsQuotes ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }

    /// A byte-level CSV reader that emits each converted field as soon as it ends.
    struct Converter {
        private var field: [UInt8] = []
        private var inQuotes = false, quoteSeen = false
        private var header: [String] = [], isHeader = true
        private var column = 0

        mutating func feed(_ byte: UInt8, into out: inout [UInt8]) {
            if inQuotes {
                if byte == 0x22 { inQuotes = false; quoteSeen = true } else { field.append(byte) }
                return
            }
            switch byte {
            case 0x22:
                if quoteSeen { field.append(0x22) }  // a doubled quote inside a quoted field
                inQuotes = true; quoteSeen = false
            case 0x2C: endField(into: &out); out.append(0x3B)
            case 0x0A: endField(into: &out); out.append(0x0A); endRow()
            case 0x0D: break
            default: quoteSeen = false; field.append(byte)
            }
        }

        mutating func finish(into out: inout [UInt8]) {
            if !field.isEmpty || column > 0 { endField(into: &out); out.append(0x0A) }
        }

        private mutating func endField(into out: inout [UInt8]) {
            let text = String(decoding: field, as: UTF8.self)
            if isHeader { header.append(text) }
            let name = isHeader ? nil : (column < header.count ? header[column] : nil)
            out.append(contentsOf: Array(ExcelCopy.field(text, column: name).utf8))
            field.removeAll(keepingCapacity: true)
            quoteSeen = false
            column += 1
        }

        private mutating func endRow() { isHeader = false; column = 0 }
    }
}
