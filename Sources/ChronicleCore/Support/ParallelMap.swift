import Dispatch
import Synchronization

/// `map` over all cores, results in input order.
public enum ParallelMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if items.count <= 1 { return items.map(transform) }
        let results = Mutex<[R?]>(Array(repeating: nil, count: items.count))
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            let value = transform(items[index])
            results.withLock { $0[index] = value }
        }
        return results.withLock { $0.map { $0! } }
    }

    /// Like ``map(_:_:)`` for a throwing transform: the first error (in input order) is thrown.
    public static func map<T: Sendable, R: Sendable, E: Error>(_ items: [T], _ transform: @Sendable (T) throws(E) -> R) throws(E) -> [R] {
        let results: [Result<R, E>] = map(items) { item in Result { () throws(E) -> R in try transform(item) } }
        return try results.map { result throws(E) -> R in try result.get() }
    }
}
