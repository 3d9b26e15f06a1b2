import Foundation

/// What one version of the index remembers between keystrokes: the
/// documents of recent clauses (typing `oil pric` → `oil price` reuses
/// `oil`), phrase checks already made, and the last few results.
///
/// Shared by copies of an index value, replaced by a new one whenever
/// documents are added, so an entry is never stale. Thread-safe.
final class SearchCache: @unchecked Sendable {
    /// What a cached document list is the answer to.
    enum Key: Hashable {
        case term([UInt8], prefix: Bool)
        case field(UInt8, [String], prefix: Bool)
        case date(ClosedRange<Int32>)
    }

    /// Which documents were checked for a phrase, and which hold it (bitsets by index number).
    struct PhraseChecks {
        var checked: [UInt64]
        var holds: [UInt64]
    }

    static let maxLists = 16
    static let maxListBytes = 16 << 20
    static let maxResults = 4

    private let lock = NSLock()
    private var lists: [Key: SearchDocList] = [:]
    private var recent: [Key] = []
    private var phrases: [SearchPhraseKey: PhraseChecks] = [:]
    private var results: [(query: [SearchClause], limit: Int, results: SearchResults)] = []

    /// The list for `key`, computed by `make` (outside the lock) when not cached.
    func list(_ key: Key, _ make: () -> SearchDocList) -> SearchDocList {
        lock.lock()
        if let list = lists[key] {
            recent.removeAll { $0 == key }
            recent.append(key)
            lock.unlock()
            return list
        }
        lock.unlock()
        let list = make()
        lock.lock()
        defer { lock.unlock() }
        if lists[key] == nil { recent.append(key) }
        lists[key] = list
        var bytes = lists.values.reduce(0) { $0 + $1.byteCount }
        while recent.count > 1 && (recent.count > Self.maxLists || bytes > Self.maxListBytes) {
            let oldest = recent.removeFirst()
            bytes -= lists.removeValue(forKey: oldest)?.byteCount ?? 0
        }
        return list
    }

    /// The phrase checks made so far for `key`.
    func phraseChecks(_ key: SearchPhraseKey) -> PhraseChecks? {
        lock.lock()
        defer { lock.unlock() }
        return phrases[key]
    }

    /// The checks made for shorter phrases that `key` implies (see
    /// ``SearchPhraseKey/implies(_:)``): a document known not to hold one
    /// cannot hold `key` — typing `"the oil p` reuses `"the oil`'s checks.
    func impliedChecks(_ key: SearchPhraseKey) -> [PhraseChecks] {
        lock.lock()
        defer { lock.unlock() }
        return phrases.compactMap { $0.key != key && key.implies($0.key) ? $0.value : nil }
    }

    /// Records the phrase checks for `key` (the last few phrases are kept).
    func setPhraseChecks(_ checks: PhraseChecks, for key: SearchPhraseKey) {
        lock.lock()
        defer { lock.unlock() }
        if phrases[key] == nil && phrases.count >= Self.maxLists { phrases.removeAll() }
        phrases[key] = checks
    }

    /// The results recorded for these clauses and limit.
    func results(_ clauses: [SearchClause], limit: Int) -> SearchResults? {
        lock.lock()
        defer { lock.unlock() }
        return results.last { $0.query == clauses && $0.limit == limit }?.results
    }

    /// Records results (the last few are kept).
    func setResults(_ value: SearchResults, for clauses: [SearchClause], limit: Int) {
        lock.lock()
        defer { lock.unlock() }
        results.removeAll { $0.query == clauses && $0.limit == limit }
        results.append((clauses, limit, value))
        if results.count > Self.maxResults { results.removeFirst() }
    }
}
