import Testing
@testable import BylineCorpus

/// The whole analysis over hostile articles: it finishes, and every span
/// slices exactly the mention's text.
@Suite struct AnalyzerTests {
    func article(_ body: String) -> Article {
        let draft = ArticleDraft(title: "Hostile input", paragraphs: [[body[...]]])
        return try! ArticleAssembler.assemble(draft, path: "hostile.txt").get()
    }

    func checkSpans(_ body: String) -> ArticleAnalysis {
        let article = article(body)
        let analysis = Analyzer().analyze(article)
        let scalars = Array(article.text.unicodeScalars)
        for mention in analysis.entities {
            #expect(String(String.UnicodeScalarView(scalars[mention.span.start..<mention.span.end])) == mention.text)
        }
        for mention in analysis.numbers {
            #expect(String(String.UnicodeScalarView(scalars[mention.span.start..<mention.span.end])) == mention.text)
        }
        return analysis
    }

    @Test func aMegabyteWithoutSpacesOrPunctuation() {
        let analysis = checkSpans(String(repeating: "abcdefghij", count: 100_000))
        #expect(analysis.entities.isEmpty)
    }

    @Test func aHundredThousandCapitalisedWords() {
        _ = checkSpans(Array(repeating: "Capital", count: 100_000).joined(separator: " "))
    }

    @Test func allCapsArticles() {
        let analysis = checkSpans("THE UNITED NATIONS SAID ON MONDAY THAT 500 TROOPS HAD LEFT BAGHDAD FOR GOOD.")
        #expect(analysis.numbers.contains { $0.text == "500" })
    }

    @Test func otherScriptsAndEmoji() {
        _ = checkSpans("قال الرئيس إن 500 جندي غادروا. 北京说有三千人。 😀 Angela Merkel visited Paris 🇫🇷 with 3 aides.")
    }

    @Test func hugeNumbersHaveNoValue() {
        let analysis = checkSpans("The debt reached 99999999999999999999999 and the model said 1e400 units.")
        let huge = analysis.numbers.first { $0.text.hasPrefix("99999") }
        #expect(huge != nil)
        #expect(huge?.value == nil)
    }

    @Test func unbalancedQuotesAndBrackets() {
        _ = checkSpans("“He said (that [the “deal ‘was done, \"Smith added ((( ]]] »")
    }
}
