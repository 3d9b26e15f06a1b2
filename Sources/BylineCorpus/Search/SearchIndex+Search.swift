extension SearchIndex {
    /// Runs `query`: the number of matching documents, the best `limit` of
    /// them ranked by BM25 (title words weigh more; ties go to the lower
    /// id), and the ids of all of them.
    ///
    /// An empty query matches every document and returns no hits (the
    /// caller picks the order).
    ///
    /// **Phrases** (and words the tokenizer splits, like `covid-19`) are
    /// found through the index — documents holding all their words — then
    /// checked in the text that `text` gives for a document id (called on
    /// the calling thread, only for such documents). When it returns nil,
    /// holding the words counts as holding the phrase. Checks run best
    /// ranked first, for at most `phraseBudget`; documents left unchecked
    /// are counted as matches and reported in ``SearchResults/unverified``,
    /// and calling again (on the next idle tick, say) continues where the
    /// checks stopped: what was checked is remembered until documents are
    /// added. A phrase of common words (`"of the"`) over 100,000 articles
    /// needs several calls; most phrases need one.
    ///
    /// Complete results are remembered too: asking again with another
    /// `text` returns them.
    public func search(_ query: SearchQuery, limit: Int, phraseBudget: Duration = .milliseconds(6),
                       text: (Int) -> String? = { _ in nil }) -> SearchResults {
        if query.isEmpty { return SearchResults(total: all.count, hits: [], matches: all) }
        if let cached = cache.results(query.clauses, limit: limit) { return cached }
        let (list, pending) = matching(query.clauses, limit: limit, deadline: .now + phraseBudget, text: text)
        var matches = SearchMatches(capacity: idLimit)
        for doc in list.docs { matches.insert(ids[Int(doc)]) }
        for doc in pending { matches.insert(ids[Int(doc)]) }
        let results = SearchResults(total: list.count + pending.count, hits: SearchTopN.select(list, ids: ids, limit: limit),
                                    matches: matches, unverified: pending.count)
        if results.isComplete { cache.setResults(results, for: query.clauses, limit: limit) }
        return results
    }

    /// The documents known to meet every clause, scored, and those whose
    /// phrase checks are pending.
    func matching(_ clauses: [SearchClause], limit: Int, deadline: ContinuousClock.Instant,
                  text: (Int) -> String?) -> (SearchDocList, [Int32]) {
        // Each clause's list in clause order, with the length it is ordered
        // by. A one-word prefix of a query that has other, small lists is
        // kept to the smallest of them (see ``prefixList(_:within:)``):
        // what the query finds, and every
        // score, are those of the whole list.
        var lists = [(list: SearchDocList, count: Int)?](repeating: nil, count: clauses.count)
        var phrases = [SearchPhraseKey]()
        for (k, clause) in clauses.enumerated() where !clause.isNegated && Self.prefixWord(clause.target) == nil {
            let list = documents(clause.target)
            if list.isEmpty { return (list, []) }
            lists[k] = (list, list.count)
            if let phrase = Self.phrase(clause.target) { phrases.append(phrase) }
        }
        let smallest = lists.compactMap { $0?.list }.min { $0.count < $1.count }
        for (k, clause) in clauses.enumerated() where !clause.isNegated {
            guard let word = Self.prefixWord(clause.target) else { continue }
            if let smallest, smallest.count * 8 < documentCount,
               let (list, count) = prefixList(word, within: smallest) {
                lists[k] = (list, count)
            } else {
                let list = documents(clause.target)
                if list.isEmpty { return (list, []) }
                lists[k] = (list, list.count)
            }
        }
        var ordered = lists.compactMap { $0 }
        ordered.sort { $0.count < $1.count }
        var result = ordered.first?.list ?? .all(documentCount)
        for (list, _) in ordered.dropFirst() {
            if result.isEmpty { return (result, []) }
            result = result.intersection(list)
        }
        if hasRemovedDocuments { result = result.filter { ids[Int($0)] >= 0 } }
        var negatedPhrases = [(SearchPhraseKey, SearchDocList)]()
        for clause in clauses where clause.isNegated && !result.isEmpty {
            let holders = documents(clause.target).intersection(result)
            if let phrase = Self.phrase(clause.target) {
                negatedPhrases.append((SearchPhraseKey(words: phrase.words, lastIsPrefix: false), holders))
            } else {
                result = result.subtracting(holders)
            }
        }
        if result.isEmpty || (phrases.isEmpty && negatedPhrases.isEmpty) { return (result, []) }
        var checker = SearchPhraseChecker(index: self, positive: phrases, negative: negatedPhrases, deadline: deadline)
        let outcome = checker.check(result, limit: limit, text: text)
        checker.save()
        return outcome
    }

    /// The word of a target that is one word, a prefix.
    static func prefixWord(_ target: SearchClause.Target) -> [UInt8]? {
        guard case .words(let words, true) = target, words.count == 1, !words[0].isEmpty else { return nil }
        return Array(words[0].utf8)
    }

    /// The phrase a words target stands for, when it has more than one word.
    static func phrase(_ target: SearchClause.Target) -> SearchPhraseKey? {
        guard case .words(let words, let lastIsPrefix) = target, words.count > 1 else { return nil }
        return SearchPhraseKey(words: words, lastIsPrefix: lastIsPrefix)
    }

    /// The documents a clause's target finds through the index (a phrase:
    /// the documents holding all its words), scored.
    func documents(_ target: SearchClause.Target) -> SearchDocList {
        switch target {
        case .words(let words, let lastIsPrefix):
            var result: SearchDocList?
            for (k, word) in words.enumerated() {
                let list = termList(Array(word.utf8), prefix: lastIsPrefix && k == words.count - 1)
                result = result.map { $0.intersection(list) } ?? list
                if result?.isEmpty ?? true { break }
            }
            return result ?? SearchDocList()
        case .field(let field, let words, let lastIsPrefix):
            return fieldList(field, words, prefix: lastIsPrefix)
        case .date(let range):
            return dateList(range.keys)
        }
    }
}
