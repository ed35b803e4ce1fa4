/// How residents' trust moves with their experiences; losses weigh more [X: Kampen et al. 2006; E:004].
public struct TrustParameters: Codable, Sendable, Equatable {
    /// Trust gain after a result with feedback: trust += g · (1 − trust). Unit: fraction. Range: [0, 1]. [X; A]
    public var gainOnSuccess: Double = 0.08
    /// Trust loss after a stranded or abandoned request: trust −= l · trust. Unit: fraction. Range: [0, 1]. [X: Kampen 2006 asymmetry]
    public var lossOnFailure: Double = 0.12
    /// Trust gain from personal, low-threshold contact when a connector takes up a request: trust += c · (1 − trust). Unit: fraction. Range: [0, 1]. [E:001 L450-455; X: Van Meerkerk & Edelenbos 2014]
    public var contactGain: Double = 0.03
    /// Share of the gain when a result arrives without feedback (a fixed street, nobody told you). Unit: fraction. Range: [0, 1]. [A]
    public var silentSuccessShare: Double = 0.4
    /// Share of the gain for a clear, explained "no". Unit: fraction. Range: [0, 1]. [E:003 L1199; A]
    public var explainedNoShare: Double = 0.25
    public init() {}
}
