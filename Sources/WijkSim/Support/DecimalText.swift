/// Fixed-point text for numbers in reports: the same rounding everywhere, with no
/// dependence on the locale.
enum DecimalText {
    /// `value` with `digits` decimals (half away from zero), `.` as decimal point, `-`
    /// if negative and not rounded to zero; `NA` for NaN.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return value.isNaN ? "NA" : "\(value)" }
        var scale: Int64 = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int64((abs(value) * Double(scale)).rounded())
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard digits > 0 else { return sign + String(scaled) }
        let fraction = String(scaled % scale)
        return "\(sign)\(scaled / scale).\(String(repeating: "0", count: digits - fraction.count))\(fraction)"
    }
}
