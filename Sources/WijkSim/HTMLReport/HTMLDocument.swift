/// One self-contained HTML page: inline CSS and inline SVG only, no scripts, fonts or
/// files from anywhere, laid out for screens and for A4 paper (`@media print`: figures
/// and tables are not split across pages; SVGs scale to the page width).
///
/// The page carries `<meta name="generator" content="wijksim VERSION">`: the mark
/// ``ReportFile`` looks for before it replaces a report (``generatorPrefix``).
struct HTMLDocument {
    /// The start of the generator mark every WijkSim report carries.
    static let generatorPrefix = "<meta name=\"generator\" content=\"wijksim "

    /// The page language (`lang` attribute).
    var language: Language
    /// The page title (`<title>` and `<h1>`).
    var title: String
    private var parts: [String] = []

    /// An empty page.
    init(language: Language, title: String) {
        self.language = language
        self.title = title
    }

    /// A section heading.
    mutating func heading(_ text: String) { parts.append("<h2>\(Self.escape(text))</h2>") }

    /// A paragraph of plain text.
    mutating func paragraph(_ text: String, className: String? = nil) {
        parts.append("<p\(className.map { " class=\"\($0)\"" } ?? "")>\(Self.escape(text))</p>")
    }

    /// A definition list of facts (the report header).
    mutating func facts(_ items: [(String, String)]) {
        let rows = items.map { "<div><dt>\(Self.escape($0.0))</dt><dd>\(Self.escape($0.1))</dd></div>" }
        parts.append("<dl class=\"facts\">\(rows.joined())</dl>")
    }

    /// A figure: its title, the SVG chart and a one-sentence caption.
    mutating func figure(title: String, svg: String, caption: String) {
        parts.append("<figure><h3>\(Self.escape(title))</h3>\(svg)<figcaption>\(Self.escape(caption))</figcaption></figure>")
    }

    /// Small figures one under the other, each with a title and the SVG; one caption
    /// under them all.
    mutating func panels(_ figures: [(title: String, svg: String)], caption: String) {
        let items = figures.map { "<figure><h3>\(Self.escape($0.title))</h3>\($0.svg)</figure>" }.joined()
        parts.append("<div class=\"panels\">\(items)</div><p class=\"caption\">\(Self.escape(caption))</p>")
    }

    /// A table; the first column is text, the others right-aligned figures.
    mutating func table(caption: String, headers: [String], rows: [[String]]) {
        let head = headers.map { "<th>\(Self.escape($0))</th>" }.joined()
        let body = rows.map { "<tr>" + $0.map { "<td>\(Self.escape($0))</td>" }.joined() + "</tr>" }.joined()
        parts.append("<table><caption>\(Self.escape(caption))</caption><thead><tr>\(head)</tr></thead><tbody>\(body)</tbody></table>")
    }

    /// The page.
    var html: String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        \(Self.generatorPrefix)\(WijkSimVersion.current)">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Self.escape(title))</title>
        <style>\(Self.style)</style>
        </head>
        <body>
        <h1>\(Self.escape(title))</h1>
        \(parts.joined(separator: "\n"))
        </body>
        </html>

        """
    }

    /// The style sheet: screen first, then A4 print rules.
    static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#222;max-width:60rem;margin:0 auto;padding:1.5rem;line-height:1.45}
        h1{font-size:1.6rem;margin:0 0 .75rem}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:2px solid #0072B2;padding-bottom:.2rem}
        h3{font-size:1.05rem;margin:0 0 .4rem}
        figure{margin:1.25rem 0;padding:0;break-inside:avoid;page-break-inside:avoid}
        figure svg{display:block;width:100%;height:auto;max-width:100%}
        figcaption{margin-top:.35rem;font-size:.95rem;color:#333}
        dl.facts{display:flex;flex-wrap:wrap;gap:.25rem 2rem;margin:0 0 1rem}
        dl.facts div{display:flex;gap:.5rem;max-width:100%}dt{font-weight:bold;white-space:nowrap}dd{margin:0;overflow-wrap:anywhere}
        table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;break-inside:avoid;page-break-inside:avoid;font-size:.95rem}
        caption{text-align:left;font-weight:bold;margin-bottom:.3rem}
        th,td{border-bottom:1px solid #ccc;padding:.3rem .5rem;text-align:right;vertical-align:top}
        th:first-child,td:first-child{text-align:left}th{background:#f2f2f2}
        td{white-space:nowrap}td:first-child{white-space:normal}
        p.note{font-size:.9rem;color:#444}
        .panels figure{margin:.75rem 0}
        @media print{
        @page{size:A4;margin:14mm}
        body{max-width:none;padding:0;font-size:10.5pt}
        h2{break-after:avoid;page-break-after:avoid}
        figure,table,dl.facts{break-inside:avoid;page-break-inside:avoid}
        }
        """

    /// `text` escaped for HTML text and attributes.
    static func escape(_ text: String) -> String { SVGCanvas.escape(text) }
}
