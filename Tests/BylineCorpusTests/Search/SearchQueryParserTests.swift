import Testing
@testable import BylineCorpus

@Suite struct SearchQueryParserTests {
    private func clauses(_ text: String) -> [SearchClause] { SearchQuery(parsing: text).clauses }

    private func words(_ words: [String], prefix: Bool = false, negated: Bool = false) -> SearchClause {
        SearchClause(target: .words(words, lastIsPrefix: prefix), isNegated: negated)
    }

    private func field(_ field: SearchField, _ words: [String], prefix: Bool = false, negated: Bool = false) -> SearchClause {
        SearchClause(target: .field(field, words, lastIsPrefix: prefix), isNegated: negated)
    }

    private func date(_ from: (Int, Int, Int)?, _ through: (Int, Int, Int)?) -> SearchClause {
        let f = from.flatMap { NewsDate(year: $0.0, month: $0.1, day: $0.2) }
        let t = through.flatMap { NewsDate(year: $0.0, month: $0.1, day: $0.2) }
        return SearchClause(target: .date(SearchDateRange(from: f, through: t)))
    }

    @Test func lastWordIsAPrefixWhileTyped() {
        #expect(clauses("oil pri") == [words(["oil"]), words(["pri"], prefix: true)])
        #expect(clauses("o") == [words(["o"], prefix: true)])
    }

    @Test func aTrailingSpaceMakesTheLastWordWhole() {
        #expect(clauses("oil ") == [words(["oil"])])
        #expect(clauses("oil price\t") == [words(["oil"]), words(["price"])])
    }

    @Test func punctuationAfterTheLastWordMakesItWhole() {
        #expect(clauses("oil.") == [words(["oil"])])
    }

    @Test func wordsAreFoldedForCaseAndDiacritics() {
        #expect(clauses("Élysée Straße ") == [words(["elysee"]), words(["strasse"])])
        #expect(clauses("CAFE\u{301} ") == [words(["cafe"])])
    }

    @Test func phrases() {
        #expect(clauses("\"oil price\" up") == [words(["oil", "price"]), words(["up"], prefix: true)])
        #expect(clauses("\u{201C}Oil Price\u{201D}") == [words(["oil", "price"])])
    }

    @Test func anUnclosedPhraseIsBeingTyped() {
        #expect(clauses("\"oil pri") == [words(["oil", "pri"], prefix: true)])
        #expect(clauses("\"oil pri ") == [words(["oil", "pri"])])
    }

    @Test func aClosedPhraseAtTheEndIsWhole() {
        #expect(clauses("\"oil price\"") == [words(["oil", "price"])])
    }

    @Test func wordsTheTokenizerSplitsArePhrases() {
        #expect(clauses("covid-19 ") == [words(["covid", "19"])])
        #expect(clauses("U.S.") == [words(["u", "s"])])
        #expect(clauses("o'bri") == [words(["o", "bri"], prefix: true)])
    }

    @Test func negation() {
        #expect(clauses("oil !gas") == [words(["oil"]), words(["gas"], negated: true)])
        #expect(clauses("!\"oil price\"") == [words(["oil", "price"], negated: true)])
        #expect(clauses("!person:blair") == [field(.person, ["blair"], negated: true)])
        #expect(clauses("!!gas ") == [words(["gas"], negated: true)])
    }

    @Test func aNegatedWordIsNeverAPrefix() {
        #expect(clauses("!ga") == [words(["ga"], negated: true)])
        #expect(clauses("!\"oil pri") == [words(["oil", "pri"], negated: true)])
        #expect(clauses("!person:bl") == [field(.person, ["bl"], negated: true)])
    }

