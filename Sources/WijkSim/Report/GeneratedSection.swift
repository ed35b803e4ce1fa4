/// A block of a hand-written document that is generated from a declaration (a parameter table,
/// the metric list) and must never be edited by hand.
///
/// In the document it sits between two marker lines:
///
///     <!-- BEGIN GENERATED name: regenerate with `wijksim docs` -->
///     …generated text…
///     <!-- END GENERATED name -->
///
/// ``replacing(in:with:)`` rewrites the text between them; a staleness test compares
/// ``contents(in:)`` with what the declaration gives now.
package struct GeneratedSection: Sendable, Equatable {
    /// The block's name, e.g. `parameters:barriers` or `metrics:scalar`; unique within a document.
    package var name: String

    /// Creates the section called `name`.
    package init(_ name: String) { self.name = name }

    /// The opening marker line.
    package var beginMarker: String { "<!-- BEGIN GENERATED \(name): regenerate with `wijksim docs` -->" }
    /// The closing marker line.
    package var endMarker: String { "<!-- END GENERATED \(name) -->" }

    /// The generated text now between the markers (without them, ending with a newline),
    /// or `nil` when `document` lacks either marker line or has them out of order.
    package func contents(in document: String) -> String? {
        guard let (start, end) = bounds(in: document) else { return nil }
        return String(document[start..<end])
    }

    /// `document` with the text between the markers replaced by `generated` (a newline is
    /// added if it lacks one), or `nil` when the markers are missing.
    package func replacing(in document: String, with generated: String) -> String? {
        guard let (start, end) = bounds(in: document) else { return nil }
        let body = generated.hasSuffix("\n") || generated.isEmpty ? generated : generated + "\n"
        return String(document[..<start]) + body + String(document[end...])
    }

    /// From just after the begin marker's line to the start of the end marker's line.
    private func bounds(in document: String) -> (String.Index, String.Index)? {
        guard let begin = document.range(of: beginMarker + "\n"),
              let end = document.range(of: endMarker, range: begin.upperBound..<document.endIndex),
              end.lowerBound == document.startIndex || document[document.index(before: end.lowerBound)] == "\n"
        else { return nil }
        return (begin.upperBound, end.lowerBound)
    }
}
