import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import WijkSim
@testable import WijkSimBench
@testable import WijkSimCLI

/// Results folders made in-process for the report tests, and an SVG reader (no tests here).
enum ReportTestSupport {
    /// The package's `Scenarios/` folder.
    static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Scenarios").path

    /// Runs `wijksim` with `arguments` (after the program name); returns status and capture.
    @discardableResult
    static func wijksim(_ arguments: [String]) -> (status: Int32, capture: CapturedConsole) {
        let capture = CapturedConsole()
        let status = WijkSimCommand.run(arguments: ["wijksim"] + arguments, console: capture.console, coreCount: 2)
        return (status, capture)
    }

    /// A `run` results folder of the baseline (3 replicates × 6 weeks) in `root`.
    static func runFolder(in root: String, extra: [String] = []) -> String {
        let out = root + "/run"
        let result = wijksim(["run", scenarios + "/baseline.json", "--replicates", "3", "--weeks", "6", "--jobs", "2",
                              "--quiet", "--out", out] + extra)
        #expect(result.status == 0, "\(result.capture.standardError)")
        return out
    }

    /// A `compare` folder: baseline against two interventions (3 replicates × 6 weeks).
    static func compareFolder(in root: String, extra: [String] = []) -> String {
        let out = root + "/compare"
        let result = wijksim(["compare", scenarios + "/baseline.json", scenarios + "/interventions/no-connectors.json",
                              scenarios + "/interventions/extra-connector.json", "--replicates", "3", "--weeks", "6",
                              "--jobs", "2", "--quiet", "--out", out] + extra)
        #expect(result.status == 0, "\(result.capture.standardError)")
        return out
    }

    /// Every `<svg>…</svg>` in `html`.
    static func svgs(in html: String) -> [String] {
        var found: [String] = []
        var rest = html[...]
        while let start = rest.range(of: "<svg "), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            found.append(String(rest[start.lowerBound..<end.upperBound]))
            rest = rest[end.upperBound...]
        }
        return found
    }

    /// An element read from an SVG.
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
        var number: (String) -> Double? { { Double(attributes[$0] ?? "") } }
    }

    /// Parses `svg` as XML; `nil` when it is not well-formed.
    static func parse(_ svg: String) -> [Element]? {
        let delegate = Collector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = delegate
        return parser.parse() ? delegate.elements : nil
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        private var open: [Int] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            open.append(elements.count)
            elements.append(Element(name: name, attributes: attributes))
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let last = open.last { elements[last].text += string }
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }
    }

    /// Elements named `name` with `class="…"` `className`.
    static func marks(_ elements: [Element], _ name: String, class className: String) -> [Element] {
        elements.filter { $0.name == name && $0.attributes["class"] == className }
    }
}
