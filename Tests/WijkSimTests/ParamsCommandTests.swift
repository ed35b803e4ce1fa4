import Foundation
import Testing
@testable import WijkSim
@testable import WijkSimBench
@testable import WijkSimCLI

@Suite("wijksim params")
struct ParamsCommandTests {
    static let usage = ParamsOptions.usage

    /// The package root (three levels above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `wijksim` with `arguments` (after the program name).
    private func run(_ arguments: [String]) -> (status: Int32, output: String, error: String) {
        let capture = CapturedConsole()
        let status = WijkSimCommand.run(arguments: ["wijksim"] + arguments, console: capture.console, coreCount: 2)
        return (status, capture.standardOutput, capture.standardError)
    }

    /// Whether `text` has a line whose whitespace-separated words are `words`.
    private func hasLine(_ text: String, _ words: [String]) -> Bool {
        text.split(separator: "\n").contains { $0.split(separator: " ").map(String.init) == words }
    }

    /// `text` with every run of whitespace (line breaks included) made one space.
    private func flattened(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A scenario file that sets `barriers.siloPenalty` to 0.4 and has two departments.
    private func writeTwoDepartmentScenario(in folder: String) throws -> String {
        let path = folder + "/two-departments.json"
        try """
            {
              "name": "two-departments",
              "barriers": { "siloPenalty": 0.4 },
              "departments": [ { "name": "Wijkzaken" }, { "name": "Parks", "cooperation": 0.7 } ],
              "requests": { "departmentCountShares": [0.7, 0.3] }
            }
            """.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    // MARK: Defaults

    @Test("the default listing has barriers.siloPenalty with its default, unit, range and evidence")
    func defaultRow() throws {
        let row = try #require(ParameterTable.defaults.rows.first { $0.keyPath == "barriers.siloPenalty" })
        #expect(row.value == "0.25")
        #expect(row.defaultValue == "0.25")
        #expect(!row.isChanged)
        #expect(row.spec.unit == "fraction per department")
        #expect(row.spec.rangeDescription == "[0, 1]")
        #expect(row.spec.evidence == "[E:001 L433; E:003]")

        let result = run(["params"])
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        let hasRow = hasLine(result.output, ["barriers.siloPenalty", "0.25", "0.25"])
        #expect(hasRow)
        let hasExplanation = flattened(result.output).contains(
            "barriers.siloPenalty 0.25 0.25 Each extra department needed multiplies acceptance by (1 − b). "
            + "Unit: fraction per department. Range: [0, 1]. Plausible: [0.1, 0.5] (E:001 L433 no owner for cross-domain work, 8 say bridge building fails; size assumed). [E:001 L433; E:003]")
        #expect(hasExplanation)
        let markdown = run(["params", "--markdown"])
        #expect(markdown.status == 0)
        let hasMarkdownRow = markdown.output.contains(
            "\n| `barriers.siloPenalty` | `0.25` | `0.25` |  | fraction per department | [0, 1] | [0.1, 0.5]: E:001 L433 no owner for cross-domain work, 8 say bridge building fails; size assumed | "
            + "Each extra department needed multiplies acceptance by (1 − b). | [E:001 L433; E:003] |\n")
        #expect(hasMarkdownRow)
        let wide = run(["params", "--wide"])
        let hasWideRow = hasLine(wide.output, ["barriers.siloPenalty", "0.25", "0.25", "fraction", "per", "department", "[0,", "1]", "[0.1,", "0.5]",
                                               "[E:001", "L433;", "E:003]", "Each", "extra", "department", "needed", "multiplies",
                                               "acceptance", "by", "(1", "−", "b)."])
        #expect(hasWideRow)
    }

    @Test("rows follow the catalog: every spec, in order; patterns match the key paths")
    func catalogOrder() {
        let rows = ParameterTable.defaults.rows
        var specs: [String] = []
        for row in rows where specs.last != row.spec.keyPath { specs.append(row.spec.keyPath) }
        #expect(specs == ParameterCatalog.all.map(\.keyPath))
        for row in rows {
            let pattern = ParameterCatalog.pattern(of: row.keyPath)
            #expect(pattern == row.spec.keyPath || pattern + "[]" == row.spec.keyPath, "\(row.keyPath) vs \(row.spec.keyPath)")
        }
    }

    @Test("without a scenario, the baseline's lists are expanded, each element its own default")
    func defaultLists() throws {
        let rows = ParameterTable.defaults.rows
        let departments = rows.filter { $0.spec.keyPath == "departments[].hoursPerWeek" }
        #expect(departments.map(\.keyPath) == (0..<6).map { "departments[\($0)].hoursPerWeek" })
        #expect(departments.map(\.value) == ["24", "60", "36", "24", "24", "16"])
        #expect(departments.allSatisfy { $0.defaultValue == $0.value && !$0.isChanged })
        let neighbourhoods = try #require(rows.first { $0.keyPath == "connectors[1].neighbourhoods" })
        #expect(neighbourhoods.value == #"["Oost", "West"]"#)
        #expect(!rows.contains { $0.isChanged })
        let sources = try #require(rows.first { $0.keyPath == "sources" })
        #expect(sources.value.hasPrefix(#"["MODEL.md defaults"#))
        #expect(!sources.isChanged)
        #expect(rows.filter { $0.keyPath.hasPrefix("municipality.neighbourhoods[") }.count == 4 * 3)
    }

    @Test("narrow text keeps to 100 columns")
    func textWidth() {
        let lines = ParameterTable.defaults.text().split(separator: "\n")
        let wide = lines.filter { $0.count > ParameterTable.textWidth }
        #expect(wide.isEmpty, "\(wide)")
    }

    // MARK: A scenario

    @Test("with a scenario: its values, changed rows marked, departments expanded to [0] and [1]")
    func scenarioValues() throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let path = try writeTwoDepartmentScenario(in: folder)

        let result = run(["params", path])
        #expect(result.status == 0, "stderr: \(result.error)")
        #expect(result.error.isEmpty)
        let heading = flattened(result.output).hasPrefix("Parameters of scenario 'two-departments' (\(path)).")
        #expect(heading)
        let output = result.output
        for words in [["*", "barriers.siloPenalty", "0.4", "0.25"],
                      ["barriers.otherClusterPenalty", "0.25", "0.25"],
                      ["departments[0].cooperation", "0.9", "0.9"],
                      ["*", "departments[1].cooperation", "0.7", "0.9"],
                      ["*", "departments[1].name", #""Parks""#, #""Openbare"#, #"Ruimte""#],
                      ["*", "requests.departmentCountShares", "[0.7,", "0.3]", "[0.6,", "0.3,", "0.1]"]] {
            let found = hasLine(output, words)
            #expect(found, "no line \(words)")
        }
        let hasThirdDepartment = output.contains("departments[2]")
        #expect(!hasThirdDepartment)

        let table = ParameterTable(scenario: try ScenarioLoader.load(path: path), file: path)
        let departmentPaths = table.rows.filter { $0.keyPath.hasPrefix("departments[") }.map(\.keyPath)
        let keys = ["name", "hoursPerWeek", "cooperation", "awareness", "ruleFlexibility", "proactiveContactRate",
                    "plansPerYear", "requestWeight"]
        #expect(departmentPaths == keys.flatMap { key in ["departments[0].\(key)", "departments[1].\(key)"] })

        let markdown = run(["params", path, "--markdown"])
        #expect(markdown.status == 0)
        let markdownLines = markdown.output.split(separator: "\n")
        #expect(markdownLines.first == "# Parameters of scenario `two-departments`")
        for prefix in ["| `barriers.siloPenalty` | `0.4` | `0.25` | yes | fraction per department | [0, 1] | ",
                       "| `departments[1].cooperation` | `0.7` | `0.9` | yes | probability | [0, 1] | ",
                       "| `departments[0].cooperation` | `0.9` | `0.9` |  | probability | [0, 1] | "] {
            let found = markdownLines.contains { $0.hasPrefix(prefix) }
            #expect(found, "no row starting \(prefix)")
        }
    }

    @Test("a section whose list is empty says so")
    func emptyList() throws {
        var scenario = Scenario()
        scenario.connectors = []
        let table = ParameterTable(scenario: scenario, file: "none.json")
        let text = table.text().contains("\nconnectors — The connectors (wijkverbinders); their order fixes their ids.\n  (none in this scenario)\n")
        #expect(text)
        let markdown = table.markdown.contains("\n## connectors\n\nThe connectors (wijkverbinders); their order fixes their ids.\n\nNone in this scenario.\n")
        #expect(markdown)
        let connectorRows = table.rows.filter { $0.keyPath.hasPrefix("connectors") }
        #expect(connectorRows.isEmpty)
    }

    @Test("scenario errors are those of 'wijksim run', with their exit codes", arguments: [
        ("missing file", nil, 66),
        ("value out of range", #"{ "barriers": { "siloPenalty": 1.5 } }"#, 65),
        ("unknown key", #"{ "barriers": { "siloPenalty2": 0.5 } }"#, 65),
    ] as [(String, String?, Int32)])
    func scenarioErrors(label: String, contents: String?, status: Int32) throws {
        let folder = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(folder) }
        let path = folder + "/bad.json"
        if let contents { try contents.write(toFile: path, atomically: false, encoding: .utf8) }
        let params = run(["params", path])
        let runResult = run(["run", path, "--quiet", "--out", folder + "/out"])
        #expect(params.status == status, "\(label)")
        #expect(params.output.isEmpty, "\(label)")
        #expect(params.error.hasPrefix("wijksim: error: \(path)"), "\(label): \(params.error)")
        #expect(params.error == runResult.error, "\(label)")
        #expect(params.status == runResult.status, "\(label)")
    }

    // MARK: Command line

    static let usageErrors: [(String, [String], String)] = [
        ("unknown option, near miss", ["params", "--markdwon"], "unknown option '--markdwon'; did you mean '--markdown'?"),
        ("unknown option, far", ["params", "x.json", "--replicates", "3"], "unknown option '--replicates'"),
        ("two scenarios", ["params", "a.json", "b.json"], "unexpected argument 'b.json'"),
        ("markdown and wide", ["params", "--wide", "--markdown"],
         "--markdown and --wide cannot be combined (--wide is for the terminal table)"),
        ("flag with value", ["params", "--markdown=yes"], "--markdown: takes no value, found 'yes'"),
    ]

    @Test("usage errors: verbatim message, usage line, exit 64", arguments: usageErrors)
    func usageError(label: String, arguments: [String], message: String) {
        let result = run(arguments)
        #expect(result.status == 64, "\(label)")
        #expect(result.error == "wijksim: error: \(message)\n\(Self.usage)\n", "\(label)")
        #expect(result.output.isEmpty, "\(label)")
    }

    @Test("parsing: scenario optional, flags in any position, -- ends options")
    func parsing() throws {
        #expect(try ParamsOptions.parse([]) == ParamsOptions())
        #expect(try ParamsOptions.parse(["--markdown", "s.json"]) == ParamsOptions(scenarioPath: "s.json", isMarkdown: true))
        #expect(try ParamsOptions.parse(["s.json", "--wide"]) == ParamsOptions(scenarioPath: "s.json", isWide: true))
        #expect(try ParamsOptions.parse(["--", "-odd.json"]) == ParamsOptions(scenarioPath: "-odd.json"))
    }

    @Test("params --help, help params and the subcommand list")
    func help() {
        for arguments in [["params", "--help"], ["help", "params"], ["params", "x.json", "-h"]] {
            let result = run(arguments)
            #expect(result.status == 0)
            #expect(result.output == ParamsCommand.help, "\(arguments)")
            #expect(result.output.contains(ParamsOptions.usage + "\n"))
            for option in ["--markdown", "--wide", "-h, --help"] {
                #expect(result.output.contains("  \(option)"), "\(arguments) lacks \(option)")
            }
        }
        let top = run(["--help"])
        #expect(top.output.split(separator: "\n").contains { $0.hasPrefix("  params") && $0.contains(ParamsCommand.abstract) })
    }

    // MARK: Markdown and docs/PARAMETERS.md

    @Test("Markdown escaping: table pipes, punctuation, code spans")
    func escaping() {
        #expect(ParameterTable.escaped("none | one") == #"none \| one"#)
        #expect(ParameterTable.escaped("Results/<name>/ *x* a_b") == #"Results/\<name\>/ \*x\* a\_b"#)
        #expect(ParameterTable.code(#""a|b""#) == #"`"a\|b"`"#)
        #expect(ParameterTable.code("a`b") == "`` a`b ``")
        let markdown = ParameterTable.defaults.markdown
        let escapedChoice = markdown.contains(#"| choice | none \| implicit \| one \| all |"#)
        #expect(escapedChoice)
        let escapedAngles = markdown.contains(#"Short name; results go to Results/\<name\>/."#)
        #expect(escapedAngles)
    }

    @Test("the Markdown has one table per section, in catalog order")
    func markdownSections() {
        let markdown = ParameterTable.defaults.markdown
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        let interventions = InterventionParameters.types.map { $0.section }
        #expect(headings == ["top level", "run", "municipality", "residents", "requests", "connectors", "connectorTeam",
                             "departments", "departmentBehaviour", "council", "barriers", "trust", "generalChannel"]
                + interventions)
        let tableRows = markdown.split(separator: "\n").filter { $0.hasPrefix("| `") }
        #expect(tableRows.count == ParameterTable.defaults.rows.count)
    }

    @Test("generated documentation (docs/PARAMETERS.md, the tables of docs/ODD.md) is up to date")
    func documentIsCurrent() throws {
        // Fails when a spec changes (a meaning, a range, a plausible range) without `wijksim docs`,
        // or when someone edits a generated table by hand.
        let stale = try GeneratedDocs.staleParts(root: Self.packageRoot.path)
        #expect(stale.isEmpty, "stale: \(stale); regenerate with `swift run wijksim docs` in the package root")
    }

    @Test("wijksim docs --check reports a stale block and wijksim docs rewrites only the blocks")
    func docsCommandRewritesBlocks() throws {
        let temporary = TestSupport.makeTemporaryFolder()
        defer { TestSupport.remove(temporary) }
        try FileManager.default.createDirectory(atPath: temporary + "/docs", withIntermediateDirectories: true)
        let odd = TestSupport.read(Self.packageRoot.appendingPathComponent("docs/ODD.md").path)
        let barriers = GeneratedSection("parameters:barriers")
        // A hand edit inside a block, and one outside every block.
        let edited = try #require(barriers.replacing(in: odd, with: "| edited by hand |\n")) + "\nA note outside the blocks.\n"
        try TestSupport.write(edited, to: temporary + "/docs/ODD.md")
        try TestSupport.write(ParameterTable.defaults.markdown, to: temporary + "/docs/PARAMETERS.md")
        try TestSupport.write(TestSupport.read(Self.packageRoot.appendingPathComponent("README.md").path),
                              to: temporary + "/README.md")

        let check = run(["docs", "--check", "--root", temporary])
        #expect(check.status == 1)
        #expect(check.output == "stale: docs/ODD.md [parameters:barriers]\nrun 'wijksim docs' to regenerate\n")
        let update = run(["docs", "--root", temporary])
        #expect(update.status == 0, "\(update.error)")
        #expect(update.output == "rewrote docs/ODD.md [parameters:barriers]\n")
        #expect(TestSupport.read(temporary + "/docs/ODD.md") == odd + "\nA note outside the blocks.\n")
        #expect(run(["docs", "--check", "--root", temporary]).status == 0)

        let missing = run(["docs", "--check", "--root", temporary + "/nowhere"])
        #expect(missing.status == 66)
        try TestSupport.write("no markers here\n", to: temporary + "/docs/ODD.md")
        let unmarked = run(["docs", "--root", temporary])
        #expect(unmarked.status == 65)
        #expect(unmarked.error.contains("lacks the marker lines of generated block 'parameters:top'"))
        #expect(TestSupport.read(temporary + "/docs/ODD.md") == "no markers here\n", "nothing written on error")
    }
}
