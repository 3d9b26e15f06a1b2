import Testing
@testable import BylineCorpus

/// The byte-level word splits must give what splitting on Characters gave.
@Suite struct StringWordsTests {
    static let samples = [
        "", " ", "Blair", "Jeroen van der Veer", "  two  spaces  ", "Zoë Ball", "São Paulo FC", "e\u{301}cole Polytechnique",
        "Workers' Union", "Tony Blair ", " Tony", "日本 銀行", "a \u{1F1EC}\u{1F1E7} flag",
    ]

    @Test(arguments: samples) func wordsAreTheSpaceSeparatedParts(_ text: String) {
        #expect(text.spaceSeparatedWords == text.split(separator: " ").map(String.init))
        #expect(text.lastSpaceSeparatedWord == text.split(separator: " ").last.map(String.init))
    }

    @Test func wordsOfAStringCutFromAnother() {
        let text = String(Substring("Gordon Brown MP").dropFirst(7))
        #expect(text.spaceSeparatedWords == ["Brown", "MP"])
    }

    @Test func trailingPunctuationLeavesAQuotation() {
        #expect("We will win,".trimmingTrailingPunctuation() == "We will win")
        #expect("It is over.;:".trimmingTrailingPunctuation() == "It is over")
        #expect("Mr. Smith said no".trimmingTrailingPunctuation() == "Mr. Smith said no")
        #expect(",.".trimmingTrailingPunctuation() == "")
        #expect("café.".trimmingTrailingPunctuation() == "café")
        #expect("".trimmingTrailingPunctuation() == "")
    }
}

extension StringWordsTests {
    @Test(arguments: samples) func containsSpaceFindsTheSpaceByte(_ text: String) {
        #expect(text.containsSpace == text.contains(" "))
    }
}
