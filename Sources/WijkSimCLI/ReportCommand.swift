import WijkSim
import WijkSimBench
/// `wijksim report`: turns a results folder of `run`, `compare` or `sweep` into one HTML file.
package enum ReportCommand: Subcommand {
    package static let name = "report"
    package static let abstract = "Turn a results folder into one HTML report with charts (offline, printable)."
    package static var usage: String { ReportOptions.usage }
    package static let help = """
        Turn a results folder of 'wijksim run', 'compare' (also with --worlds), 'sweep' or 'merge' into one HTML report.

        \(ReportOptions.usage)

        Arguments:
          DIR                 Results folder, e.g. Results/baseline/ (its manifest.json says which
                              command wrote it).

        Options:
          --out FILE          The report file. Default: DIR/report.html.
          --lang L            Language of every label, caption and number: en or nl
                              (nl: Dutch terms and decimal commas, 30,1%). Default: en.
          --force             Replace FILE if it is a report WijkSim wrote (it carries
                              <meta name="generator" content="wijksim ...">); never another file,
                              a folder, a device or a link.
          -h, --help          Show this help.

        The report is one file: inline SVG charts and CSS, no scripts, nothing fetched from the
        network; it opens in any browser and prints on A4. It is written to a temporary file
        beside FILE and renamed into place, so it is complete or absent.
        run folders: key numbers per request kind; connection rate per kind with 95% intervals;
        outcomes per kind; time to result (median, mean, 90th percentile); trust and awareness per
        week; utilisation of connectors and departments; success per role and direction; from
        units-summary.csv (unless written with --units off) connection rate and trust per
        neighbourhood (sorted, with 95% intervals) and the workload per connector and department.
        compare folders: key numbers per variant; forest plots of the paired differences (connection
        rate, via a connector, untouched requests, mean trust) with 95% intervals; the weekly
        difference in connection rate per variant; from units-comparison.csv the effect on the
        connection rate per neighbourhood.
        sweep folders: the sensitivity ranking of the connection rate (bars with 95% intervals, in
        rank order) and of the other key metrics; the connection rate against the top-ranked
        parameter; for a grid of two parameters, a heat map of the connection rate over both; from
        units-summary.csv the connection rate per neighbourhood at the lowest and highest point.
        worlds folders ('compare --worlds N', or their merge): the effect on the connection rate
        per variant over the worlds (median, 90% range), the shares of clearly up, clearly down and
        unclear worlds, and per variant a tornado of the ten assumptions the effect depends on most.

        Exit codes: 64 bad command line; 65 a file in DIR is not what WijkSim writes; 66 DIR,
        its manifest.json or a CSV file it needs is missing; 73 FILE cannot be written or is not
        WijkSim's to replace.

        """

    package static func execute(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let options = try ReportOptions.parse(arguments)
        try ReportBuilder.write(folder: options.folder, to: options.destination, language: options.language,
                                force: options.isForced)
        context.console.writeOutput(Localizer(options.language)(.reportWritten, options.destination) + "\n")
        return 0
    }
}
