/// Where each materialised resident's record is: a map from resident id to record slot,
/// as an open-addressing hash table with linear probing (no `Dictionary`, so nothing
/// depends on a randomly seeded hash, and the table is never iterated).
///
/// Memory grows with the residents looked at, not with the population: the table holds at
/// most half as many records as it has cells, and doubles when that would be exceeded.
/// Invariant: every slot `s` in `0 ..< count` is in the table under key `keys[s]`, once.
package struct ResidentIndex: Sendable {
    /// Cells: the slot stored there, or −1 for an empty cell. The count is a power of two.
    private var cells: [Int32]
    /// The key (resident id) of each slot, in slot order.
    private(set) var keys: [Int32] = []
    private var shift: Int

    /// An empty index with room for `capacity` records before it first grows.
    package init(capacity: Int = 64) {
        var size = 16
        while size < 2 * capacity { size <<= 1 }
        cells = Array(repeating: -1, count: size)
        shift = 64 - size.trailingZeroBitCount
        keys.reserveCapacity(capacity)
    }

    /// Number of records.
    @inlinable package var count: Int { keys.count }

    /// Fibonacci hashing of a resident id onto a cell.
    @inline(__always) private func home(_ id: Int32) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: id)) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
    }

    /// The slot of resident `id`, or nil if it has no record.
    @inline(__always) package func slot(of id: Int32) -> Int? {
        let mask = cells.count - 1
        var cell = home(id)
        while true {
            let slot = cells[cell]
            if slot < 0 { return nil }
            if keys[Int(slot)] == id { return Int(slot) }
            cell = (cell + 1) & mask
        }
    }

    /// Adds resident `id` (which must not have a record yet) under the next slot, `count`.
    /// - Returns: the new slot.
    @discardableResult
    package mutating func insert(_ id: Int32) -> Int {
        if 2 * (keys.count + 1) > cells.count { grow() }
        let slot = keys.count
        keys.append(id)
        place(slot)
        return slot
    }

    private mutating func place(_ slot: Int) {
        let mask = cells.count - 1
        var cell = home(keys[slot])
        while cells[cell] >= 0 { cell = (cell + 1) & mask }
        cells[cell] = Int32(slot)
    }

    /// Doubles the table and re-places every slot in slot order (deterministic).
    private mutating func grow() {
        cells = Array(repeating: -1, count: cells.count * 2)
        shift -= 1
        for slot in keys.indices { place(slot) }
    }
}
