import Foundation

/// The shape of a scenario file, derived from ``Scenario/init()`` and ``ParameterCatalog``:
/// which keys exist where, what each leaf takes, and the templates that fill
/// elements of object arrays.
struct ScenarioSchema: Sendable {
    /// Built once, from the defaults.
    static let shared = ScenarioSchema()

    /// Position of every catalog pattern and its prefixes, for declaration order.
    let order: [String: Int]
    /// `Scenario()` as a tree, keys in declaration order.
    let defaults: JSONValue
    /// Element templates of the object arrays, keyed by the array's pattern.
    let elementTemplates: [String: JSONValue]

    init() {
        var order: [String: Int] = [:]
        for (index, spec) in ParameterCatalog.all.enumerated() {
            var prefix = ""
            for part in spec.keyPath.split(separator: ".") {
                prefix += prefix.isEmpty ? String(part) : "." + part
                let key = prefix.hasSuffix("[]") ? String(prefix.dropLast(2)) : prefix
                if order[key] == nil { order[key] = index }
            }
        }
        self.order = order
        defaults = Self.tree(encoding: Scenario(), pattern: "", order: order)
        elementTemplates = [
            "municipality.neighbourhoods": Self.tree(encoding: NeighbourhoodParameters(), pattern: "municipality.neighbourhoods[]", order: order),
            "connectors": Self.tree(encoding: ConnectorParameters(), pattern: "connectors[]", order: order),
            "departments": Self.tree(encoding: DepartmentParameters(), pattern: "departments[]", order: order),
        ]
    }

    /// `value` encoded with `JSONEncoder` and parsed, keys in declaration order.
    /// Non-finite numbers become the strings `"NaN"`, `"Infinity"`, `"-Infinity"`.
    func tree(encoding value: some Encodable, pattern: String = "") -> JSONValue {
        Self.tree(encoding: value, pattern: pattern, order: order)
    }

    private static func tree(encoding value: some Encodable, pattern: String, order: [String: Int]) -> JSONValue {
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        guard let data = try? encoder.encode(value), let tree = try? JSONParser.parse(Array(data), file: "<defaults>") else {
            preconditionFailure("JSONEncoder output of \(type(of: value)) does not parse")
        }
        return reordered(tree, pattern: pattern, order: order)
    }

    private static func reordered(_ value: JSONValue, pattern: String, order: [String: Int]) -> JSONValue {
        switch value {
        case .object(let members, let at):
            var keyed: [(rank: Int, member: JSONMember)] = []
            for member in members {
                let child = pattern.isEmpty ? member.key : pattern + "." + member.key
                let value = reordered(member.value, pattern: child, order: order)
                keyed.append((order[child] ?? .max, JSONMember(key: member.key, keyLocation: member.keyLocation, value: value)))
            }
            keyed.sort { $0.rank != $1.rank ? $0.rank < $1.rank : $0.member.key < $1.member.key }
            return .object(keyed.map { $0.member }, at)
        case .array(let elements, let at):
            return .array(elements.map { reordered($0, pattern: pattern + "[]", order: order) }, at)
        default:
            return value
        }
    }

    // MARK: Checking

    /// Checks keys, types and ranges of a file tree against the defaults.
    /// - Throws: The first problem, in tree order, located where it was written.
    func check(_ value: JSONValue, file: String) throws(ScenarioError) {
        try check(value, against: defaults, path: .root, file: file)
    }

