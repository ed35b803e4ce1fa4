import Foundation

/// The documentation generated from declarations: `docs/PARAMETERS.md` (whole file), the
/// marked blocks of `docs/ODD.md` (parameter tables; metric tables) and of `README.md` (the
/// side effects `compare` names, ``SideEffect/markdownTable``).
///
/// `wijksim docs` rewrites what is stale; `wijksim docs --check` and the test
/// "generated documentation is up to date" report it. Paths are relative to the package root.
package enum GeneratedDocs {
    /// A generated document: either a whole file or blocks of a hand-written one.
    package struct Document: Sendable {
        /// Path relative to the package root, e.g. `docs/ODD.md`.
        package var path: String
        /// The whole text, for a file that is generated entirely; `nil` for a hand-written file.
        package var wholeText: String?
        /// The generated blocks of a hand-written file, in document order.
        package var sections: [(section: GeneratedSection, contents: String)]
    }

    /// Every generated document, built from the current declarations.
    package static func documents() -> [Document] {
        [
            Document(path: "docs/PARAMETERS.md", wholeText: ParameterTable.defaults.markdown, sections: []),
            Document(path: "docs/ODD.md", wholeText: nil,
                     sections: ParameterTable.oddSections() + MetricTable.generatedSections().map { (section: $0.0, contents: $0.1) }),
            Document(path: "README.md", wholeText: nil,
                     sections: [(section: SideEffect.readmeSection, contents: SideEffect.markdownTable)]),
        ]
    }

    /// A problem with a document on disk.
    package struct Problem: UserFacingError, Equatable {
        /// The document's path as given.
        package var path: String
        /// What is wrong, e.g. `cannot be read` or `lacks the marker line "<!-- BEGIN GENERATED …"`.
        package var reason: String
        package var exitCode: ExitCode
        package var description: String { "\(path): \(reason)" }
    }

    /// What is stale below `root`: `docs/PARAMETERS.md` or `docs/ODD.md [parameters:barriers]`;
    /// empty when everything is up to date.
    /// - Throws: ``Problem`` when a document cannot be read (66) or lacks a marker (65).
    package static func staleParts(root: String) throws(Problem) -> [String] {
        var stale: [String] = []
        for document in documents() {
            let path = root + "/" + document.path
            let text = try read(path)
            if let whole = document.wholeText {
                if text != whole { stale.append(document.path) }
                continue
            }
            for (section, contents) in document.sections {
                guard let current = section.contents(in: text) else { throw missingMarker(section, path) }
                if current != contents { stale.append("\(document.path) [\(section.name)]") }
            }
        }
        return stale
    }

    /// Rewrites every stale document below `root` (each by writing a temporary file and
    /// renaming it over the old one, so a failure leaves the old file whole).
    /// - Returns: the parts rewritten, as ``staleParts(root:)`` names them.
    package static func update(root: String) throws(Problem) -> [String] {
        let stale = try staleParts(root: root)
        for document in documents() {
            let path = root + "/" + document.path
            var text = try read(path)
            if let whole = document.wholeText {
                text = whole
            } else {
                for (section, contents) in document.sections {
                    guard let replaced = section.replacing(in: text, with: contents) else { throw missingMarker(section, path) }
                    text = replaced
                }
            }
            guard stale.contains(where: { $0 == document.path || $0.hasPrefix(document.path + " [") }) else { continue }
            let temporary = path + ".wijksim-docs-\(getpid())"
            guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
                throw Problem(path: path, reason: "cannot write \(temporary)", exitCode: .cannotCreate)
            }
            guard rename(temporary, path) == 0 else {
                unlink(temporary)
                throw Problem(path: path, reason: "cannot replace it: \(String(cString: strerror(errno)))", exitCode: .cannotCreate)
            }
        }
        return stale
    }

    private static func read(_ path: String) throws(Problem) -> String {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw Problem(path: path, reason: "cannot be read (run wijksim docs in the package root, or give --root)", exitCode: .noInput)
        }
        return text
    }

    private static func missingMarker(_ section: GeneratedSection, _ path: String) -> Problem {
        Problem(path: path, reason: "lacks the marker lines of generated block '\(section.name)' (expected \(section.beginMarker) … \(section.endMarker))",
                exitCode: .dataError)
    }
}
