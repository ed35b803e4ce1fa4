/// Why a sweep, a resume or a merge cannot go on: one sentence naming the file or
/// folder and what was expected, with its exit code.
public struct SweepError: UserFacingError, Equatable {
    /// The kind of problem, which decides the exit code.
    public enum Kind: Sendable, Equatable {
        /// A flag or environment variable (64).
        case usage
        /// A results folder or shard that is not what it should be (65).
        case data
        /// A folder that cannot be written or must not be replaced (73).
        case cannotCreate
    }

    /// The kind of problem.
    public var kind: Kind
    /// The sentence printed after `wijksim: error: `.
    public var message: String

    /// An error of `kind` saying `message`.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var exitCode: ExitCode {
        switch kind {
        case .usage: .usage
        case .data: .dataError
        case .cannotCreate: .cannotCreate
        }
    }

    public var description: String { message }
}