    private func check(_ value: JSONValue, against template: JSONValue, path: ParameterPath, file: String) throws(ScenarioError) {
        switch template {
        case .object(let templateMembers, _):
            guard case .object(let members, _) = value else { throw wrongType(value, path, file, expected: "an object") }
            for member in members {
                let memberPath = path.appending(member.key)
                guard let memberTemplate = templateMembers.first(where: { $0.key == member.key })?.value else {
                    let known = templateMembers.map(\.key)
                    let hint = KeySuggestion.nearest(to: member.key, among: known)
                        .map { "; did you mean '\($0)'?" } ?? "; expected one of " + known.joined(separator: ", ")
                    throw ScenarioError(.unknownKey, at: member.keyLocation, orIn: file, keyPath: memberPath.description, message: "unknown key" + hint)
                }
                try check(member.value, against: memberTemplate, path: memberPath, file: file)
            }
        case .array:
            guard case .array(let elements, _) = value else { throw wrongType(value, path, file, expected: "an array") }
            if let spec = ParameterCatalog.byKeyPath[path.pattern + "[]"] {
                for (index, element) in elements.enumerated() {
                    try checkLeaf(element, spec: spec, path: path.appending(index: index), file: file)
                }
            } else if let elementTemplate = elementTemplates[path.pattern] {
                for (index, element) in elements.enumerated() {
                    try check(element, against: elementTemplate, path: path.appending(index: index), file: file)
                }
            } else {
                throw ScenarioError(.internalError, file: file, keyPath: path.description, message: "internal error: no catalog entry or element template for \(path.pattern)[]")
            }
        default:
            guard let spec = ParameterCatalog.byKeyPath[path.pattern] else {
                throw ScenarioError(.internalError, file: file, keyPath: path.description, message: "internal error: no catalog entry for \(path.pattern)")
            }
            try checkLeaf(value, spec: spec, path: path, file: file)
        }
    }

    private func checkLeaf(_ value: JSONValue, spec: ParameterSpec, path: ParameterPath, file: String) throws(ScenarioError) {
        if let (problem, message) = spec.problem(with: value) {
            throw ScenarioError(problem, at: value.location, orIn: file, keyPath: path.description, message: message)
        }
    }

    private func wrongType(_ value: JSONValue, _ path: ParameterPath, _ file: String, expected: String) -> ScenarioError {
        ScenarioError(.wrongType, at: value.location, orIn: file, keyPath: path.description,
                      message: "expected \(expected), found \(value.messageDescription)")
    }

    // MARK: Completing

    /// A checked file tree filled in from the defaults: every key present,
    /// object-array elements filled from their templates, integral values
    /// of integer parameters written as integer literals, number literals over
    /// ``maximumLiteralLength`` characters written as the shortest text of their value.
    func complete(_ value: JSONValue) -> JSONValue {
        complete(value, template: defaults, path: .root)
    }

    private func complete(_ value: JSONValue, template: JSONValue, path: ParameterPath) -> JSONValue {
        switch (template, value) {
        case (.object(let templateMembers, _), .object(let members, let at)):
            return .object(templateMembers.map { templateMember in
                guard let member = members.first(where: { $0.key == templateMember.key }) else { return templateMember }
                return JSONMember(key: member.key, keyLocation: member.keyLocation,
                                  value: complete(member.value, template: templateMember.value, path: path.appending(member.key)))
            }, at)
        case (.array, .array(let elements, let at)):
            if let elementTemplate = elementTemplates[path.pattern] {
                return .array(elements.enumerated().map { complete($1, template: elementTemplate, path: path.appending(index: $0)) }, at)
            }
            return .array(elements.enumerated().map { integerNormalized($1, path: path.appending(index: $0)) }, at)
        default:
            return integerNormalized(value, path: path)
        }
    }

    /// Longest number literal handed to `JSONDecoder` as written; longer ones (valid
    /// JSON such as `0.000…0001` with 400 zeros, which `JSONDecoder` refuses) are
    /// rewritten as the shortest text of the same `Double`.
    static let maximumLiteralLength = 32

    private func integerNormalized(_ value: JSONValue, path: ParameterPath) -> JSONValue {
        if case .number(var number, let at) = value, number.literal.utf8.count > Self.maximumLiteralLength,
           case .number = ParameterCatalog.byKeyPath[path.pattern]?.kind {
            number.literal = "\(number.value)"
            number.isIntegerLiteral = false
            return .number(number, at)
        }
        guard case .number(var number, let at) = value, !number.isIntegerLiteral || number.literal.hasPrefix("-0"),
              case .integer = ParameterCatalog.byKeyPath[path.pattern]?.kind else { return value }
        number.literal = number.value < 0 ? String(Int64(number.value)) : String(UInt64(number.value))  // -0 → 0
        number.isIntegerLiteral = true
        return .number(number, at)
    }
}
