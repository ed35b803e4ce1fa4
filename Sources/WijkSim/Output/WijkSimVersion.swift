/// The version of the WijkSim tool, written to `manifest.json` and printed by `wijksim --version`.
public enum WijkSimVersion {
    /// Semantic version of this build.
    public static let current = "0.1.0"
}
