extension CorpusOpener {
    /// More changed files than this share of the corpus (and more than 50),
    /// or a search index with more than this share of removed documents, and
    /// the corpus is read again from scratch rather than patched.
    static let patchLimit = 0.2

    /// Opens the corpus from its cache: at once when nothing changed, else
    /// reading and analysing only the new and changed files. Returns false
    /// when the corpus changed too much to patch (the caller reads it all).
    func restore(_ snapshot: CorpusSnapshot, listing: CorpusLoader.Listing) -> Bool {
        // Both lists are in corpus order: match them in step, looking a path
        // up only where they part.
        var lookup: [String: Int]?
        func cachedNumber(of path: String, expected: Int) -> Int? {
            if expected < snapshot.files.count, snapshot.files[expected].path == path { return expected }
            if lookup == nil {
                var table: [String: Int] = [:]
                for (number, file) in snapshot.files.enumerated() { table[file.path] = number }
                lookup = table
            }
            return lookup?[path]
        }
        var matches: [Int?] = []
        var changed: [CorpusWalker.Entry] = []
        var kept = 0
        var found = 0
        var expected = 0
        for case .file(let file) in listing.entries {
            let number = cachedNumber(of: file.relativePath, expected: expected)
            if let number {
                found += 1
                expected = number + 1
            }
            if let number, snapshot.files[number].size == file.size, snapshot.files[number].modified == file.modified {
                kept += 1
                matches.append(number)
            } else {
                changed.append(.file(file))
                matches.append(nil)
            }
        }
        let removed = snapshot.files.count - found
        let fileCount = max(1, kept + changed.count)
        let removedDocuments = snapshot.index.documentCount - snapshot.index.all.count
        if Double(changed.count + removed) > max(50, Self.patchLimit * Double(fileCount))
            || Double(removedDocuments) > Self.patchLimit * Double(max(1, snapshot.index.documentCount)) {
            post(.notice("cache: \(changed.count) files new or changed and \(removed) gone since the last time; reading the corpus again"))
            return false
        }
        if changed.isEmpty && removed == 0 {
            // Nothing changed: the cache is the corpus.
            var problems: [String] = []
            var files = snapshot.files.makeIterator()
            for entry in listing.entries {
                switch entry {
                case .problem(let problem): problems.append(problem.description)
                case .file: problems += files.next()?.problems ?? []
                }
            }
            setAnalyzer(Analyzer(evidence: snapshot.evidence))
            post(.listed(snapshot.entries, problems: problems))
            post(.listComplete(skipped: problems.count))
            post(.indexed(snapshot.index))
            post(.searchable)
            post(.analysisComplete)
            post(.entities(snapshot.facts.entityIndex(), counts: (0..<snapshot.entries.count).map { Int32(clamping: snapshot.facts.mentionCount(of: $0)) }))
            return true
        }
        // The changed files, read and analysed with the cached evidence.
        let analyzer = Analyzer(evidence: snapshot.evidence)
        var fresh: [String: (articles: [(Article, ArticleAnalysis)], problems: [String])] = [:]
        var evidence = snapshot.evidence
        if !changed.isEmpty {
            loader.load(
                CorpusLoader.Listing(entries: changed, ignored: []),
                transform: { article in (article, analyzer.analyzeNames(article), CapitalisationEvidence(article: article.text)) },
                isCancelled: { [self] in isCancelled }
            ) { event in
                switch event {
                case .article(let (article, analysis, articleEvidence)):
                    fresh[article.path, default: ([], [])].articles.append((article, analysis))
                    evidence.merge(articleEvidence)
                case .problem(let problem):
                    fresh[problem.path, default: ([], [])].problems.append(problem.description)
                }
            }
            guard !isCancelled else { return true }
        }
        // The new snapshot, in corpus order.
        var next = CorpusSnapshot()
        next.evidence = evidence
        var problems: [String] = []
        var oldToNew = [Int](repeating: -1, count: snapshot.entries.count)
        var added: [SearchDocument] = []
        var fileNumber = 0
        for entry in listing.entries {
            switch entry {
            case .problem(let problem):
                problems.append(problem.description)
            case .file(let file):
                let first = next.entries.count
                let match = matches[fileNumber]
                fileNumber += 1
                if let number = match {
                    let old = snapshot.files[number]
                    for k in 0..<old.articleCount {
                        oldToNew[old.firstArticle + k] = next.entries.count
                        next.entries.append(snapshot.entries[old.firstArticle + k])
                        next.facts.append(article: old.firstArticle + k, of: snapshot.facts)
                    }
                    problems += old.problems
                    next.files.append(.init(path: old.path, size: old.size, modified: old.modified, firstArticle: first,
                                            articleCount: old.articleCount, problems: old.problems))
                } else {
                    let result = fresh[file.relativePath] ?? ([], [])
                    for (article, analysis) in result.articles {
                        added.append(SearchDocument(id: next.entries.count, article: article, analysis: analysis))
                        next.entries.append(ArticleEntry(article))
                        next.facts.append(analysis.entities)
                    }
                    problems += result.problems
                    next.files.append(.init(path: file.relativePath, size: file.size, modified: file.modified, firstArticle: first,
                                            articleCount: result.articles.count, problems: result.problems))
                }
            }
        }
        next.index = snapshot.index.renumbered { old in oldToNew.indices.contains(old) && oldToNew[old] >= 0 ? oldToNew[old] : nil }
        next.index.add(added)
        next.index.prepareShortPrefixes()
        setAnalyzer(Analyzer(evidence: next.evidence))
        if cache != nil { saving.store(true, ordering: .releasing) }
        post(.listed(next.entries, problems: problems))
        post(.listComplete(skipped: problems.count))
        post(.entities(next.facts.entityIndex(), counts: (0..<next.entries.count).map { Int32(clamping: next.facts.mentionCount(of: $0)) }))
        post(.indexed(next.index))
        post(.searchable)
        post(.analysisComplete)
        post(.notice("cache: \(changed.count) files new or changed, \(removed) gone; updated"))
        save(next)
        return true
    }
}
