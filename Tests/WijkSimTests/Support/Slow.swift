import Testing

/// The namespace of the slow suites (stylised facts over thousands of replicates,
/// fuzzing, property tests over the parameter space, statistical equivalence, the
/// bench end to end). Their identifiers start with `Slow.`, so the edit loop skips
/// them with `swift test --skip Slow`; CI runs everything.
enum Slow {}
