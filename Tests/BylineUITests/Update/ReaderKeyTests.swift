import BylineCorpus
import BylineUI
import Testing

/// Key sequences in the reader: scrolling, find as you type, entity motions, layers.
@Suite struct ReaderKeyTests {
    /// The fixture opened on the harbour strike story.
    func harbour(width: Int = 140, height: Int = 30) throws -> AppState {
        var state = try ReaderFixture.state(width: width, height: height)
        state.press(.enter)
        return state
    }

    @Test func findHighlightsEveryMatchAndCounts() throws {
        var state = try harbour()
        state.press(.character("/"))
        state.type("alder")
        // Port Alder, Alder Port Authority, Ines Calder: a find is a substring search, as in less.
        let search = try #require(state.reader.search)
        #expect(search.matches.count == 3)
        #expect(state.screenLines.last?.contains("1/3") == true)
        state.press(.enter)
        state.press(.character("n"))
        #expect(state.reader.search?.current == 1)
        state.press(.character("n"), .character("n"))
        #expect(state.reader.search?.current == 0)
        #expect(state.notice?.text.contains("wrapped") == true)
        state.press(.character("N"))
        #expect(state.reader.search?.current == 2)
    }

    @Test func matchesAreMarkedOverEntityColours() throws {
        var state = try harbour()
        state.press(.character("/"))
        state.type("port alder")
        let screen = AppView.render(state)
        let marked = screen.cells.filter { $0.marks.contains(.match) }
        #expect(marked.count >= "Port Alder".count)
        // The entity keeps its colour under the match mark.
        #expect(marked.contains { [.person, .organisation, .place, .group].contains($0.role) })
    }

    @Test func nextPersonJumpsAndWraps() throws {
        var state = try harbour()
        let people = try #require(state.reader.analysis).entities.filter { $0.kind == .person }.map(\.span).sorted()
        #expect(people.count >= 2)
        state.press(.character("]"), .character("p"))
        #expect(state.reader.focus == people[0])
        state.press(.character("]"), .character("p"))
        #expect(state.reader.focus == people[1])
        state.press(.character("["), .character("p"))
        #expect(state.reader.focus == people[0])
        state.press(.character("["), .character("p"))
        #expect(state.reader.focus == people.last)
    }

    @Test func nextClaimMarksItsSentence() throws {
        var state = try harbour()
        state.press(.character("]"), .character("c"))
        let marked = try #require(state.reader.markedClaim)
        let screen = AppView.render(state)
        #expect(screen.cells.contains { $0.marks.contains(.claim) })
        #expect(marked == 0)
    }

    @Test func entityCellsCarryTheirRole() throws {
        let state = try harbour()
        let screen = AppView.render(state)
        let roles = Set(screen.cells.map(\.role))
        #expect(roles.contains(.person))
        #expect(roles.contains(.money))
        #expect(roles.contains(.percent))
    }

    @Test func layersCycle() throws {
        var state = try harbour()
        state.press(.character("t"))
        #expect(state.reader.layers == .entities)
        #expect(!Set(AppView.render(state).cells.map(\.role)).contains(.money))
        state.press(.character("t"))
        #expect(state.reader.layers == .numbers)
        #expect(!Set(AppView.render(state).cells.map(\.role)).contains(.person))
        state.press(.character("t"))
        let roles = Set(AppView.render(state).cells.map(\.role))
        #expect(!roles.contains(.person) && !roles.contains(.money))
        state.press(.character("t"))
        #expect(state.reader.layers == .all)
    }

    @Test func starFiltersTheListByTheFocusedEntity() throws {
        var state = try harbour()
        state.press(.character("]"), .character("p"), .character("]"), .character("p"))
        state.press(.character("*"))
        #expect(state.list.query == "person:\"Tomas Brenner\"")
        #expect(state.list.visible.count >= 1)
    }

    @Test func nextArticleFromTheReader() throws {
        var state = try harbour()
        state.press(.character("J"))
        #expect(state.reader.article == state.list.visible[1])
        #expect(state.focus == .reader)
        state.press(.character("K"))
        #expect(state.reader.article == state.list.visible[0])
    }

    @Test func resizeKeepsTheReadingPosition() throws {
        var state = try harbour(width: 140, height: 16)
        state.press(.character("j"), .character("j"), .character("j"))
        let lineBefore = state.reader.layout.lines[state.reader.top]
        state.press(.character("]"), .character("c"))
        _ = state.handle(.resize(Size(width: 60, height: 20)))
        #expect(state.focus == .reader)
        _ = state.handle(.resize(Size(width: 140, height: 16)))
        let lineAfter = state.reader.layout.lines[state.reader.top]
        #expect(abs(lineAfter.start - lineBefore.start) < 200)
        #expect(state.reader.article != nil)
    }
}
