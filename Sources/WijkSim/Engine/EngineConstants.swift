/// The engine's fixed numbers: not scenario parameters (no file sets them, no sweep varies
/// them), each with its unit and the reason it has this value. docs/ODD.md §3.4 lists them.
///
/// They enter the formulas exactly as the literals did before they were named, in the same
/// floating-point operations; changing one changes the model (regenerate the fixtures of
/// `OutputFixtureTests` in the same commit and say why).
enum EngineConstants {
    /// Weeks in a model year: yearly rates are divided by it to give weekly ones, and budgets
    /// are reset every this many absolute weeks. Unit: weeks per year. A year of 52 weeks
    /// instead of 52.18 keeps years aligned with whole weeks.
    static let weeksPerYear = 52

    /// Acceptance factor of a connector request at tie 0: `tieEffectAtNoTie + tieEffectSlope · tie`.
    /// Unit: factor. A personal tie helps, but a department still takes up most requests from
    /// a connector it does not know [E:001 L384; A]: at most 15 % of acceptance rests on the tie.
    static let tieEffectAtNoTie = 0.85
    /// Rise of that factor from tie 0 to tie 1. Unit: factor per unit of tie.
    static let tieEffectSlope = 0.15

    /// Acceptance factor of a connector request at role skill 0:
    /// `skillEffectAtNoSkill + skillEffectSlope · skill`. Unit: factor. The role's translation
    /// of the request helps the department say yes; like the tie, at most 15 % of it [A].
    static let skillEffectAtNoSkill = 0.85
    /// Rise of that factor from skill 0 to skill 1. Unit: factor per unit of skill.
    static let skillEffectSlope = 0.15

    /// Load (backlog hours per weekly hour) of a department without hours for neighbourhood
    /// work. Unit: weeks of backlog. Its hours are 0, so backlog / hours is undefined; 10 weeks
    /// counts it as hopelessly overloaded: acceptance ÷ (1 + loadSensitivity · 9).
    static let loadWithoutHours = 10.0

    /// Share of rule rigidity and liability aversion that the entrepreneur role can bend at
    /// full skill: barrier × (1 − skill · share). Unit: fraction. Half: an entrepreneur bends
    /// rules but does not make them go away [E:001 L402-406; A].
    static let entrepreneurBarrierShare = 0.5

    /// Hours per week for which the transition manager's `influenceRate` is stated: the gain
    /// per visit scales with hoursPerWeek / this. Unit: hours per week. The default post
    /// (24 h, two thirds of a 36-hour week).
    static let transitionManagerReferenceHours = 24.0
}
