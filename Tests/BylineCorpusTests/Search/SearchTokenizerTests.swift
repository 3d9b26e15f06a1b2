import Testing
@testable import BylineCorpus

@Suite struct SearchTokenizerTests {
    private func terms(_ text: String) -> [String] {
        SearchTokenizer.terms(text).map { String(decoding: $0, as: UTF8.self) }
    }

    private func spans(_ text: String) -> [TextSpan] {
        var text = text
        var spans = [TextSpan]()
        text.withUTF8 { bytes in
            SearchTokenizer.forEachToken(in: bytes) { _, token in
                spans.append(TextSpan(start: token.scalarStart, end: token.scalarEnd))
                return true
            }
        }
        return spans
    }

    @Test func wordsAreLowerCasedRunsOfLettersAndDigits() {
        #expect(terms("Oil prices ROSE 5% in 2019.") == ["oil", "prices", "rose", "5", "in", "2019"])
    }

    @Test func apostrophesHyphensAndStopsSplitWords() {
        #expect(terms("Blair's O'Brien don’t covid-19 U.S. 2.5") == ["blair", "s", "o", "brien", "don", "t", "covid", "19", "u", "s", "2", "5"])
    }

    @Test func diacriticsAreFolded() {
        #expect(terms("Élysée Ærø Straße naïve Łódź İstanbul") == ["elysee", "aero", "strasse", "naive", "lodz", "istanbul"])
    }

    @Test func decomposedTextFoldsLikeComposed() {
        #expect(terms("Cafe\u{301} CAFÉ") == ["cafe", "cafe"])
    }

    @Test func otherScriptsAreLowerCased() {
        #expect(terms("Москва ΑΘΗΝΑ 東京") == ["москва", "αθηνα", "東京"])
    }

    @Test func punctuationAndSymbolsSeparate() {
        #expect(terms("“quoted”—dash…£5 €3 a_b") == ["quoted", "dash", "5", "3", "a", "b"])
    }

    @Test func positionsAreUnicodeScalarOffsets() {
        #expect(spans("é oil") == [TextSpan(start: 0, end: 1), TextSpan(start: 2, end: 5)])
        #expect(spans("“Café” 東京") == [TextSpan(start: 1, end: 5), TextSpan(start: 7, end: 9)])
        #expect(spans("e\u{301}x y") == [TextSpan(start: 0, end: 3), TextSpan(start: 4, end: 5)])
    }

    @Test func longWordsAreCutOnAScalarBoundary() {
        let cut = terms(String(repeating: "a", count: 63) + "é" + "bc")
        #expect(cut == [String(repeating: "a", count: 63) + "e"])
        let wide = terms(String(repeating: "a", count: 63) + "ß")
        #expect(wide == [String(repeating: "a", count: 63)])
        let long = terms(String(repeating: "ab", count: 100))
        #expect(long.first?.utf8.count == SearchTokenizer.maxTermBytes)
    }

    @Test func stoppingEarly() {
        var text = "one two three"
        var seen = [String]()
        text.withUTF8 { bytes in
            SearchTokenizer.forEachToken(in: bytes) { term, _ in
                seen.append(String(decoding: term, as: UTF8.self))
                return seen.count < 2
            }
        }
        #expect(seen == ["one", "two"])
    }
}
