/// A problem in a scenario file, with where it is and what was expected.
///
/// Its ``description`` is the one line printed on stderr:
/// `<file>:<line>:<column>: <keyPath>: <what was expected>, found <what was found>`,
/// leaving out the parts that do not apply, e.g.
/// `Scenarios/bad.json:4:20: barriers.siloPenalty: expected a number in [0, 1], found 1.5`.
public struct ScenarioError: UserFacingError, Equatable {
    /// What kind of problem it is.
    public enum Problem: String, Sendable, CaseIterable {
        /// The file does not exist (exit 66).
        case missingFile
        /// The file exists but cannot be read (exit 66).
        case unreadable
        /// The file is not valid JSON (or has duplicate keys).
        case invalidJSON
        /// A key the scenario does not have.
        case unknownKey
        /// A value of the wrong JSON type, or a fraction where an integer belongs.
        case wrongType
        /// A number outside its range, or a list of the wrong length.
        case outOfRange
        /// A value of the right type that is not allowed (an empty name, shares not summing to 1, …).
        case invalidValue
        /// A name that refers to no department or neighbourhood.
        case badReference
        /// Files that extend each other in a circle.
        case extendsCycle
        /// A bug: the checked scenario could not be decoded (exit 70).
        case internalError
    }

    /// What kind of problem it is.
    public var problem: Problem
    /// The file the offending value was written in, as the user named it
    /// (files reached through `extends` as resolved from the extending file).
    public var file: String
    /// Where the value sits, e.g. `connectors[1].homeDepartment`; empty if none.
    public var keyPath: String
    /// Line of the value, from 1, when known.
    public var line: Int?
    /// Column of the value, from 1, when known.
    public var column: Int?
    /// What was expected and found, e.g. `expected a number in [0, 1], found 1.5`.
    public var message: String

    /// Creates an error.
    public init(_ problem: Problem, file: String, keyPath: String = "", line: Int? = nil, column: Int? = nil, message: String) {
        self.problem = problem
        self.file = file
        self.keyPath = keyPath
        self.line = line
        self.column = column
        self.message = message
    }

    /// An error at `location`, or in `file` without a position when `location` is `nil`.
    init(_ problem: Problem, at location: SourceLocation?, orIn file: String, keyPath: String, message: String) {
        self.init(problem, file: location?.file ?? file, keyPath: keyPath,
                  line: location?.line, column: location?.column, message: message)
    }

    /// `66` for a missing or unreadable file, `70` for an internal error, else `65`.
    public var exitCode: ExitCode {
        switch problem {
        case .missingFile, .unreadable: .noInput
        case .internalError: .software
        default: .dataError
        }
    }

    /// The one-line message (control characters in the file name or user text escaped).
    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        text += ": "
        if !keyPath.isEmpty { text += keyPath + ": " }
        return MessageText.oneLine(text + message)
    }
}
