/// Reads the query language into clauses. Total: any text parses, in one
/// linear pass; what is not a known construct is read as words.
enum SearchQueryParser {
    /// Clauses kept from one query (after dropping repeats): a pasted page
    /// of text still answers at keystroke speed.
    static let maxClauses = 64
    /// Words kept from one phrase or field value.
    static let maxPhraseWords = 32

    static func clauses(_ text: String) -> [SearchClause] {
        let s = Array(text.unicodeScalars)
        let n = s.count
        var clauses = [SearchClause]()
        var seen = Set<SearchClause>()
        func add(_ target: SearchClause.Target?, negated: Bool) {
            guard let target, clauses.count < maxClauses else { return }
            let clause = SearchClause(target: target, isNegated: negated)
            if seen.insert(clause).inserted { clauses.append(clause) }
        }

        var i = 0
        while i < n && clauses.count < maxClauses {
            while i < n && isSpace(s[i]) { i += 1 }
            var negated = false
            while i < n && s[i] == "!" { negated = true; i += 1 }
            guard i < n, !isSpace(s[i]) else { continue }
            if isQuote(s[i]) {
                let (content, end, closed) = quoted(s, from: i + 1)
                add(words(content, open: !closed && !negated), negated: negated)
                i = end
                continue
            }
            let start = i
            while i < n && !isSpace(s[i]) && !isQuote(s[i]) { i += 1 }
            let run = s[start..<i]
            let open = i == n && !negated
            if let colon = run.firstIndex(of: ":"), colon > start {
                let name = String(String.UnicodeScalarView(run[start..<colon]))
                let value = run[(colon + 1)...]
                if name.lowercased() == "date" {
                    if value.isEmpty { continue }
                    if let range = date(value) { add(.date(range), negated: negated); continue }
                } else if let field = SearchField(queryName: name) {
                    if !value.isEmpty {
                        add(fieldTarget(field, value, open: open), negated: negated)
                    } else if i < n && isQuote(s[i]) {
                        let (content, end, closed) = quoted(s, from: i + 1)
                        add(fieldTarget(field, content, open: !closed && !negated), negated: negated)
                        i = end
                    }
                    continue
                }
            }
            add(words(run, open: open), negated: negated)
        }
        return clauses
    }

    /// The text after an opening quote up to the closing one (or the end),
    /// where scanning resumes, and whether the quote was closed.
    private static func quoted(_ s: [Unicode.Scalar], from start: Int) -> (ArraySlice<Unicode.Scalar>, Int, Bool) {
        var j = start
        while j < s.count && !isQuote(s[j]) { j += 1 }
        return j < s.count ? (s[start..<j], j + 1, true) : (s[start..<j], j, false)
    }

    /// The folded words of `text` as a words clause; the last is a prefix
    /// when `open` and the text ends inside it. Nil when there are none.
    private static func words(_ text: ArraySlice<Unicode.Scalar>, open: Bool) -> SearchClause.Target? {
        let (terms, endsInWord) = fold(text)
        guard !terms.isEmpty else { return nil }
        return .words(terms, lastIsPrefix: open && endsInWord)
    }

    private static func fieldTarget(_ field: SearchField, _ text: ArraySlice<Unicode.Scalar>, open: Bool) -> SearchClause.Target? {
        let (terms, endsInWord) = fold(text)
        guard !terms.isEmpty else { return nil }
        return .field(field, terms, lastIsPrefix: open && endsInWord)
    }

    /// A `date:` value; a trailing `-` or `.` (a date still being typed) is ignored.
    private static func date(_ value: ArraySlice<Unicode.Scalar>) -> SearchDateRange? {
        var text = String(String.UnicodeScalarView(value))
        if text.hasSuffix("..") { return SearchDateRange(parsing: text) }
        while let last = text.last, last == "-" || last == "." { text.removeLast() }
        return text.isEmpty ? nil : SearchDateRange(parsing: text)
    }

    /// Folded words (at most `maxPhraseWords`) and whether the text ends inside the last.
    private static func fold(_ text: ArraySlice<Unicode.Scalar>) -> ([String], Bool) {
        var string = String(String.UnicodeScalarView(text))
        var terms = [String]()
        var lastEnd = -1
        string.withUTF8 { bytes in
            SearchTokenizer.forEachToken(in: bytes) { term, token in
                terms.append(String(decoding: term, as: UTF8.self))
                lastEnd = token.scalarEnd
                return terms.count < maxPhraseWords
            }
        }
        return (terms, lastEnd == text.count)
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || (c.value >= 0x80 && c.properties.isWhitespace)
    }

    static func isQuote(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "\u{201C}" || c == "\u{201D}" || c == "\u{201E}"
    }
}
