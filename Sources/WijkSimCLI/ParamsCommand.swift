import WijkSim
import WijkSimBench
/// `wijksim params`: lists every scenario parameter with its value, default,
/// unit, range, meaning and evidence, as a terminal table or as Markdown.
///
/// The rendering lives in ``ParameterTable``; this command only loads the scenario
/// and picks the form. `docs/PARAMETERS.md` is `wijksim params --markdown`.
package enum ParamsCommand: Subcommand {
    package static let name = "params"
    package static let abstract = "List every parameter with its value, default, unit, range and evidence."
    package static var usage: String { ParamsOptions.usage }
    package static let help = """
        List every scenario parameter: key path, value, default, unit, allowed range,
        meaning and evidence tag, in the order of a scenario file.

        \(ParamsOptions.usage)

        Arguments:
          SCENARIO            Scenario file (JSON). Default: none; the values are the defaults
                              (Scenario(), the same as Scenarios/baseline.json).

        Options:
          --markdown          Write a Markdown document, one table per section (docs/PARAMETERS.md
                              is the output without SCENARIO).
          --wide              One full line per parameter, meaning included (for wide terminals
                              and grep).
          -h, --help          Show this help.

        Lists of neighbourhoods, connectors and departments get one row per element and key,
        e.g. departments[1].cooperation; their default is the value an element gets for a key
        it leaves out. A '*' (Markdown: 'yes' under changed) marks values that differ from the
        default. Values are JSON, as written in a scenario file.
        Evidence: [E:001 L508] = line 508 of source document 001 (shared/seeds, extracts in
        shared/evidence/); [X] = outside data; [A] = assumption, to be swept.

        """

    package static func execute(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let options = try ParamsOptions.parse(arguments)
        let table = try options.scenarioPath.map { path throws(ScenarioError) in
            ParameterTable(scenario: try ScenarioLoader.load(path: path), file: path)
        } ?? .defaults
        context.console.writeOutput(options.isMarkdown ? table.markdown : table.text(isWide: options.isWide))
        return 0
    }
}
