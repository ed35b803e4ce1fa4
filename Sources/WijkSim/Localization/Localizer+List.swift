extension Localizer {
    /// `items` as a list in running text: `a`, `a and b`, `a, b and c` (`en` in Dutch).
    package func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + self(.wordAnd) + items[items.count - 1]
    }
}
