/// One finished replicate, as delivered by ``BatchRunner`` in replicate order.
public struct BatchItem<Output: Sendable>: Sendable {
    /// Zero-based replicate index.
    public var replicate: Int
    /// The replicate's seed, `SeedDerivation.replicateSeed(master:replicate:)`.
    public var seed: UInt64
    /// What the work function returned.
    public var output: Output
}
