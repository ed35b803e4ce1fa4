import WijkSim
import WijkSimBench
/// The parsed command line of `wijksim params`.
package struct ParamsOptions: Sendable, Equatable {
    /// The scenario file; `nil` lists the defaults.
    package var scenarioPath: String?
    /// `--markdown`: a Markdown document instead of the terminal table.
    package var isMarkdown = false
    /// `--wide`: one full line per parameter instead of wrapped meanings.
    package var isWide = false

    /// Creates options: the defaults as a terminal table unless changed.
    package init(scenarioPath: String? = nil, isMarkdown: Bool = false, isWide: Bool = false) {
        self.scenarioPath = scenarioPath
        self.isMarkdown = isMarkdown
        self.isWide = isWide
    }

    /// The usage line of `wijksim params`.
    package static let usage = "Usage: wijksim params [SCENARIO] [--markdown | --wide]"

    static let scanner = ArgumentScanner(options: [.flag("--markdown"), .flag("--wide")], usage: usage)

    /// Parses the arguments after `params`.
    /// - Throws: ``CLIError`` (64) for an unknown option, a second scenario, or
    ///   `--markdown` with `--wide`.
    package static func parse(_ arguments: [String]) throws(CLIError) -> ParamsOptions {
        let scanned = try scanner.scan(arguments)
        if scanned.positionals.count > 1 {
            throw CLIError("unexpected argument '\(scanned.positionals[1])'", usage: usage)
        }
        let options = ParamsOptions(scenarioPath: scanned.positionals.first,
                                    isMarkdown: scanned.flags.contains("--markdown"),
                                    isWide: scanned.flags.contains("--wide"))
        if options.isMarkdown && options.isWide {
            throw CLIError("--markdown and --wide cannot be combined (--wide is for the terminal table)", usage: usage)
        }
        return options
    }
}
