/// The general channel: front office, website or MOR app, with no connector in between.
///
/// Take-up by a department (`World+Departments.swift: acceptance`, docs/ODD.md §3.4.14):
///
///     p = responseRate[kind] · silo · load · rules                       routine work
///     p = responseRate[kind] · (attitude_d / attitude⁰_d)^attitudeElasticity · silo · load · rules
///                                                                         everything else
///
/// *Routine* work is a signal that needs exactly one department: a *melding openbare ruimte*
/// that the MOR process routes to its owner by category (the requests app triage takes).
/// Everything else — questions, initiatives, conflicts, cross-domain signals — lands on a desk
/// as an exception, where "daar ga ik niet over" and "van het kastje naar de muur" apply
/// [E:003 L1747-1761]. `attitude_d = cooperation_d · (1 − extraWorkFraming · (1 − awareness_d))`
/// is the department's attitude towards neighbourhood work (the same product as on the
/// connector route); `attitude⁰_d` is its value at initialisation, so the response rates keep
/// their anchor (the rates departments show today) and only a *change* of awareness or
/// cooperation (transition manager, publicity, training, experience) moves non-routine take-up.
public struct GeneralChannelParameters: Codable, Sendable, Equatable {
    /// Probability a department takes up a request that arrives without a connector, by kind, as departments are at the start (signals: MOR meldingen handled on time, 59-94%; initiatives and conflicts: 22-54% of unsolicited contacts answered [E:003 L1747-1761]; questions: assumed); a refusal there is never explained. Unit: probability. Range: [0, 1]. [X: MOR meldingen handled on time]
    public var responseRate = KindValues(question: 0.6, signal: 0.75, initiative: 0.38, conflict: 0.38)
    /// Elasticity φ of non-routine take-up to the department's attitude: p × (attitude / attitude⁰)^φ; 0 = the general channel ignores awareness and cooperation, 1 = it responds as strongly as the connector route. Unit: exponent. Range: [0, 1]. [E:001 L508; A]
    public var attitudeElasticity: Double = 0.5
    public init() {}
}
