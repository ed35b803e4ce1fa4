import WijkSim
import WijkSimBench
/// `wijksim docs`: regenerates the documentation that is derived from declarations.
///
/// For maintainers: after changing a parameter's spec (``ParameterCatalog``) or a metric's
/// declaration, run `swift run wijksim docs` in the package root; the test
/// "generated documentation is up to date" fails until then.
package enum DocsCommand: Subcommand {
    package static let name = "docs"
    package static let abstract = "Regenerate docs/PARAMETERS.md and the generated tables of docs/ODD.md and README.md (maintainers)."
    package static let usage = "Usage: wijksim docs [--check] [--root DIR]"
    package static let help = """
        Regenerate the documentation derived from declarations: docs/PARAMETERS.md, and the
        blocks of docs/ODD.md and README.md between <!-- BEGIN GENERATED name … --> and
        <!-- END GENERATED name --> (parameter tables from ParameterCatalog, metric tables from the
        metric declarations, the side effects of 'compare' from their declarations).
        Text outside the blocks is never changed.

        \(usage)

        Options:
          --check      Change nothing; list what is stale and exit 1 if anything is.
          --root DIR   The package root (default: the current folder).
          -h, --help   Show this help.

        Exit status: 0 up to date or rewritten; 1 stale (--check); 64 bad option;
        65 a marker line is missing; 66 a document cannot be read; 73 it cannot be written.

        """

    static let scanner = ArgumentScanner(options: [.flag("--check"), .value("--root", expected: "a folder")], usage: usage)

    package static func execute(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let scanned = try scanner.scan(arguments)
        if let extra = scanned.positionals.first {
            throw CLIError("unexpected argument '\(extra)'", usage: usage)
        }
        let root = scanned.values["--root"] ?? "."
        if scanned.flags.contains("--check") {
            let stale = try GeneratedDocs.staleParts(root: root)
            guard !stale.isEmpty else {
                context.console.writeOutput("generated documentation is up to date\n")
                return 0
            }
            context.console.writeOutput(stale.map { "stale: \($0)\n" }.joined() + "run 'wijksim docs' to regenerate\n")
            return 1
        }
        let rewritten = try GeneratedDocs.update(root: root)
        context.console.writeOutput(rewritten.isEmpty ? "generated documentation is up to date\n"
                                    : rewritten.map { "rewrote \($0)\n" }.joined())
        return 0
    }
}
