import Testing
@testable import BylineCorpus

@Suite struct ArticleAssemblerTests {
    private func assemble(title: String? = nil, _ paragraphs: [[String]]) -> Article? {
        var draft = ArticleDraft()
        draft.title = title
        draft.paragraphs = ArticleDraft.paragraphs(of: paragraphs)
        return try? ArticleAssembler.assemble(draft, path: "a.txt").get()
    }

    /// The text at `span`, sliced by Unicode-scalar offsets.
    private func slice(_ text: String, _ span: TextSpan) -> [Unicode.Scalar] {
        Array(scalars(text)[span.start..<span.end])
    }

    @Test func textIsTitleThenParagraphs() throws {
        let article = try #require(assemble(title: "Harbour reopens", [["Boats returned."], ["Repairs cost £2m."]]))
        #expect(article.text == "Harbour reopens\n\nBoats returned.\n\nRepairs cost £2m.")
        #expect(article.id == "a.txt")
        #expect(article.path == "a.txt")
    }

    @Test func spansPointAtTheirParagraphs() throws {
        let bodies = [
            ["Café owners in Zürich 😀 welcomed the rules."],
            ["The mayor said:", "“It’s a good day.”"],
            ["東京の市場は上昇した。"],
            ["Plain ASCII closes the piece."],
        ]
        let article = try #require(assemble(title: "Naïve café rules 🇨🇭", bodies))
        let expected = ["Café owners in Zürich 😀 welcomed the rules.", "The mayor said: “It’s a good day.”",
                        "東京の市場は上昇した。", "Plain ASCII closes the piece."]
        #expect(article.paragraphSpans.count == expected.count)
        for (span, paragraph) in zip(article.paragraphSpans, expected) {
            #expect(slice(article.text, span) == scalars(paragraph))
        }
        #expect(paragraphs(article) == expected)
        #expect(slice(article.text, article.titleSpan) == scalars("Naïve café rules 🇨🇭"))
        #expect(article.titleSpan.start == 0)
    }

