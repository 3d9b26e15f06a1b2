import Testing
@testable import BylineCorpus

@Suite struct CapitalisationEvidenceTests {
    @Test func wordsSeenLowerCaseMidSentenceAreCommon() {
        let evidence = CapitalisationEvidence(article: """
            A headline

            Meanwhile the talks went on. The minister said meanwhile that Konashenkov and Konashenkov's staff agreed.
            """)
        #expect(evidence.isCommonWord("Meanwhile") == true)
        #expect(evidence.isCommonWord("Konashenkov") == false)
        #expect(evidence.isCommonWord("Zanzibar") == nil)
    }

    @Test func headlinesAndSentenceStartsGiveNoEvidence() {
        let evidence = CapitalisationEvidence(article: "Storm Hits Coast\n\nStorm damage was wide.")
        #expect(evidence.isCommonWord("Storm") == nil)
        #expect(evidence.isCommonWord("damage") == true)
    }

    @Test func evidenceMergesAcrossArticles() {
        let merged = CapitalisationEvidence(merging: [
            CapitalisationEvidence(article: "T\n\nHe met Ford there."),
            CapitalisationEvidence(article: "T\n\nShe drove a ford across, then another ford."),
        ])
        #expect(merged.isCommonWord("Ford") == true)
    }
}
