import Foundation

/// Which parameters a verdict over plausible worlds varies (`wijksim compare --worlds`).
extension ParameterSpec {
    /// Whether the parameter's size is an assumption or a calibrated estimate rather than a
    /// figure from a source: its evidence tag holds an `A` or `C` item (`[A]`, `[A: …]`,
    /// `[E:001 L508; A]`, `[C]`), or its plausible range says the size is assumed
    /// (`size assumed`, `assumption: …`). Only parameters with a plausible range count.
    ///
    /// So `barriers.siloPenalty` (`[E:001 L433; E:003]`, range "… size assumed") is an
    /// assumption, `generalChannel.responseRate` (`[X: cities answered 22-54% …]`) is not.
    public var isAssumption: Bool {
        guard let plausible else { return false }
        let source = plausible.source.lowercased()
        if source.contains("assumption") || source.contains("assumed") { return true }
        return Self.tagItems(evidence).contains { $0 == "A" || $0 == "C" || $0.hasPrefix("A:") || $0.hasPrefix("C:") }
    }

    /// The items of an evidence tag: `[E:001 L508; A]` → `["E:001 L508", "A"]`.
    static func tagItems(_ tag: String) -> [String] {
        tag.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
            .split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
