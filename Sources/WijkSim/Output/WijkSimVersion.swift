/// The version of the WijkSim tool, written to `manifest.json` and printed by `wijksim --version`.
package enum WijkSimVersion {
    /// Semantic version of this build.
    package static let current = "0.1.0"
}
