/// Why a verdict over plausible worlds, its resume or its merge cannot go on: one sentence
/// naming the file or folder and what was expected, with its exit code (as ``SweepError``).
public typealias WorldsError = SweepError
