/// Named, independent random sub-streams of one replicate.
///
/// Each simulation mechanism draws only from its own stream, so changing how many draws
/// one mechanism makes (e.g. a new arrival rule) does not reshuffle the draws of any other
/// mechanism (common random numbers across scenarios). The raw value is the stream's
/// number in the seed-derivation formula (`SeedDerivation.streamSeed`); raw values are
/// part of the reproducibility contract and must never be renumbered. New streams get
/// new, higher raw values.
package enum RandomStream: UInt64, CaseIterable, Sendable {
    /// Initial population and network set-up (raw value 1).
    case initialisation = 1
    /// Arrival of new requests/residents (raw value 2).
    case arrivals
    /// Retired (raw value 3): connector decisions now draw from each request's own stream.
    case connectors
    /// Retired (raw value 4): department decisions now draw from each request's own stream.
    case departments
    /// Retired (raw value 5): council decisions now draw from each request's own stream.
    case council
    /// Trust dynamics (raw value 6).
    case trust
    /// Staff or resident turnover (raw value 7).
    case turnover
    /// Plans and their outcomes (raw value 8).
    case plans
    /// Base of the per-request streams (raw value 9): every draw about one request's fate
    /// (its attributes, intake, department decisions, escalation, council, feedback) comes
    /// from a generator seeded by this stream's seed and the request's key, so the same
    /// request meets the same random numbers in every scenario run with the same seed.
    case requests = 9
    /// First candidate asks (raw value 10): when the next resident without a candidate ask so
    /// far has one, who it is, and that resident's activity (docs/ODD.md §3.2).
    case firstAsks = 10
    /// Base of the per-resident streams (raw value 11): a resident's initial trust and its draw
    /// from the awareness urn come from a generator seeded by this stream's seed and the
    /// resident's id, so a resident's trust is the same in every scenario run with the same
    /// seed, whenever it is first touched.
    case residents = 11
}
