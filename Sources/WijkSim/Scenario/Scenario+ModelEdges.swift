extension Scenario {
    /// Values that every parameter's own range allows but for which the model is
    /// meaningless; ``Scenario/validate(file:)`` and the loader refuse them, naming the key path.
    ///
    /// (None yet.)
    func modelEdgeIssues() -> [ScenarioIssue] {
        []
    }
}
