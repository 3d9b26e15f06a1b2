import Testing
@testable import BylineCorpus

@Suite struct MarkdownFormatTests {
    @Test func yamlFrontMatterGivesTheMetadata() {
        let draft = MarkdownFormat.parse("""
            ---
            title: "Floods close coastal road"
            date: 2026-03-14
            author: 'Jane Doe'
            source: Example Gazette
            url: https://example.com/floods
            ---

            The coastal road closed on Friday after heavy rain.
            """)
        #expect(draft.title == "Floods close coastal road")
        #expect(draft.date == NewsDate(year: 2026, month: 3, day: 14))
        #expect(draft.author == "Jane Doe")
        #expect(draft.source == "Example Gazette")
        #expect(draft.url == "https://example.com/floods")
        #expect(draft.paragraphs == [["The coastal road closed on Friday after heavy rain."]])
    }

    @Test func authorListsAreJoined() {
        let block = MarkdownFormat.parse("---\ntitle: Floods\nauthor:\n  - Jane Doe\n  - Sam Lee\n---\n\nThe road closed.")
        #expect(block.author == "Jane Doe, Sam Lee")
        let inline = MarkdownFormat.parse("---\ntitle: Floods\nauthors: [\"Jane Doe\", 'Sam Lee']\n---\n\nThe road closed.")
        #expect(inline.author == "Jane Doe, Sam Lee")
    }

    @Test func headingIsTheTitle() {
        let draft = MarkdownFormat.parse("# Floods close coastal road\n\nThe road closed on Friday.\n\n## Repairs\n\nWork starts soon.")
        #expect(draft.title == "Floods close coastal road")
        #expect(draft.paragraphs == [["The road closed on Friday."], ["Repairs"], ["Work starts soon."]])
    }

    @Test func inlineMarkupIsReducedToText() {
        let text = "# Budget\n\nThe **mayor** said the *new* [budget](https://example.com/b) was _final_, calling `rebuild_fund` a success."
        let article = articles(text, format: .markdown).first
        #expect(article.map(paragraphs) == ["The mayor said the new budget was final, calling rebuild_fund a success."])
    }

    @Test func imagesAreDropped() {
        let text = "# Budget\n\n![A flooded road](flood.jpg)\n\nThe road reopened on Monday."
        let article = articles(text, format: .markdown).first
        #expect(article.map(paragraphs) == ["The road reopened on Monday."])
        #expect(article?.text.contains("flood") == false)
    }

    @Test func snakeCaseIsKept() {
        #expect(MarkdownFormat.inlineText("the flood_relief_fund account") == "the flood_relief_fund account")
        #expect(MarkdownFormat.inlineText("an _emphasised_ word") == "an emphasised word")
    }

    @Test func withoutHeadingOrFrontMatterItReadsLikePlainText() {
        let draft = MarkdownFormat.parse("Floods close coastal road\nBy Jane Doe\n\nThe road closed on Friday.")
        #expect(draft.title == "Floods close coastal road")
        #expect(draft.author == "Jane Doe")
        #expect(draft.paragraphs == [["The road closed on Friday."]])
    }
}
