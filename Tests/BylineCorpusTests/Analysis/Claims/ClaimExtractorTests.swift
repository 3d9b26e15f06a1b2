import Testing
@testable import BylineCorpus

@Suite struct ClaimExtractorTests {
    /// Claims of `body` (under a plain headline) as "speaker → canonical | cue | content | kind".
    func claims(_ body: String) -> [String] {
        let text = "A headline about nothing\n\n" + body
        let article = Article(path: "a.txt", text: text, titleSpan: TextSpan(start: 0, end: 24), paragraphSpans: [])
        let analysis = Analyzer().analyze(article)
        let scalars = Array(text.unicodeScalars)
        return analysis.claims.map { claim in
            #expect(claim.span.start >= 0 && claim.span.end <= scalars.count)
            #expect(claim.contentSpan.start >= claim.span.start || claim.kind == .direct)
            #expect(String(String.UnicodeScalarView(scalars[claim.contentSpan.start..<claim.contentSpan.end])) == claim.content)
            return "\(claim.speaker ?? "-") → \(claim.speakerCanonical ?? "-") | \(claim.cue) | \(claim.content) | \(claim.kind.rawValue)"
        }
    }

    @Test func saidThatReportedSpeech() {
        #expect(claims("Finance Minister Alicia Moreno said on Monday that the budget would not be rewritten.") ==
                ["Finance Minister Alicia Moreno → Alicia Moreno | said | the budget would not be rewritten | indirect"])
    }

    @Test func quoteThenSpeakerThenCue() {
        #expect(claims("“We will not back down from this fight,” Moreno said.") ==
                ["Moreno → Moreno | said | We will not back down from this fight | direct"])
    }

    @Test func quoteThenCueThenSpeaker() {
        #expect(claims("\"The ship has sailed on this deal,\" said Tom Ellis, a trader.") ==
                ["Tom Ellis → Tom Ellis | said | The ship has sailed on this deal | direct"])
    }

    @Test func colonCueBeforeTheQuote() {
        #expect(claims("The minister told reporters: “Nobody else is offering a single euro.”") ==
                ["The minister → - | told | Nobody else is offering a single euro | direct"])
    }

    @Test func accordingTo() {
        #expect(claims("According to Konashenkov, the contract was executed by a private company.") ==
                ["Konashenkov → Konashenkov | According to | the contract was executed by a private company | according_to"])
    }

    @Test func pronounSpeakerTakesThePreviousSpeaker() {
        let found = claims("Mark Ellison said prices would keep rising this year. He added that traders were nervous about the frost.")
        #expect(found.count == 2)
        #expect(found[1].hasPrefix("He → Mark Ellison | added | traders were nervous about the frost"))
    }

    @Test func aQuoteParagraphWithoutACueKeepsTheSpeaker() {
        let found = claims("“For years we have talked about the sea,” Nikos Stavrou told reporters. “Some islands have lost beaches.\n\n“Tonight we finally started paying.”")
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.contains("Nikos Stavrou") })
        #expect(found[2].contains("Tonight we finally started paying"))
    }

    @Test func appositionsAndInterjectedCues() {
        #expect(claims("Gary Dunn, development director at Quillon, said the company would keep its plant open.") ==
                ["Gary Dunn → Gary Dunn | said | the company would keep its plant open | indirect"])
        let interjected = claims("The hard part, said Mr Okafor, is finding the staff.")
        #expect(interjected.count == 1)
        #expect(interjected.first?.hasPrefix("Mr Okafor → ") == true)
    }

    @Test func participlesTakeTheSentenceSubject() {
        let found = claims("Unions reacted angrily to the plan, saying the airline was profitable and did not need cuts.")
        #expect(found == ["Unions → Unions | saying | the airline was profitable and did not need cuts | indirect"])
    }

    @Test func relativeClauseSpeakers() {
        #expect(claims("The plan was backed by Helena Varga, who said the cable would cut prices for millions.") ==
                ["Helena Varga → Helena Varga | said | the cable would cut prices for millions | indirect"])
    }

    @Test func pronounsFollowGender() {
        let found = claims("Mark Ellison met Anna Berg on Monday. Mrs Berg said the market was calm. Mr Ellison said prices would rise. She added that buyers were nervous.")
        #expect(found.last?.hasPrefix("She → Anna Berg | added | buyers were nervous") == true)
    }

    @Test func scareQuotesAreNotClaims() {
        #expect(claims("Officials spoke of a so-called \"green corridor\" for the convoys.").isEmpty)
    }

    @Test func accusationsAndDenials() {
        let found = claims("Damascus has repeatedly accused Washington of carrying out an illegal occupation. The ministry denied that any deal had been made.")
        #expect(found.contains { $0.hasPrefix("Damascus → Damascus | accused | Washington of carrying out an illegal occupation") })
        #expect(found.contains { $0.hasPrefix("The ministry → - | denied | any deal had been made") })
    }

    @Test func figureClaimsNeedAFigureAndAnEntityAndNoSource() {
        let found = claims("Exports from Brazil rose by 12% to $4bn last year, the highest level on record.")
        #expect(found.count == 1)
        #expect(found[0].hasSuffix("| figure"))
    }

    @Test func hostileQuotesFinish() {
        _ = claims(String(repeating: "“Open but never closed, he said ", count: 2_000))
        _ = claims(String(repeating: "He said that it was fine. ", count: 5_000))
        _ = claims(Array(repeating: "word", count: 10_000).joined(separator: " ") + " said the man.")
        _ = claims("« Bonjour » „Hallo“ ‘single’ don’t O’Brien \"straight\" ” stray ’ marks")
    }
}
