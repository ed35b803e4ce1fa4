/// A concrete position in a scenario tree, such as `connectors[1].homeDepartment`.
struct ParameterPath: Hashable, Sendable, CustomStringConvertible {
    /// One step: an object key or an array index.
    enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    /// The steps from the root.
    var components: [Component] = []

    /// The root (empty path).
    static let root = ParameterPath()

    /// Builds a path from steps.
    init(_ components: [Component] = []) { self.components = components }

    /// This path followed by an object key.
    func appending(_ key: String) -> ParameterPath { ParameterPath(components + [.key(key)]) }

    /// This path followed by an array index.
    func appending(index: Int) -> ParameterPath { ParameterPath(components + [.index(index)]) }

    /// `connectors[1].homeDepartment`, for messages: keys longer than
    /// ``MessageText/maximumLength`` scalars are cut with `…`.
    var description: String { render(indices: true) }

    /// The catalog pattern: `connectors[].homeDepartment`.
    var pattern: String { render(indices: false) }

    private func render(indices: Bool) -> String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                let shown = indices ? MessageText.excerpt(key) : key
                text += text.isEmpty ? shown : "." + shown
            case .index(let index): text += indices ? "[\(index)]" : "[]"
            }
        }
        return text
    }
}
