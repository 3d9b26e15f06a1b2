/// Checks the phrases of one query in candidate documents' text, within
/// a deadline, best ranked first, remembering every check in the cache.
struct SearchPhraseChecker {
    /// One phrase's checks: its matcher and which documents were checked / hold it.
    private struct Phrase {
        var key: SearchPhraseKey
        var matcher: SearchPhraseMatcher
        var checks: SearchCache.PhraseChecks
        /// For a negated phrase: the candidates holding all its words (others cannot hold it).
        var holders: SearchDocList?
        /// Checks of shorter phrases it implies: a document failing one fails it.
        var implied: [SearchCache.PhraseChecks]
    }

    private enum Verdict { case holds, fails, pending }

    private let index: SearchIndex
    private var phrases: [Phrase]
    private let deadline: ContinuousClock.Instant
    private var outOfTime = false

    init(index: SearchIndex, positive: [SearchPhraseKey], negative: [(SearchPhraseKey, SearchDocList)],
         deadline: ContinuousClock.Instant) {
        self.index = index
        self.deadline = deadline
        let words = (index.documentCount + 63) / 64
        let empty = SearchCache.PhraseChecks(checked: [UInt64](repeating: 0, count: words),
                                             holds: [UInt64](repeating: 0, count: words))
        func phrase(_ key: SearchPhraseKey, _ holders: SearchDocList?) -> Phrase {
            var checks = index.cache.phraseChecks(key) ?? empty
            if checks.checked.count != words { checks = empty }
            let implied = index.cache.impliedChecks(key).filter { $0.checked.count == words }
            return Phrase(key: key, matcher: SearchPhraseMatcher(words: key.words, lastIsPrefix: key.lastIsPrefix),
                          checks: checks, holders: holders, implied: implied)
        }
        phrases = positive.map { phrase($0, nil) } + negative.map { phrase($0.0, $0.1) }
    }

    /// The candidates known to match (scored) and those still pending.
    /// The best `limit` × 4 by score are checked first, then the rest in order.
    mutating func check(_ candidates: SearchDocList, limit: Int, text: (Int) -> String?) -> (SearchDocList, [Int32]) {
        let ids = index.ids
        let wanted = limit >= candidates.count / 4 ? candidates.count : max(limit, 25) * 4
        let first = SearchTopN.best(candidates.count, limit: wanted) {
            SearchHit(id: ids[Int(candidates.docs[$0])], score: candidates.scores[$0])
        }
        for position in first { _ = verdict(candidates.docs[position], text: text) }
        var known = SearchDocList()
        var pending = [Int32]()
        for (k, doc) in candidates.docs.enumerated() {
            switch verdict(doc, text: text) {
            case .holds:
                known.docs.append(doc)
                known.scores.append(candidates.scores[k])
            case .pending: pending.append(doc)
            case .fails: break
            }
        }
        return (known, pending)
    }

    /// Records the checks in the cache.
    func save() {
        for phrase in phrases { index.cache.setPhraseChecks(phrase.checks, for: phrase.key) }
    }

    /// Whether `doc` meets every phrase (positive ones held, negated ones not), checking what is not known yet.
    private mutating func verdict(_ doc: Int32, text: (Int) -> String?) -> Verdict {
        let word = Int(doc) / 64, bit = UInt64(1) << UInt64(doc % 64)
        var result = Verdict.holds
        var body: String??
        for p in phrases.indices {
            let negated = phrases[p].holders != nil
            if let holders = phrases[p].holders, !Self.contains(holders, doc) { continue }
            let holds: Bool
            if phrases[p].checks.checked[word] & bit != 0 {
                holds = phrases[p].checks.holds[word] & bit != 0
            } else if phrases[p].implied.contains(where: { $0.checked[word] & bit != 0 && $0.holds[word] & bit == 0 }) {
                holds = false
                phrases[p].checks.checked[word] |= bit
            } else {
                if !outOfTime && ContinuousClock.now >= deadline { outOfTime = true }
                if outOfTime {
                    result = .pending
                    continue
                }
                if body == nil { body = .some(text(index.ids[Int(doc)])) }
                let found = body.flatMap { $0 }.map(phrases[p].matcher.matches) ?? true
                phrases[p].checks.checked[word] |= bit
                if found { phrases[p].checks.holds[word] |= bit }
                holds = found
            }
            if holds == negated { return .fails }
        }
        return result
    }

    /// Whether a sorted list has `doc`.
    private static func contains(_ list: SearchDocList, _ doc: Int32) -> Bool {
        let k = SearchDocList.lowerBound(list.docs, doc, from: 0)
        return k < list.count && list.docs[k] == doc
    }
}
