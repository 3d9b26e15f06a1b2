import Testing
@testable import BylineCorpus

@Suite struct EntityRecognizerTests {
    /// Entities of `body` (under a plain headline) as "TYPE text → canonical".
    func entities(_ body: String, headline: String = "A headline about nothing") -> [String] {
        let text = headline + "\n\n" + body
        let tokenized = TokenizedText(text)
        var evidence = CapitalisationEvidence()
        evidence.add(tokenized)
        let recognizer = EntityRecognizer(gazetteer: .shared, evidence: evidence)
        return recognizer.entities(in: tokenized).map { mention in
            let scalars = Array(text.unicodeScalars)[mention.span.start..<mention.span.end]
            #expect(String(String.UnicodeScalarView(scalars)) == mention.text, "span and text agree")
            return "\(mention.kind.rawValue) \(mention.text) → \(mention.canonical)"
        }
    }

    @Test func titlesAreNotPartOfNamesAndSurnamesMapToFullNames() {
        let found = entities("Russian Defense Ministry Spokesman Igor Konashenkov said on Saturday that talks had failed. Konashenkov added that more would follow.")
        #expect(found.contains("PERSON Igor Konashenkov → Igor Konashenkov"))
        #expect(found.contains("PERSON Konashenkov → Igor Konashenkov"))
        #expect(!found.contains { $0.contains("Spokesman") })
    }

    @Test func honorificsMarkPeople() {
        let found = entities("The report was welcomed by Mr Howard and by chief executive Paul Batchelor.")
        #expect(found.contains("PERSON Howard → Howard"))
        #expect(found.contains("PERSON Paul Batchelor → Paul Batchelor"))
    }

    @Test func placeAliasesShareOneCanonicalName() {
        let found = entities("Troops from the US moved north. The U.S. embassy and the United States government agreed.")
        #expect(found.contains("PLACE US → United States"))
        #expect(found.contains("PLACE U.S. → United States"))
        #expect(found.contains("PLACE United States → United States"))
    }

    @Test func acronymsInBracketsTakeTheirExpansion() {
        let found = entities("Fighters of the Islamic State of Iraq and Syria (ISIS, ISIL or Daesh) retreated. Later ISIS denied it.")
        #expect(found.contains { $0.hasPrefix("ORG ISIS → ") })
        #expect(found.contains { $0.hasPrefix("ORG ISIL → ") })
        #expect(found.filter { $0.hasPrefix("ORG ISIS → ") }.count == 2)
    }

    @Test func organisationHeadsAndGroups() {
        let found = entities("The Syrian Observatory for Human Rights said Kurdish fighters and Iraqi forces had clashed near Aleppo.")
        #expect(found.contains("ORG Syrian Observatory for Human Rights → Syrian Observatory for Human Rights"))
        #expect(found.contains { $0.hasPrefix("GROUP Kurdish") })
        #expect(found.contains { $0.hasPrefix("GROUP Iraqi") })
        #expect(found.contains { $0.hasPrefix("PLACE Aleppo") })
    }

    @Test func sentenceStartsAndCalendarWordsAreNotNames() {
        let found = entities("Meanwhile, the talks went on. On Monday in December the minister left. However, nothing changed.")
        #expect(found.isEmpty)
    }

    @Test func headlineNamesAreTakenWhenTheBodyKnowsThem() {
        let found = entities("Igor Konashenkov spoke in Moscow.", headline: "Konashenkov Warns Of Oil Smuggling In Syria")
        #expect(found.contains("PERSON Konashenkov → Igor Konashenkov"))
        #expect(found.contains { $0.hasPrefix("PLACE Syria") })
        #expect(!found.contains { $0.contains("Warns") || $0.contains("Oil") })
    }

    @Test func headlineNamesOfSeveralTokensComeFromTheGazetteersAndTheBody() {
        let places = entities("Shares rose.", headline: "New Zealand Backs Bank Of England Move")
        #expect(places == ["PLACE New Zealand → New Zealand", "PLACE England → England"])
        let party = entities("The talks went on.", headline: "Labour Party Meets")
        #expect(party == ["ORG Labour Party → Labour Party"])
        let named = entities("Kelli White won.", headline: "White Wins As Kelli White Returns")
        #expect(named == ["PERSON White → Kelli White", "PERSON Kelli White → Kelli White", "PERSON Kelli White → Kelli White"])
    }

    @Test func headlineStartsRuleOutOnlyNamesNoHeadlineWordCanStart() throws {
        let starts = try #require(HeadlineStarts(TokenizedText("Blair Backs Iraq Plan\n\nBody.")))
        #expect(starts.mayStart("Blair"))
        #expect(starts.mayStart("Iraq"))
        #expect(!starts.mayStart("Howard"))
        // Not plain ASCII at the start: never ruled out.
        #expect(starts.mayStart("Élysée"))
        #expect(starts.mayStart("E\u{301}lysée"))
        #expect(starts.mayStart(""))
        // A headline word starting beyond ASCII: nothing is ruled out.
        let wide = try #require(HeadlineStarts(TokenizedText("Élysée Backs Plan\n\nBody.")))
        #expect(wide.mayStart("Howard"))
        #expect(HeadlineStarts(TokenizedText("no capitals here\n\nBody.")) == nil)
    }

    @Test func hostileInputFinishes() {
        _ = entities(String(repeating: "Word ", count: 100_000))
        _ = entities(String(repeating: "Name, ", count: 50_000))
        _ = entities("ALL CAPS ARTICLE ABOUT THE UNITED NATIONS AND NATO IN IRAQ.")
        _ = entities("مرحبا Beijing 你好 😀 (Unbalanced “quotes and [brackets")
    }
}
