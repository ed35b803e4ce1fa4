import Foundation

extension Manifest {
    /// A JSON value for `manifest.json`: lets a resolved scenario (a JSON text) be
    /// embedded as an object, and the whole document be written with sorted keys.
    package enum Value: Codable, Sendable, Equatable {
        case null
        case bool(Bool)
        /// An integer that fits `Int64`.
        case integer(Int64)
        /// A non-negative integer above `Int64.max` (seeds).
        case unsigned(UInt64)
        case number(Double)
        case string(String)
        case array([Value])
        case object([String: Value])

        /// Decodes any JSON value; integers stay integers, other numbers become `Double`.
        package init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let value = try? container.decode(Bool.self) { self = .bool(value) }
            else if let value = try? container.decode(Int64.self) { self = .integer(value) }
            else if let value = try? container.decode(UInt64.self) { self = .unsigned(value) }
            else if let value = try? container.decode(Double.self) { self = .number(value) }
            else if let value = try? container.decode(String.self) { self = .string(value) }
            else if let value = try? container.decode([Value].self) { self = .array(value) }
            else { self = .object(try container.decode([String: Value].self)) }
        }

        /// Encodes the value as itself (no wrapping).
        package func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .null: try container.encodeNil()
            case .bool(let value): try container.encode(value)
            case .integer(let value): try container.encode(value)
            case .unsigned(let value): try container.encode(value)
            case .number(let value): try container.encode(value)
            case .string(let value): try container.encode(value)
            case .array(let value): try container.encode(value)
            case .object(let value): try container.encode(value)
            }
        }
    }
}

extension Manifest.Value {
    /// The value as pretty-printed JSON with sorted keys and a final newline.
    /// - Parameter fileName: named in the error if encoding fails.
    package func jsonData(fileName: String) throws(OutputError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            var data = try encoder.encode(self)
            data.append(UInt8(ascii: "\n"))
            return data
        } catch {
            throw .cannotWrite(path: fileName, reason: "\(error)")
        }
    }

    /// Writes `data` to a new file at `path`.
    package static func write(_ data: Data, to path: String) throws(OutputError) {
        let handle = try POSIXFiles.createFile(path)
        do {
            try handle.write(contentsOf: data)
            try handle.close()
        } catch {
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
    }
}
