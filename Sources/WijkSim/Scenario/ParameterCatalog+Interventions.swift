/// The catalog rows of the interventions, each declared by its own type.
extension ParameterCatalog {
    /// Every intervention's rows (``Intervention/parameterSpecs``), in the order of
    /// ``InterventionParameters/types``: a new intervention adds its rows by being listed there.
    static let interventions: [ParameterSpec] = InterventionParameters.types.flatMap { $0.parameterSpecs }
}
