/// Which samples rejection ABC keeps (the `acceptance` object of a calibration file).
public enum CalibrationAcceptance: Sendable, Equatable {
    /// The best fraction `q` in (0, 1] of the samples: the ⌈q · N⌉ smallest finite distances.
    case quantile(Double)
    /// Every sample with distance ≤ ε.
    case distance(Double)

    /// The accepted samples, best first: ordered by distance, ties by sample number, so the
    /// choice never depends on the order in which results arrived.
    /// - Parameter distances: one per sample, in sample order; infinite = never accepted.
    public func accepted(_ distances: [Double]) -> [Int] {
        let ranked = distances.indices.filter { distances[$0].isFinite }
            .sorted { distances[$0] != distances[$1] ? distances[$0] < distances[$1] : $0 < $1 }
        switch self {
        case .quantile(let q):
            let wanted = Int((q * Double(distances.count)).rounded(.up))
            return Array(ranked.prefix(Swift.max(1, wanted)))
        case .distance(let epsilon):
            return ranked.filter { distances[$0] <= epsilon }
        }
    }

    /// `best 10% of the samples` or `distance ≤ 0.5`.
    public var description: String {
        switch self {
        case .quantile(let q): "best \(CSVWriter.format(q * 100))% of the samples"
        case .distance(let epsilon): "distance ≤ \(CSVWriter.format(epsilon))"
        }
    }
}
