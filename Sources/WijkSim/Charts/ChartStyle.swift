/// Sizes, colours and the text-width estimate shared by every chart.
///
/// Colours are the Okabe–Ito palette (distinguishable with the common colour-vision
/// deficiencies); charts also mark series by dash pattern, hatching, marker shape or
/// direct labels, so none relies on colour alone.
enum ChartStyle {
    /// Body text size. Unit: SVG user units.
    static let fontSize = 13.0
    /// Small text (tick labels, legends).
    static let smallSize = 12.0
    /// The width every chart's view box is laid out for. Unit: user units.
    static let width = 720.0
    /// Text and axis colour.
    static let ink = "#222222"
    /// Grid line colour.
    static let grid = "#dddddd"

    /// Okabe–Ito colours.
    static let orange = "#E69F00", skyBlue = "#56B4E9", green = "#009E73", yellow = "#F0E442",
               blue = "#0072B2", vermillion = "#D55E00", purple = "#CC79A7", grey = "#999999"

    /// The series colours in order of use (line charts).
    static let series = [blue, vermillion, green, purple, orange, skyBlue]
    /// The dash patterns in order of use, paired with ``series``.
    static let dashes = ["", "6 4", "2 3", "10 3 2 3", "1 5", "8 8"]

    /// An upper estimate of the width of `text` at `size`: 0.6 em per character, which
    /// is wider than the average glyph of common sans-serif fonts. Unit: user units.
    static func textWidth(_ text: String, size: Double = fontSize) -> Double {
        Double(text.count) * size * 0.6
    }

    /// Whether dark text reads better than white on `hex` (`#RRGGBB`), by relative luminance.
    static func prefersDarkText(on hex: String) -> Bool {
        let digits = Array(hex.dropFirst())
        guard digits.count == 6 else { return true }
        func channel(_ i: Int) -> Double {
            let value = Double(Int(String(digits[i..<i + 2]), radix: 16) ?? 0) / 255
            return value <= 0.03928 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
        return luminance > 0.18
    }
}

import Foundation
