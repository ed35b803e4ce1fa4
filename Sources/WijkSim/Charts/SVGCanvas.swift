/// Builds one SVG image as text: a `viewBox` of `width` × `height` user units that scales
/// to the width of its container (`width="100%"`), so nothing is clipped on screen or in
/// print. Every element is written with absolute coordinates (no transforms), so a test can
/// check that each mark and text lies inside the view box.
///
/// Text is escaped for XML; numbers are written with at most one decimal.
struct SVGCanvas {
    /// View box width. Unit: SVG user units (about CSS pixels at 720 wide).
    let width: Double
    /// View box height. Unit: user units.
    let height: Double
    /// Accessible title (the chart's title).
    let title: String
    private var body: [String] = []
    private var definitions: [String] = []

    /// A canvas of the given size.
    init(width: Double, height: Double, title: String) {
        self.width = width
        self.height = height
        self.title = title
    }

    /// The SVG element.
    var svg: String {
        let defs = definitions.isEmpty ? "" : "<defs>\(definitions.joined())</defs>"
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Self.n(width)) \(Self.n(height))" width="100%" \
            role="img" aria-label="\(Self.escape(title))" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" \
            font-size="\(Self.n(ChartStyle.fontSize))"><title>\(Self.escape(title))</title>\(defs)\(body.joined(separator: "\n"))</svg>
            """
    }

    /// Adds a definition (a pattern or gradient) once.
    mutating func define(_ element: String) {
        if !definitions.contains(element) { definitions.append(element) }
    }

    /// Adds a raw element.
    mutating func add(_ element: String) { body.append(element) }

    /// A rectangle; `attributes` are written as given (already escaped).
    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String,
                       attributes: String = "", tooltip: String? = nil) {
        let title = tooltip.map { "<title>\(Self.escape($0))</title>" } ?? ""
        let close = title.isEmpty ? "/>" : ">\(title)</rect>"
        add("<rect x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" width=\"\(Self.n(max(0, width)))\" height=\"\(Self.n(max(0, height)))\" fill=\"\(fill)\"\(attributes.isEmpty ? "" : " " + attributes)\(close)")
    }

    /// A straight line.
    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String = ChartStyle.ink,
                       width: Double = 1, attributes: String = "") {
        add("<line x1=\"\(Self.n(x1))\" y1=\"\(Self.n(y1))\" x2=\"\(Self.n(x2))\" y2=\"\(Self.n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.n(width))\"\(attributes.isEmpty ? "" : " " + attributes)/>")
    }

    /// Text at (`x`, `y`) (baseline), anchored `start`, `middle` or `end`.
    mutating func text(_ content: String, x: Double, y: Double, anchor: String = "start",
                       size: Double = ChartStyle.fontSize, fill: String = ChartStyle.ink, bold: Bool = false) {
        add("<text x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" text-anchor=\"\(anchor)\" font-size=\"\(Self.n(size))\" fill=\"\(fill)\"\(bold ? " font-weight=\"bold\"" : "")>\(Self.escape(content))</text>")
    }

    /// A path with data `d`.
    mutating func path(_ d: String, fill: String = "none", stroke: String = "none", width: Double = 1,
                       attributes: String = "") {
        add("<path d=\"\(d)\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"\(Self.n(width))\"\(attributes.isEmpty ? "" : " " + attributes)/>")
    }

    /// A circle.
    mutating func circle(cx: Double, cy: Double, r: Double, fill: String, stroke: String = ChartStyle.ink,
                         attributes: String = "") {
        add("<circle cx=\"\(Self.n(cx))\" cy=\"\(Self.n(cy))\" r=\"\(Self.n(r))\" fill=\"\(fill)\" stroke=\"\(stroke)\"\(attributes.isEmpty ? "" : " " + attributes)/>")
    }

    /// A coordinate with at most one decimal, `.` as decimal point (SVG syntax).
    static func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` escaped for XML text and attributes.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
