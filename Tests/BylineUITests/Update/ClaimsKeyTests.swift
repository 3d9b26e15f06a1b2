import BylineCorpus
import BylineUI
import Testing

/// Key sequences in the claims panel: selection, jumping to a claim, speaker filter.
@Suite struct ClaimsKeyTests {
    @Test func enterJumpsToTheClaimAndMarksIt() throws {
        var state = try ReaderFixture.state()
        state.press(.enter, .character("3"))
        #expect(state.focus == .claims)
        #expect(state.openClaims.count >= 2)
        state.press(.character("j"), .enter)
        #expect(state.reader.markedClaim == state.visibleClaimIndices[1])
        let claim = state.openClaims[state.visibleClaimIndices[1]]
        #expect(state.reader.focus == claim.span)
    }

    @Test func starListsTheSpeakersArticles() throws {
        var state = try ReaderFixture.state()
        state.press(.enter, .character("3"))
        let speakerIndex = try #require(state.openClaims.firstIndex { $0.speakerCanonical != nil })
        state.press(.character("g"))
        for _ in 0..<speakerIndex { state.press(.character("j")) }
        state.press(.character("*"))
        #expect(state.list.query.hasPrefix("speaker:"))
    }

    @Test func slashFiltersClaims() throws {
        var state = try ReaderFixture.state()
        state.press(.enter, .character("3"), .character("/"))
        state.type("brenner")
        #expect(state.visibleClaimIndices.count == 1)
        state.press(.escape)
        #expect(state.visibleClaimIndices.count == state.openClaims.count)
    }
}
