/// The general channel: front office, website or app, with no connector in between.
public struct GeneralChannelParameters: Codable, Sendable, Equatable {
    /// Probability a department takes up a request that arrives without a connector (no tie, no translation); a refusal there is never explained. Unit: probability. Range: [0, 1]. [X: cities answered 22-54% of unsolicited contacts]
    public var responseRate: Double = 0.38
    public init() {}
}
