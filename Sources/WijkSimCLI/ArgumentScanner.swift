import WijkSim
import WijkSimBench
/// Splits a subcommand's arguments into positional arguments, options with values
/// and flags, from a table of the options it accepts.
///
/// Accepted forms: `--name value`, `--name=value`, `--flag`, `-h`; `--` ends options
/// (everything after it is positional). The value of an option is the next argument
/// even when it starts with `-` (so `--seed -1` reports the bad seed, not a missing value).
/// An option or flag may be given at most once: a second one is a usage error
/// (`--seed: given twice ('1' and '2'); give it once`), never silently last-wins.
package struct ArgumentScanner: Sendable {
    /// One accepted option.
    package struct Option: Sendable {
        /// The long name with its dashes, e.g. `--replicates`.
        package var name: String
        /// Whether it takes a value.
        package var takesValue: Bool
        /// What the value must be, for messages (`a positive integer`).
        package var expected: String

        /// An option that takes a value.
        package static func value(_ name: String, expected: String) -> Option {
            Option(name: name, takesValue: true, expected: expected)
        }

        /// An option without a value.
        package static func flag(_ name: String) -> Option {
            Option(name: name, takesValue: false, expected: "")
        }
    }

    /// The result of scanning.
    package struct Scanned: Sendable, Equatable {
        /// Arguments that are not options, in order.
        package var positionals: [String] = []
        /// Option name → its value.
        package var values: [String: String] = [:]
        /// Flags that were given.
        package var flags: Set<String> = []
    }

    /// The options accepted.
    package var options: [Option]
    /// The usage line attached to errors.
    package var usage: String

    /// Creates a scanner.
    package init(options: [Option], usage: String) {
        self.options = options
        self.usage = usage
    }

    /// Scans `arguments` (those after the subcommand name).
    /// - Throws: ``CLIError`` (64) for an unknown option (with a suggestion), a missing
    ///   value, a value given to a flag, or an option or flag given twice.
    package func scan(_ arguments: [String]) throws(CLIError) -> Scanned {
        var scanned = Scanned()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                scanned.positionals.append(argument)
                continue
            }
            if argument == "--" { optionsEnded = true; continue }
            let name: String
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            } else {
                name = argument
            }
            guard let option = options.first(where: { $0.name == name }) else {
                let hint = EditDistance.didYouMean(name, among: options.map(\.name))
                throw CLIError("unknown option '\(name)'\(hint)", usage: usage)
            }
            if !option.takesValue {
                if let inlineValue { throw CLIError("\(name): takes no value, found '\(inlineValue)'", usage: usage) }
                guard scanned.flags.insert(name).inserted else {
                    throw CLIError("\(name): given twice; give it once", usage: usage)
                }
            } else {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count {
                    value = arguments[index]
                    index += 1
                } else {
                    throw CLIError("\(name): missing value; expected \(option.expected)", usage: usage)
                }
                if let first = scanned.values[name] {
                    throw CLIError("\(name): given twice ('\(first)' and '\(value)'); give it once", usage: usage)
                }
                scanned.values[name] = value
            }
        }
        return scanned
    }
}
