/// A sensitivity analysis was given data whose shape does not fit the design, for example
/// a Morris trajectory in which one step changes two factors. The sweep that built the
/// design has a bug; ``description`` says where.
public struct SensitivityInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The message, naming the trajectory and step (zero-based) where applicable.
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
