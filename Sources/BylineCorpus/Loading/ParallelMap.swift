import Foundation

extension CorpusLoader {
    /// `transform` applied to every element on `options.parallelism` threads, results in order.
    func parallelMap<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @escaping @Sendable (Element) -> Result
    ) -> [Result] {
        if elements.count == 1 || options.parallelism == 1 { return elements.map(transform) }
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: elements.count)
        results.initialize(repeating: nil)
        defer { results.deinitialize(); results.deallocate() }
        let slots = SendableBuffer(results)
        let next = AtomicCounter()
        let workers = min(options.parallelism, elements.count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.increment()
                guard index < elements.count else { break }
                slots.buffer[index] = transform(elements[index])
            }
        }
        return results.map { $0! }
    }
}

/// Hands a buffer to worker threads that each write distinct indices.
private struct SendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}

/// A shared work counter for worker threads.
private final class AtomicCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    /// Returns the current value and advances it.
    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        let current = value
        value += 1
        return current
    }
}
