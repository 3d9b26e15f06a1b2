import Testing
@testable import BylineCorpus

@Suite struct TokenizerTests {
    func words(_ text: String) -> [String] {
        let tokenized = TokenizedText(text)
        return tokenized.tokens.map { tokenized.text($0) }
    }

    @Test func abbreviationsAndInitialismsStayWhole() {
        #expect(words("Mr. Smith met U.S. officials in St. Louis.") ==
                ["Mr.", "Smith", "met", "U.S.", "officials", "in", "St.", "Louis", "."])
    }

    @Test func numbersKeepSeparatorsAndDecimals() {
        #expect(words("It cost 1,000 or 2.5 more, 3.") == ["It", "cost", "1,000", "or", "2.5", "more", ",", "3", "."])
    }

    @Test func possessivesSplitButNamesWithApostrophesDoNot() {
        #expect(words("Syria's ally O'Brien’s team") == ["Syria", "'s", "ally", "O'Brien", "’s", "team"])
    }

    @Test func sentencesEndAtStopsButNotAfterAbbreviations() {
        let text = TokenizedText("Title here\n\nMr. Jones left. Then Dr. Lee arrived! Sept. 11 was noted.")
        let sentences = text.tokens.filter { $0.kind == .word }.map { ($0.sentence, text.text($0)) }
        let jones = sentences.first { $0.1 == "Jones" }!.0
        let then = sentences.first { $0.1 == "Then" }!.0
        let lee = sentences.first { $0.1 == "Lee" }!.0
        let sept = sentences.first { $0.1 == "Sept." }!.0
        let eleven = text.tokens.first { text.text($0) == "11" }!.sentence
        #expect(then == jones + 1)
        #expect(lee == then)
        #expect(sept == lee + 1)
        #expect(eleven == sept)
    }

    @Test func headlineAndSentenceStartsAreAmbiguousPositions() {
        let text = TokenizedText("Oil Prices Rise\n\n\"Markets rallied,\" said Ann Lee. Traders cheered.")
        let ambiguous = text.tokens.filter { $0.ambiguousCapital && $0.kind == .word }.map { text.text($0) }
        #expect(ambiguous == ["Oil", "Prices", "Rise", "Markets", "Traders"])
    }

    @Test func offsetsAreUnicodeScalars() {
        let text = TokenizedText("Café 😀 Zürich")
        let spans = text.tokens.map { ($0.start, $0.end) }
        #expect(spans.first! == (0, 4))
        #expect(spans.last! == (7, 13))
    }

    @Test func hostileInputStaysLinear() {
        let long = String(repeating: "x", count: 1_000_000)
        #expect(TokenizedText(long).tokens.count == 1)
        let capitals = String(repeating: "Word ", count: 100_000)
        #expect(TokenizedText(capitals).tokens.count == 100_000)
        #expect(!TokenizedText("((( “unbalanced ‘ quotes ] مرحبا 你好 😀").tokens.isEmpty)
    }
}
