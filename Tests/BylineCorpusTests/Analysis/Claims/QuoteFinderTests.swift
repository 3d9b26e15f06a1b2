@testable import BylineCorpus
import Testing

/// Quote marks paired into quoted spans, including quotes that run on
/// across paragraphs (each paragraph of a long quote opens with a mark).
@Suite struct QuoteFinderTests {
    func quotes(_ text: String) -> [QuotedSpan] {
        QuoteFinder.quotes(in: Array(text.unicodeScalars))
    }

    func content(_ text: String, _ span: QuotedSpan) -> String {
        String(String.UnicodeScalarView(Array(text.unicodeScalars)[span.contentStart..<span.contentEnd]))
    }

    @Test func straightAndCurlyQuotesPairUpAndApostrophesDoNot() {
        let text = "He said \"it is over\" and O’Brien said “we don’t know” today."
        let found = quotes(text)
        #expect(found.map { content(text, $0) } == ["it is over", "we don’t know"])
        #expect(found.allSatisfy { !$0.runsOn && !$0.continuesPrevious })
    }

    @Test func aQuoteOpenAtTheParagraphEndRunsOnIntoAParagraphOpeningWithAMark() {
        let text = "Headline\n\n\"We will win this, she said.\n\n\"And then we will rest,\" she added."
        let found = quotes(text)
        #expect(found.count == 2)
        #expect(found.first?.runsOn == true)
        #expect(found.last.map { content(text, $0) } == "And then we will rest,")
        #expect(found.last?.continuesPrevious == true)
    }

    @Test func aParagraphOpeningWithTextEndsTheRunningQuote() {
        // Long ASCII runs between marks, so the scan skips ahead in both states.
        let text = "Headline\n\n\"We will win this and that and more, she said.\n\nThen a plain sentence follows here. \"A new quote opens now,\" he said."
        let found = quotes(text)
        #expect(found.count == 2)
        #expect(found.last.map { content(text, $0) } == "A new quote opens now,")
        #expect(found.last?.continuesPrevious == false)
    }
}
