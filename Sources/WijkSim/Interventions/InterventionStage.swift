/// When in the week's computation of ``EffectiveParameters`` an ``Intervention`` is applied.
///
/// The schedule applies the stages in this order and, within a stage, the interventions in the
/// order of ``InterventionParameters/types``. The stages exist because some interventions read
/// what others changed in the same week: the transition manager reads whether the role is
/// embedded, and publicity reads the role ambiguity the manager has lowered.
enum InterventionStage: Int, CaseIterable, Comparable, Sendable {
    /// Where the role sits and what it is: connectors present, the portfolio, a documented role,
    /// an own department. Read by the later stages (``EffectiveParameters/isEmbedded``).
    case organisation
    /// The transition manager: reads the embedding, lowers role ambiguity and stigma through
    /// its influence, may install the initiative process.
    case influence
    /// Everything that reads the week's role ambiguity, influence or process as they stand
    /// after the manager. The default.
    case effects

    static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}
