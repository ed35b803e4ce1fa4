/// Reading and setting numeric parameters by key path, for sweeps and scripts.
///
/// A key path names a leaf of a scenario file: `barriers.siloPenalty`,
/// `departments[2].hoursPerWeek`, `connectors[*].hoursPerWeek` (every element),
/// `requests.mix.question`, `requests.departmentCountShares[0]` (see ``ParameterKeyPath``).
/// Numbers, integers and switches (1 = true, 0 = false) can be set; text and choices cannot.
extension Scenario {
    /// Sets one numeric, integer or switch parameter, and checks the result as the loader
    /// checks a file.
    ///
    /// The scenario is unchanged when this throws. Costs one encode, one decode and the
    /// loader's checks, about a millisecond for the baseline (release build); a sweep that sets
    /// many scenarios from one base uses ``SweepPlan/scenario(forPoint:)``, which encodes once
    /// and costs tens of microseconds a point.
    /// - Parameters:
    ///   - keyPath: The parameter, e.g. `connectors[*].hoursPerWeek`.
    ///   - value: The new value in the parameter's unit; for an integer parameter a whole
    ///     number, for a switch 1 (true) or 0 (false).
    ///   - file: The file named in errors (the scenario's, when it came from one).
    /// - Throws: ``ScenarioError`` with `keyPath` set, in the loader's words where it has
    ///   them: `unknown parameter; did you mean 'barriers.siloPenalty'?`,
    ///   `expected an index in 0...2 (connectors has 3 elements), found 5`,
    ///   `expected a number in [0, 1], found 1.5`, a text or choice parameter, or a broken
    ///   cross-field rule (`requests.mix: expected shares that sum to 1, found a sum of 1.1`).
    public mutating func set(keyPath: String, to value: Double, file: String = "<scenario>") throws(ScenarioError) {
        let editor = ScenarioEditor(self)
        let parameter = try editor.resolve(keyPath, file: file)
        self = try editor.scenario(setting: [(parameter, value)], file: file)
    }

    /// The value of a numeric, integer or switch parameter (switches as 1 or 0); for a `[*]`
    /// key path the value all elements share. `nil` when the key path names no such
    /// parameter here, or the elements differ (see ``values(at:)``).
    public func value(at keyPath: String) -> Double? {
        guard let values = values(at: keyPath), let first = values.first,
              values.allSatisfy({ $0 == first }) else { return nil }
        return first
    }

    /// The values a key path names, in list order (one unless it has `[*]`); `nil` when it
    /// names no numeric, integer or switch parameter of this scenario.
    public func values(at keyPath: String) -> [Double]? {
        let editor = ScenarioEditor(self)
        guard let parameter = try? editor.resolve(keyPath, file: "<scenario>") else { return nil }
        return editor.values(of: parameter)
    }
}
