import WijkSim

/// `--shard K/N`, `--shard-count N` and `--resume`, declared once for every command that
/// splits its work into shards and resumes them: `sweep`, `calibrate` and `compare --worlds`.
enum ShardFlags {
    /// `--shard K/N`: run only shard K of N.
    static let shard = ArgumentScanner.Option.value("--shard", expected: "K/N with 0 <= K < N <= \(SweepShard.maximumCount), e.g. 0/4")
    /// `--shard-count N`: the shard count of a Kubernetes indexed job (`JOB_COMPLETION_INDEX`).
    static let shardCount = ArgumentScanner.Option.value("--shard-count", expected: "an integer from 1 to \(SweepShard.maximumCount)")
    /// `--resume`: finish an unfinished shard in the folder.
    static let resume = ArgumentScanner.Option.flag("--resume")

    /// The three, read from `scanned`.
    /// - Parameter invalid: the usage error for option `name` given the value `found`.
    /// - Throws: ``CLIError`` (64) from `invalid` for a shard or count out of range.
    static func parse(_ scanned: ArgumentScanner.Scanned, invalid: (_ name: String, _ found: String) -> CLIError)
        throws(CLIError) -> (shard: SweepShard?, shardCount: Int?, isResuming: Bool) {
        var shard: SweepShard?, count: Int?
        if let text = scanned.values[Self.shard.name] {
            guard let value = SweepShard.parse(text) else { throw invalid(Self.shard.name, text) }
            shard = value
        }
        if let text = scanned.values[shardCount.name] {
            guard let value = Int(text), value >= 1, value <= SweepShard.maximumCount else { throw invalid(shardCount.name, text) }
            count = value
        }
        return (shard, count, scanned.flags.contains(resume.name))
    }
}
