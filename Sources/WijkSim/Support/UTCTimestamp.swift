import Foundation

/// ISO 8601 timestamps in UTC (`2026-12-03T15:23:13Z`, whole seconds, rounded down), as
/// `ISO8601DateFormatter` writes them, without it: that formatter loads ICU's date-format
/// data, about 5.7 MB of resident memory, a fifth of a small run's peak (docs/PERFORMANCE.md).
package enum UTCTimestamp {
    /// `date` as `YYYY-MM-DDThh:mm:ssZ` (proleptic Gregorian calendar, UTC).
    package static func string(from date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let (days, secondOfDay) = floorDivision(seconds, 86_400)
        let (year, month, day) = civil(fromDays: days)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T"
            + pad(secondOfDay / 3600, 2) + ":" + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2) + "Z"
    }

    /// Quotient and non-negative remainder of `a ÷ b` (b > 0).
    static func floorDivision(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
        let q = a / b, r = a % b
        return r < 0 ? (q - 1, r + b) : (q, r)
    }

    /// Year, month (1–12) and day (1–31) of the day `days` after 1970-01-01 (H. Hinnant's
    /// `civil_from_days`: eras of 400 years, years starting in March).
    static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let (era, dayOfEra) = floorDivision(z, 146_097)
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func pad(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
