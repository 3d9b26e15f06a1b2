import Testing
@testable import BylineCorpus

@Suite struct PlainTextFormatTests {
    @Test func shortFirstLineWithoutFullStopIsTheTitle() {
        let draft = PlainTextFormat.parse("Council approves new bridge\n\nThe council voted on Tuesday to approve the bridge.")
        #expect(draft.title == "Council approves new bridge")
        #expect(draft.paragraphs == [["The council voted on Tuesday to approve the bridge."]])
    }

    @Test func firstLineEndingInFullStopMakesTheWholeFileBody() {
        let text = "The council voted on Tuesday to approve a new bridge. Work starts in May.\n\nCosts are expected to rise."
        let draft = PlainTextFormat.parse(text)
        #expect(draft.title == nil)
        #expect(draft.paragraphs.count == 2)

        let article = articles(text, format: .plainText)
        #expect(article.first?.title == "The council voted on Tuesday to approve a new bridge")
        #expect(article.first.map(paragraphs) == [
            "The council voted on Tuesday to approve a new bridge. Work starts in May.",
            "Costs are expected to rise.",
        ])
    }

    @Test func headlineEndingInEllipsisIsStillAHeadline() {
        let draft = PlainTextFormat.parse("Rivals of the £400 Apple Watch are catching up...\n\nThree makers showed cheaper models this week.")
        #expect(draft.title == "Rivals of the £400 Apple Watch are catching up...")
        #expect(draft.paragraphs == [["Three makers showed cheaper models this week."]])
    }

    @Test func metadataLinesAreRead() {
        let text = """
            Harbour reopens after storm
            By Jane Doe
            14 March 2026
            Source: Reuters
            URL: https://example.com/harbour

            The harbour reopened on Friday after three days of repairs.
            """
        let draft = PlainTextFormat.parse(text)
        #expect(draft.title == "Harbour reopens after storm")
        #expect(draft.author == "Jane Doe")
        #expect(draft.date == NewsDate(year: 2026, month: 3, day: 14))
        #expect(draft.source == "Reuters")
        #expect(draft.url == "https://example.com/harbour")
        #expect(draft.paragraphs == [["The harbour reopened on Friday after three days of repairs."]])
    }

    @Test func labelledDateAndLeadingFurniture() {
        let draft = PlainTextFormat.parse("Skip to content\nMenu\n\nHarbour reopens…\nPublished: 14 March 2026 10:00 GMT\n\nBoats returned on Friday.")
        #expect(draft.title == "Harbour reopens…")
        #expect(draft.date == NewsDate(year: 2026, month: 3, day: 14))
        #expect(draft.paragraphs == [["Boats returned on Friday."]])
    }

    @Test func headlineWithAColonIsNotMetadata() {
        let draft = PlainTextFormat.parse("Budget: council agrees cuts\n\nThe council agreed the cuts on Monday.")
        #expect(draft.title == "Budget: council agrees cuts")
    }

    @Test func bodySentenceStartingWithByIsNotAByline() {
        let draft = PlainTextFormat.parse("Harbour reopens\n\nBy Friday the harbour was open again.")
        #expect(draft.author == nil)
        #expect(draft.paragraphs == [["By Friday the harbour was open again."]])
    }

    @Test func singleNewlinesAreJoinedInsideAParagraph() {
        let text = "Harbour reopens\n\nThe harbour reopened\non Friday after repairs.\n\nBoats returned at noon."
        let article = articles(text, format: .plainText).first
        #expect(article.map(paragraphs) == ["The harbour reopened on Friday after repairs.", "Boats returned at noon."])
    }

    @Test func blankLinesSeparateParagraphs() {
        let draft = PlainTextFormat.parse("Title here\n\nOne.\n\n\n\nTwo.\n   \nThree.")
        #expect(draft.paragraphs == [["One."], ["Two."], ["Three."]])
    }

    @Test func bulletedLinesBecomeSeparateParagraphs() {
        let text = "Budget agreed\n\nThe plan has three parts:\n- new roads\n- more buses\n- cheaper fares"
        let draft = PlainTextFormat.parse(text)
        #expect(draft.paragraphs == [["The plan has three parts:"], ["- new roads"], ["- more buses"], ["- cheaper fares"]])
    }

    @Test func windowsLineEndsAreHandled() {
        let text = "Harbour reopens\r\nBy Jane Doe\r\n\r\nThe harbour reopened\r\non Friday.\r\n"
        let article = articles(text, format: .plainText).first
        #expect(article?.title == "Harbour reopens")
        #expect(article?.author == "Jane Doe")
        #expect(article.map(paragraphs) == ["The harbour reopened on Friday."])
    }

    @Test(arguments: ["", "\n", "one", "one\n", "\n\none\n\n", "Café in Zürich\n\n“Quote” — ok\nlast", "日本語\n\u{1F600}\n"])
    func linesAreTheTextSplitAtEveryLineEnd(_ text: String) {
        let lines = PlainTextFormat.splitLines(text)
        #expect(lines == text.split(separator: "\n", omittingEmptySubsequences: false))
        #expect(lines.joined(separator: "\n") == text)
    }
}