    @Test func entityAndSpeakerAndSourceFields() {
        #expect(clauses("person:blair ") == [field(.person, ["blair"])])
        #expect(clauses("org:bbc place:london group:labour speaker:brown source:reuters ") == [
            field(.organisation, ["bbc"]), field(.place, ["london"]), field(.group, ["labour"]),
            field(.speaker, ["brown"]), field(.source, ["reuters"]),
        ])
        #expect(clauses("organisation:x organization:y ") == [field(.organisation, ["x"]), field(.organisation, ["y"])])
    }

    @Test func fieldNamesIgnoreCase() {
        #expect(clauses("Person:Blair ") == [field(.person, ["blair"])])
        #expect(clauses("DATE:2019 ") == [date((2019, 1, 1), (2019, 12, 31))])
    }

    @Test func theLastFieldValueIsAPrefixWhileTyped() {
        #expect(clauses("person:bla") == [field(.person, ["bla"], prefix: true)])
        #expect(clauses("person:bla oil") == [field(.person, ["bla"]), words(["oil"], prefix: true)])
    }

    @Test func quotedFieldValues() {
        #expect(clauses("person:\"Tony Blair\"") == [field(.person, ["tony", "blair"])])
        #expect(clauses("person:\"tony bl") == [field(.person, ["tony", "bl"], prefix: true)])
        #expect(clauses("source:bbc-news ") == [field(.source, ["bbc", "news"])])
    }

    @Test func anEmptyFieldIsIgnored() {
        #expect(clauses("person:").isEmpty)
        #expect(clauses("oil date: ") == [words(["oil"])])
    }

    @Test func unknownFieldsAreText() {
        #expect(clauses("foo:bar ") == [words(["foo", "bar"])])
        #expect(clauses("http://x ") == [words(["http", "x"])])
    }

    @Test func dates() {
        #expect(clauses("date:2019-10") == [date((2019, 10, 1), (2019, 10, 31))])
        #expect(clauses("date:2019-10-05") == [date((2019, 10, 5), (2019, 10, 5))])
        #expect(clauses("date:2019-10..2019-11") == [date((2019, 10, 1), (2019, 11, 30))])
        #expect(clauses("date:..2019-11") == [date(nil, (2019, 11, 30))])
        #expect(clauses("date:2019-10..") == [date((2019, 10, 1), nil)])
        #expect(clauses("date:2020-02") == [date((2020, 2, 1), (2020, 2, 29))])
    }

    @Test func reversedDateBoundsAreSwapped() {
        #expect(clauses("date:2019-11..2019-10") == [date((2019, 10, 1), (2019, 11, 30))])
    }

    @Test func aDateBeingTypedIgnoresATrailingDash() {
        #expect(clauses("date:2019-") == [date((2019, 1, 1), (2019, 12, 31))])
        #expect(clauses("date:2019-10.") == [date((2019, 10, 1), (2019, 10, 31))])
    }

    @Test func anInvalidDateIsText() {
        #expect(clauses("date:soon ") == [words(["date", "soon"])])
        #expect(clauses("date:2019-13 ") == [words(["date", "2019", "13"])])
    }

    @Test func emptyAndBlankQueries() {
        #expect(SearchQuery(parsing: "").isEmpty)
        #expect(SearchQuery(parsing: "   \t ").isEmpty)
        #expect(!SearchQuery(parsing: "a").isEmpty)
    }

    @Test func garbageParsesToTheWordsItHolds() {
        #expect(clauses("!!!").isEmpty)
        #expect(clauses(":::").isEmpty)
        #expect(clauses("\"").isEmpty)
        #expect(clauses("\"\"\"").isEmpty)
        #expect(clauses("! ! !").isEmpty)
        #expect(clauses("oil \"") == [words(["oil"])])
        #expect(clauses("a\"b c") == [words(["a"]), words(["b", "c"], prefix: true)])
        #expect(clauses("—…‽") .isEmpty)
    }

    @Test func repeatedClausesAreKeptOnce() {
        #expect(clauses("oil oil oil ") == [words(["oil"])])
    }

    @Test func longInputIsCappedAndQuick() {
        let long = (0..<2000).map { "w\($0)" }.joined(separator: " ")
        let parsed = clauses(long)
        #expect(parsed.count == SearchQueryParser.maxClauses)
        #expect(parsed.first == words(["w0"]))

        let quotes = String(repeating: "\"a !b :c ", count: 1200)
        #expect(quotes.count >= 10_000)
        #expect(clauses(quotes).count <= SearchQueryParser.maxClauses)

        let word = String(repeating: "x", count: 10_000)
        #expect(clauses(word) == [words([String(repeating: "x", count: SearchTokenizer.maxTermBytes)], prefix: true)])

        let phrase = "\"" + String(repeating: "ab ", count: 4000) + "\""
        if case .words(let terms, _) = clauses(phrase).first?.target {
            #expect(terms.count == SearchQueryParser.maxPhraseWords)
        } else {
            Issue.record("a long phrase should stay a phrase")
        }
        #expect(clauses(String(repeating: "!", count: 10_000)).isEmpty)
        #expect(clauses(String(repeating: ":", count: 10_000)).isEmpty)
        #expect(clauses(String(repeating: "person:", count: 1500)).count == 1)
    }
}