    @Test func spansHoldForEveryFormat() {
        let inputs: [(String, FileFormat)] = [
            ("Harbour reopens\nBy Jane Doe\n\nBoats returned\non Friday.\n\n- one\n- two", .plainText),
            ("# Café news\n\nThe **café** reopened.\n\nIt serves crème brûlée.", .markdown),
            ("<title>Zürich</title><p>First &amp; second.</p><p>Third 😀 para.</p>", .html),
            (#"[{"title": "Ünïcode", "text": "One.\n\nTwo 東京."}, {"text": "No title here. Second sentence."}]"#, .json),
        ]
        for (text, format) in inputs {
            let read = articles(text, format: format)
            #expect(!read.isEmpty, "\(format)")
            for article in read {
                #expect(slice(article.text, article.titleSpan) == scalars(article.title))
                let joined = ([article.title] + paragraphs(article)).joined(separator: "\n\n")
                #expect(scalars(joined) == scalars(article.text), "\(format)")
                #expect(article.paragraphSpans.last?.end == article.text.unicodeScalars.count)
            }
        }
    }

    @Test func wordCountCoversTheBodyOnly() throws {
        let article = try #require(assemble(title: "Four words in title", [["The mayor — who was re-elected — spoke."], ["Turnout was 8,200 (42%)."]]))
        #expect(article.wordCount == 6 + 4)
        #expect(Article.wordCount(of: "東京 café 2026 … —") == 3)
    }

    @Test func wordCountOfTheTextIsTheSumOverParagraphs() throws {
        let bodies = [["東京の市場は上昇した。 Stocks rose"], ["— 8,200 …"], ["end.", "Then more"], ["…"], ["a b  c"]]
        let article = try #require(assemble(title: "Title words", bodies))
        let sum = article.paragraphs.reduce(0) { $0 + Article.wordCount(of: String($1)) }
        #expect(article.wordCount == sum)
        #expect(article.paragraphs.count == 4, "a paragraph of no words is dropped: \(article.paragraphs)")
        #expect(sum == 3 + 3 + 0 + 3)
    }

    @Test func scalarCountMatchesTheScalarsAtEveryLength() {
        let samples = ["", "a", "café", "Zürich 😀 東京の市場", String(repeating: "é", count: 9), "plain ASCII text of some length"]
        for sample in samples {
            for cut in 0...sample.unicodeScalars.count {
                let text = String(String.UnicodeScalarView(sample.unicodeScalars.prefix(cut)))
                #expect(ArticleAssembler.scalarCount(text) == text.unicodeScalars.count, "\(text)")
            }
        }
    }

    @Test func onlyBoilerplateFailsWithNoText() {
        var draft = ArticleDraft()
        draft.title = "Harbour reopens"
        draft.paragraphs = [["- Advertisement -"], ["Subscribe to our newsletter"], ["12 comments"]]
        #expect(throws: ArticleAssembler.Failure.noText) { try ArticleAssembler.assemble(draft, path: "a").get() }
        #expect(throws: ArticleAssembler.Failure.noText) { try ArticleAssembler.assemble(ArticleDraft(), path: "a").get() }
        #expect(problems("Harbour reopens\n\n- Advertisement -\n\nSubscribe to our newsletter", format: .plainText).count == 1)
    }

    @Test func titleRepeatedAsFirstParagraphIsDropped() throws {
        let article = try #require(assemble(title: "Harbour reopens", [["Harbour reopens"], ["Boats returned."]]))
        #expect(paragraphs(article) == ["Boats returned."])
    }

    @Test func derivedTitleIsTheFirstSentence() throws {
        let article = try #require(assemble([["U.S. officials met on Monday. Talks continue."]]))
        #expect(article.title == "U.S. officials met on Monday")
        #expect(paragraphs(article) == ["U.S. officials met on Monday. Talks continue."])
        #expect(ArticleAssembler.derivedTitle(from: "Who pays for the bridge? Nobody knows.") == "Who pays for the bridge?")
        #expect(ArticleAssembler.derivedTitle(from: "Sales rose 12.5% in 2025. More soon.") == "Sales rose 12.5% in 2025")
    }

    @Test func honorificsDoNotEndTheDerivedTitle() {
        #expect(ArticleAssembler.derivedTitle(from: "Police said Mr. Smith was released on Monday. He denies it.")
            == "Police said Mr. Smith was released on Monday")
        #expect(ArticleAssembler.derivedTitle(from: "Dr. Patel and Mrs. Jones led the inquiry. It ends today.")
            == "Dr. Patel and Mrs. Jones led the inquiry")
    }

    @Test func longDerivedTitleIsCutAtAWordWithEllipsis() {
        let sentence = "The regional transport authority announced on Tuesday that the long-delayed coastal railway extension would finally open next spring"
        let title = ArticleAssembler.derivedTitle(from: sentence + ". Work continues.")
        #expect(title.hasSuffix("…"))
        let cut = String(title.dropLast())
        #expect(cut.count <= ArticleAssembler.derivedTitleLimit)
        #expect(sentence.hasPrefix(cut))
        #expect(sentence.dropFirst(cut.count).first == " ")
        #expect(cut == "The regional transport authority announced on Tuesday that the long-delayed coastal railway")
    }

    @Test func metadataIsCleaned() throws {
        var draft = ArticleDraft()
        draft.title = "Harbour\nreopens"
        draft.author = "  Jane   Doe "
        draft.source = ""
        draft.url = "https://example.com/h"
        draft.paragraphs = [["Boats returned."]]
        let article = try ArticleAssembler.assemble(draft, path: "a").get()
        #expect(article.title == "Harbour reopens")
        #expect(article.author == "Jane Doe")
        #expect(article.source == nil)
        #expect(article.url == "https://example.com/h")
    }
}
