/// A parameter named by a concrete key path, as sweeps and `Scenario.set(keyPath:to:)` write it:
/// `barriers.siloPenalty`, `departments[2].hoursPerWeek`, `connectors[*].hoursPerWeek`
/// (every element), `requests.mix.question`, `requests.departmentCountShares[0]`.
///
/// Grammar: keys of letters, digits and `_` (not starting with a digit) joined by `.`, each
/// key followed by any number of `[n]` (a decimal index without leading zeros, at most nine
/// digits) or `[*]`. Parsing costs O(length of the text).
public struct ParameterKeyPath: Sendable, Hashable, CustomStringConvertible {
    /// One step from the root.
    public enum Component: Sendable, Hashable {
        /// An object key.
        case key(String)
        /// One array element, from 0.
        case index(Int)
        /// Every element of an array (`[*]`).
        case allIndices
    }

    /// The steps, root first; never empty, and the first is a key.
    public var components: [Component]

    /// Most digits of an index: nine keep every index well inside `Int`.
    static let maximumIndexDigits = 9

    /// Parses `text`; `nil` when it is not a key path of the grammar above.
    public init?(parsing text: String) {
        var components: [Component] = []
        var scalars = Array(text.unicodeScalars)[...]
        while true {
            var key = String.UnicodeScalarView()
            while let scalar = scalars.first, Self.isKeyScalar(scalar) {
                key.append(scalar)
                scalars.removeFirst()
            }
            guard let first = key.first, !("0"..."9").contains(first) else { return nil }
            components.append(.key(String(key)))
            while scalars.first == "[" {
                scalars.removeFirst()
                var digits = ""
                while let scalar = scalars.first, scalar != "]" {
                    digits.unicodeScalars.append(scalar)
                    scalars.removeFirst()
                }
                guard scalars.first == "]" else { return nil }
                scalars.removeFirst()
                if digits == "*" {
                    components.append(.allIndices)
                } else if let index = Self.index(digits) {
                    components.append(.index(index))
                } else {
                    return nil
                }
            }
            guard let next = scalars.first else { break }
            guard next == "." else { return nil }
            scalars.removeFirst()
        }
        self.components = components
    }

    /// `departments[2].hoursPerWeek`: the text this key path parses from.
    public var description: String { rendered { "[\($0)]" } }

    /// The ``ParameterCatalog`` pattern: `departments[].hoursPerWeek`.
    public var pattern: String { rendered { _ in "[]" } }

    /// Whether some component is `[*]`.
    public var hasAllIndices: Bool { components.contains(.allIndices) }

    /// The bracket contents in order: `"2"` for `[2]`, `"*"` for `[*]`.
    var bracketTexts: [String] {
        components.compactMap {
            switch $0 {
            case .key: nil
            case .index(let index): String(index)
            case .allIndices: "*"
            }
        }
    }

    /// A catalog pattern written with these brackets in place of its `[]`, in order; a
    /// pattern with more `[]` than this key path has brackets gets `[*]` for the rest.
    /// `departments[].hoursPerWeek` with `departments[2].hoursPerWeak` gives `departments[2].hoursPerWeek`.
    func filling(_ pattern: String) -> String {
        var brackets = bracketTexts[...]
        var text = ""
        var rest = Substring(pattern)
        while let range = rest.range(of: "[]") {
            text += rest[..<range.lowerBound] + "[" + (brackets.popFirst() ?? "*") + "]"
            rest = rest[range.upperBound...]
        }
        return text + rest
    }

    private func rendered(_ bracket: (String) -> String) -> String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .index(let index): text += bracket(String(index))
            case .allIndices: text += bracket("*")
            }
        }
        return text
    }

    private static func isKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
    }

    private static func index(_ digits: String) -> Int? {
        guard !digits.isEmpty, digits.count <= maximumIndexDigits,
              digits.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }),
              digits == "0" || !digits.hasPrefix("0") else { return nil }
        return Int(digits)
    }
}
