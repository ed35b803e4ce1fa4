/// A first-in first-out queue over a reused array: no allocation once warm.
///
/// `popFirst` advances a head index; the storage is compacted when more than
/// half of it is consumed, so memory stays proportional to the live length.
package struct FIFOQueue<Element> {
    @usableFromInline var storage: [Element] = []
    @usableFromInline var head = 0

    package init() {}

    /// Number of queued elements.
    @inlinable package var count: Int { storage.count - head }
    /// Whether the queue is empty.
    @inlinable package var isEmpty: Bool { head == storage.count }

    /// Appends `element` at the back.
    @inlinable package mutating func append(_ element: Element) { storage.append(element) }

    /// The front element, if any.
    @inlinable package var first: Element? { isEmpty ? nil : storage[head] }

    /// Replaces the front element (the queue must not be empty).
    @inlinable package mutating func replaceFirst(with element: Element) { storage[head] = element }

    /// Removes and returns the front element.
    @inlinable package mutating func popFirst() -> Element? {
        guard head < storage.count else { return nil }
        let element = storage[head]
        head += 1
        if head == storage.count {
            storage.removeAll(keepingCapacity: true)
            head = 0
        } else if head > 1024 && head * 2 > storage.count {
            storage.removeSubrange(0..<head)
            head = 0
        }
        return element
    }

    /// Replaces every element by `transform(element)`, dropping those mapped to nil; order is kept.
    package mutating func compactMap(_ transform: (Element) -> Element?) {
        var kept: [Element] = []
        kept.reserveCapacity(count)
        for index in head..<storage.count {
            if let element = transform(storage[index]) { kept.append(element) }
        }
        storage = kept
        head = 0
    }

    /// Removes all elements, keeping capacity.
    @inlinable package mutating func removeAll() {
        storage.removeAll(keepingCapacity: true)
        head = 0
    }
}
