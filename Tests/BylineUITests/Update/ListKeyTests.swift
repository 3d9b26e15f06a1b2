import BylineCorpus
import BylineUI
import Testing

/// Key sequences in the article list: moving, opening, filtering as you type, sorting.
@Suite struct ListKeyTests {
    @Test func listsNewestFirst() throws {
        let state = try ReaderFixture.state()
        let dates = state.list.visible.map { state.library.articles[$0].date?.iso8601 ?? "" }
        #expect(dates == ["2021-03-04", "2021-02-11", "2020-12-30"])
    }

    @Test func movingStopsAtTheEnds() throws {
        var state = try ReaderFixture.state()
        state.press(.character("k"))
        #expect(state.list.selected == 0)
        state.press(.character("j"), .down, .down, .down)
        #expect(state.list.selected == 2)
        state.press(.character("g"))
        #expect(state.list.selected == 0)
        state.press(.character("G"))
        #expect(state.list.selected == 2)
    }

    @Test func enterOpensTheArticleAndMarksItRead() throws {
        var state = try ReaderFixture.state()
        state.press(.down)
        let effects = state.press(.enter)
        let opened = try #require(state.reader.article)
        #expect(state.focus == .reader)
        #expect(state.library.articles[opened].title == "Grain prices climb on export fears")
        #expect(state.marks.read.contains(state.library.articles[opened].id))
        #expect(effects.contains(.saveReadingMarks))
    }

    @Test func filterNarrowsOnEveryKeystroke() throws {
        var state = try ReaderFixture.state()
        state.press(.character("/"))
        var counts: [Int] = []
        for character in "wheat" {
            state.type(String(character))
            counts.append(state.list.visible.count)
        }
        #expect(counts.last == 1)
        #expect(state.screenLines.last?.contains("1 of 3") == true)
        state.press(.enter)
        #expect(state.prompt == nil)
        #expect(state.list.query == "wheat")
        state.press(.escape)
        #expect(state.list.query.isEmpty)
        #expect(state.list.visible.count == 3)
    }

    @Test func aQueryRanksByRelevanceAndEscRestoresTheOrder() throws {
        var state = try ReaderFixture.state()
        state.press(.character("/"))
        state.type("said")
        #expect(state.list.order == .relevance)
        let scores = state.list.visible.map { state.list.scores[$0] ?? 0 }
        #expect(scores == scores.sorted(by: >), "best match first: \(scores)")
        state.press(.escape)
        #expect(state.list.order == .date)
        let dates = state.list.visible.map { state.library.articles[$0].date?.iso8601 ?? "" }
        #expect(dates == ["2021-03-04", "2021-02-11", "2020-12-30"])
    }

    @Test func anOrderChosenWhileFilteringStays() throws {
        var state = try ReaderFixture.state()
        state.press(.character("/"))
        state.type("said")
        state.press(.enter, .character("o"))
        #expect(state.list.order == .date)
        state.press(.character("o"))
        #expect(state.list.order == .title)
        state.press(.escape)
        #expect(state.list.query.isEmpty)
        #expect(state.list.order == .title)
    }

    @Test func snippetsShowTheFirstMatchUnderEachTitle() throws {
        var state = try ReaderFixture.state(width: 120, height: 20)
        state.press(.character("/"))
        state.type("export")
        let screen = AppView.render(state)
        let list = try #require(state.layout.list)
        let snippetRow = ScreenLayout.content(of: list).y + 1
        let row = (0..<list.width).map { screen[list.x + $0, snippetRow] }
        let line = String(row.map(\.character))
        #expect(line.contains("exports"), "\(line)")
        #expect(row.contains { $0.marks.contains(.match) }, "the match is marked on the search channel")
        state.press(.escape)
        #expect(state.list.snippets.isEmpty)
        #expect(!AppView.render(state).lines[snippetRow].contains("exports"))
    }

    @Test func aFieldNameAloneKeepsEveryArticle() throws {
        var state = try ReaderFixture.state()
        state.press(.character("/"))
        state.type("person:")
        #expect(state.list.visible.count == 3)
        state.type("tomas")
        #expect(state.list.visible.count == 1)
    }

    @Test func escInThePromptClearsTheFilter() throws {
        var state = try ReaderFixture.state()
        state.press(.character("/"))
        state.type("festival")
        #expect(state.list.visible.count == 1)
        state.press(.escape)
        #expect(state.prompt == nil)
        #expect(state.list.visible.count == 3)
    }

    @Test func printableKeysGoToThePrompt() throws {
        var state = try ReaderFixture.state()
        state.press(.character("/"))
        state.type("qjk?")
        #expect(state.prompt?.text == "qjk?")
        #expect(!state.shouldQuit)
        #expect(state.overlay == nil)
    }

    @Test func typingSelectsTheBestMatchAndEscKeepsIt() throws {
        var state = try ReaderFixture.state()
        state.press(.character("/"))
        state.type("said")
        #expect(state.list.selected == 0)
        state.press(.down)
        let second = try #require(state.list.selectedArticle)
        state.type(" t")
        #expect(state.list.selected == 0, "a new keystroke goes back to the best match")
        state.press(.backspace, .backspace, .down)
        #expect(state.list.selectedArticle == second)
        state.press(.escape)
        #expect(state.list.query.isEmpty)
        #expect(state.list.selectedArticle == second, "the article found stays selected in the whole list")
    }

    @Test func selectionStaysOnTheSameArticleWhenTheOrderChanges() throws {
        var state = try ReaderFixture.state()
        state.press(.down)
        let grain = try #require(state.list.selectedArticle)
        state.press(.character("o"))
        #expect(state.list.order == .title)
        #expect(state.list.selectedArticle == grain)
    }

    @Test func sortCyclesAndReverses() throws {
        var state = try ReaderFixture.state()
        state.press(.character("o"))
        #expect(state.list.order == .title)
        let titles = state.list.visible.map { state.library.articles[$0].title }
        #expect(titles == titles.sorted { $0.lowercased() < $1.lowercased() })
        state.press(.character("O"))
        #expect(state.list.visible.map { state.library.articles[$0].title } == titles.reversed())
    }

    @Test func bookmarksAndBookmarkedOnly() throws {
        var state = try ReaderFixture.state()
        state.press(.down)
        let effects = state.press(.character("f"))
        #expect(effects == [.saveReadingMarks])
        state.press(.character("F"))
        #expect(state.list.visible.count == 1)
        #expect(state.screenLines.joined().contains("★"))
    }

    @Test func nextUnreadSkipsReadArticles() throws {
        var state = try ReaderFixture.state()
        state.press(.down, .character("u"), .up)
        state.press(.character("]"), .character("u"))
        #expect(state.list.selected == 2)
    }

    @Test func qQuitsFromTheListAndGoesBackElsewhere() throws {
        var state = try ReaderFixture.state()
        state.press(.enter)
        state.press(.character("q"))
        #expect(state.focus == .list)
        #expect(!state.shouldQuit)
        let effects = state.press(.character("q"))
        #expect(state.shouldQuit)
        #expect(effects == [.quit])
    }

    @Test func unknownKeysSayHowToGetHelp() throws {
        var state = try ReaderFixture.state()
        state.press(.character("Z"))
        #expect(state.notice?.text.contains("? shows the keys") == true)
    }
}
