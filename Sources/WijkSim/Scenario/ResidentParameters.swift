/// Resident (inwoner) behaviour: trust, awareness of the connector, activity, patience.
public struct ResidentParameters: Codable, Sendable, Equatable {
    /// Mean initial trust in the municipality (Beta distribution). Unit: fraction. Range: [0.01, 0.99]. [X: OECD 2024 NL local government 54%]
    public var trustMean: Double = 0.54
    /// Standard deviation of initial trust; must be below sqrt(mean·(1−mean)). Unit: fraction. Range: [0, 0.45]. [A]
    public var trustSpread: Double = 0.15
    /// Share of residents who know their neighbourhood's connector at the start. Unit: fraction. Range: [0, 1]. [A]
    public var initialAwareness: Double = 0.25
    /// Mean requests a resident would raise per year at trust 0.5. Unit: requests per resident per year. Range: [0, 52]. [C: P1, P3-P15 given the presets' other values, docs/CALIBRATION.md §8; X: 215-317 meldingen per 1,000 inhabitants per year go to the general MOR channel]
    public var requestsPerYear: Double = 0.076
    /// Gamma shape of the activity (propensity to ask) across residents, mean 1; small = most never ask, few ask often. Unit: shape. Range: [0.01, 100]. [X: 76% of Boston 311 reporters reported once]
    public var activityShape: Double = 0.3
    /// How strongly trust drives asking: rate × (1 − w + 2·w·trust). Unit: weight. Range: [0, 1]. [A; E:001 L168 withdrawal]
    public var trustEffectOnAsking: Double = 0.5
    /// Open requests a resident can have at once; asks beyond it are not raised. Unit: requests. Range: 1...100. [A]
    public var maxOpenRequests: Int = 2
    /// Mean weeks a resident waits for a result before giving up (exponential). Unit: weeks. Range: each > 0. [E:003 L2023; A]
    public var patienceWeeks = KindValues(question: 8, signal: 13, initiative: 30, conflict: 10)
    /// Residents a helped resident tells about the connector (Poisson mean). Unit: residents. Range: [0, 100]. [E:001 L455]
    public var wordOfMouthContacts: Double = 2.0
    /// Share of a neighbourhood's residents per year who learn of a present connector from outreach, newspaper, bewonersavonden. Unit: fraction per year. Range: [0, 1]. [E:001 L496, L502; A]
    public var outreachPerYear: Double = 0.04
    /// Share of aware residents who forget the connector when the post changes hands. Unit: fraction. Range: [0, 1]. [E:004 L1985; A]
    public var forgetOnTurnover: Double = 0.3
    public init() {}
}
