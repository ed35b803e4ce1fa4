/// What a replicate knows about the residents it has not materialised (docs/ODD.md §3.2):
/// counts, and the distributions their latent state follows.
///
/// Every resident's initial state is independent and identically distributed — trust
/// `τ ~ Beta(α, β)`, activity `a ~ Gamma(k, 1/k)`, aware with probability `p₀` — and
/// nothing that picks a resident to touch it depends on that state: the first candidate ask
/// picks uniformly among residents without one, call-ins, word of mouth and outreach pick
/// uniformly in a neighbourhood. So, given the history, the latent residents of a
/// neighbourhood stay exchangeable, and the model can draw a resident's state when it is
/// first needed from the conditional law given what happened so far:
///
/// - **Awareness** is an urn: of the `latent[h]` residents of neighbourhood `h` whose
///   awareness is not known yet, `latentAware[h]` are aware (initially Binomial(population,
///   p₀); a forgetting event thins it binomially). A resident whose awareness is first read or
///   changed is aware with probability `latentAware[h] / latent[h]`. Exact.
/// - **Activity** only shapes the candidate-ask process, which the whole population shares
///   as one pool of `firstAskPool` residents who have not had a candidate ask yet: each one's
///   first candidate (continuous) time `S = E / (λ₀ a)` has survival `(1 + λ₀ s / k)^−k`
///   (the Gamma Laplace transform), so the next first ask among `c` residents who all
///   survived to `s` comes at `s + (k + λ₀ s) · (exp(E / (c k)) − 1) / λ₀`, and the activity
///   given `S = s` is Gamma(k + 1, rate k + λ₀ s). Exact; `⌊S⌋` is the engine's first
///   candidate week `⌊E / λ⌋`.
/// - **Trust**: each neighbourhood's total initial trust is drawn at set-up (exactly, as the
///   sum of its residents' own draws, up to ``ResidentLaws/exactTrustSumLimit`` residents; else from the
///   normal with the Beta's mean and variance times the population), and the trust of the
///   residents not read yet is what is left of it (`unreadSum`). A resident's trust, when first
///   read, is drawn from its Beta tilted by how well the rest can still make up the remainder
///   (``ResidentLaws/drawTrust(unread:remaining:exact:using:)``): marginally a Beta, and the remainder stays the
///   normal sum of the others. So every week's population trust is known exactly then, and
///   two scenarios run with the same seed share it until their histories differ.
struct UntouchedResidents {
    /// Per neighbourhood: residents whose awareness is not known yet.
    var latent: [Int]
    /// Per neighbourhood: how many of the `latent` residents are aware of the connector.
    var latentAware: [Int]
    /// Per neighbourhood: residents whose initial trust has not been drawn.
    var trustUnknown: [Int]
    /// Per neighbourhood: Σ initial trust of the residents whose trust has not been drawn, less
    /// the stored (Float) trust of those read: what the metrics count.
    var unreadSum: [Double]
    /// Per neighbourhood: the same total less the reads' draws before rounding to Float: the
    /// remainder the tilt conditions on (``ResidentLaws/drawTrust(unread:remaining:exact:using:)``). Kept
    /// apart so that rounding does not accumulate into a remainder the unread cannot hold when the
    /// spread is near Float's resolution.
    var unreadDrawSum: [Double]
    /// Per neighbourhood: Σ initial trust of all its residents (set-up).
    var hoodInitialTrust: [Double]
    /// Per neighbourhood: whether it is small enough for its residents' trust to be summed exactly.
    var isExact: [Bool]
    /// Residents (whole population) who have not had a candidate ask yet.
    var firstAskPool: Int
    /// Time of the next first candidate ask, in (continuous) weeks since week 0; infinity if none.
    var nextFirstAsk = Double.infinity

    /// The laws of the latent state (no arrays: cheap to pass in the hot path).
    var laws: ResidentLaws

    init(populations: [Int], parameters p: ResidentParameters) {
        latent = populations
        latentAware = Array(repeating: 0, count: populations.count)
        trustUnknown = populations
        unreadSum = Array(repeating: 0, count: populations.count)
        unreadDrawSum = unreadSum
        hoodInitialTrust = unreadSum
        isExact = populations.map { $0 <= ResidentLaws.exactTrustSumLimit }
        firstAskPool = populations.reduce(0, +)
        laws = ResidentLaws(parameters: p)
    }
}
