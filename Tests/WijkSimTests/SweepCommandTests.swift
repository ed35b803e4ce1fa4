import Foundation
import Testing
@testable import WijkSim
@testable import WijkSimCLI

/// `wijksim sweep` and `wijksim merge` on the command line: messages verbatim, exit codes.
@Suite("Sweep: command line")
struct SweepCommandTests {
    static func run(_ arguments: [String], environment: [String: String] = [:]) -> (status: Int32, error: String) {
        let capture = CapturedConsole()
        let status = WijkSimCommand.run(arguments: ["wijksim"] + arguments, console: capture.console, coreCount: 2,
                                        environment: environment)
        return (status, capture.standardError)
    }

    // Catches a flag accepted with a value out of range, or a message that does not name the flag.
    @Test("usage errors name the flag and what it expects, exit 64", arguments: [
        (["sweep"], "missing argument SWEEP (a sweep file, e.g. Scenarios/sweeps/barriers-lhs.json)"),
        (["sweep", "s.json", "--shard", "4/4"], "--shard: expected K/N with 0 <= K < N <= 1000000, e.g. 0/4, found '4/4'"),
        (["sweep", "s.json", "--jobs", "0"], "--jobs: expected an integer from 1 to 1024, found '0'"),
        (["sweep", "s.json", "--resume", "--force"], "--resume and --force contradict each other: --resume finishes the results in the folder, --force starts again"),
        (["sweep", "s.json", "--units", "no"], "--units: expected on or off, found 'no'"),
        (["merge", "a", "b"], "missing option --out DIR (where to write the merged files)"),
    ])
    func usageErrors(arguments: [String], message: String) {
        let result = Self.run(arguments)
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("wijksim: error: \(message)\n"), "\(result.error)")
    }

    // Catches a scheduler index outside the array being run as some other shard.
    @Test("a Slurm array index outside the array is refused, exit 64")
    func slurmOutOfRange() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let sweep = try SweepRunTests.writeSweep(in: folder)
        let result = Self.run(["sweep", sweep, "--out", folder + "/o"],
                              environment: ["SLURM_ARRAY_TASK_ID": "9", "SLURM_ARRAY_TASK_COUNT": "4", "SLURM_ARRAY_TASK_MIN": "0"])
        #expect(result.status == 64)
        #expect(result.error == "wijksim: error: SLURM_ARRAY_TASK_ID 9 with SLURM_ARRAY_TASK_MIN 0 and SLURM_ARRAY_TASK_COUNT 4 is not a shard: use a contiguous --array range such as 0-3\n")
        #expect(!POSIXFiles.exists(folder + "/o"), "nothing written")
    }

    // Catches a sweep file error that loses its file name or exit code.
    @Test("a missing sweep file exits 66 naming it")
    func missingFile() {
        let result = Self.run(["sweep", "/nonexistent/sweep.json"])
        #expect(result.status == 66)
        #expect(result.error.contains("/nonexistent/sweep.json"))
    }
}
