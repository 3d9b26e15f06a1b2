import BylineUI
import Testing

/// Panes, overlays, the command line and quitting.
@Suite struct GlobalKeyTests {
    @Test func tabCyclesTheVisiblePanes() throws {
        var state = try ReaderFixture.state(width: 140)
        state.press(.tab)
        #expect(state.focus == .reader)
        state.press(.tab)
        #expect(state.focus == .claims)
        state.press(.tab)
        #expect(state.focus == .list)
        state.press(.backTab)
        #expect(state.focus == .claims)
    }

    @Test func narrowTerminalsShowOnePane() throws {
        var state = try ReaderFixture.state(width: 60, height: 20)
        #expect(state.layout.visiblePanes == [.list])
        state.press(.tab)
        #expect(state.layout.visiblePanes == [.reader])
    }

    @Test func helpIsGeneratedFromTheKeymap() throws {
        var state = try ReaderFixture.state(width: 100, height: 40)
        state.press(.character("?"))
        let text = state.screenLines.joined(separator: "\n")
        for binding in Keymap.standard.bindings.prefix(8) {
            #expect(text.contains(binding.help))
        }
        state.press(.escape)
        #expect(state.overlay == nil)
    }

    @Test func completionsShowAboveTheCommandLine() throws {
        var state = try ReaderFixture.state(width: 100, height: 20)
        state.press(.character(":"))
        state.type("open ~/n")
        let effects = state.press(.tab)
        #expect(effects == [.completeCommandLine(text: "open ~/n")])
        state.completeCommandLine(with: "open ~/news", alternatives: ["~/news/", "~/newsletters/"])
        let lines = state.screenLines
        #expect(lines[lines.count - 2].contains("~/news/  ~/newsletters/"))
        #expect(lines[lines.count - 1].hasPrefix(":open ~/news"))
        // The next key takes the list away again.
        state.type("/")
        #expect(!state.screenLines[lines.count - 2].contains("~/newsletters/"))
    }

    @Test func skippedFilesAreListedWithTheirReasons() throws {
        var state = try ReaderFixture.state(width: 100, height: 20)
        _ = state.receive(.corpus(.listed([], problems: ["skipped scan.txt: binary file (contains NUL bytes), not text", "skipped a.txt: empty file"])))
        #expect(state.screenLines[18].contains("2 skipped (:skipped)"))
        state.press(.character(":"))
        state.type("skipped")
        state.press(.enter)
        let text = state.screenLines.joined(separator: "\n")
        #expect(text.contains("Skipped · 2"))
        #expect(text.contains("skipped scan.txt: binary file (contains NUL bytes), not text"))
        #expect(text.contains("skipped a.txt: empty file"))
        state.press(.character("x"))
        #expect(state.overlay == nil)
    }

    @Test func commandLineRunsCommands() throws {
        var state = try ReaderFixture.state()
        state.press(.character(":"))
        state.type("sort title")
        state.press(.enter)
        #expect(state.list.order == .title)
        state.press(.character(":"))
        state.type("theme light")
        #expect(state.press(.enter) == [.applyTheme(name: "light")])
        state.press(.character(":"))
        state.type("open /tmp/elsewhere")
        #expect(state.press(.enter) == [.openCorpus(path: "/tmp/elsewhere")])
        state.press(.character(":"))
        state.type("frobnicate")
        state.press(.enter)
        #expect(state.notice?.isError == true)
        state.press(.character(":"), .character("q"), .enter)
        #expect(state.shouldQuit)
    }

    @Test func tabAsksForCompletionOnTheCommandLine() throws {
        var state = try ReaderFixture.state()
        state.press(.character(":"))
        state.type("open /tm")
        #expect(state.press(.tab) == [.completeCommandLine(text: "open /tm")])
        state.completeCommandLine(with: "open /tmp/", alternatives: ["tmp"])
        #expect(state.prompt?.text == "open /tmp/")
    }

    @Test func themeKeysAskTheShell() throws {
        var state = try ReaderFixture.state()
        #expect(state.press(.function(3)) == [.cycleTheme(offset: 1)])
        #expect(state.press(.function(2)) == [.cycleTheme(offset: -1)])
    }

    @Test func entityIndexListsAndFilters() throws {
        var state = try ReaderFixture.state(width: 120, height: 30)
        state.press(.character("E"))
        guard case .entities(let entities) = state.overlay else {
            Issue.record("no entity index")
            return
        }
        let rows = state.entityRows(entities)
        #expect(!rows.isEmpty)
        #expect(zip(rows, rows.dropFirst()).allSatisfy { $0.mentions >= $1.mentions })
        state.press(.enter)
        #expect(state.overlay == nil)
        #expect(!state.list.query.isEmpty)
    }

    @Test func mouseClickSelectsAndWheelScrolls() throws {
        var state = try ReaderFixture.state(width: 140, height: 30)
        guard let list = state.layout.list else {
            Issue.record("no list pane")
            return
        }
        _ = state.handle(.mouse(MouseEvent(kind: .press, x: list.x + 3, y: list.y + 3)))
        #expect(state.list.selected == 2)
        state.press(.enter)
        let reader = try #require(state.layout.reader)
        _ = state.handle(.mouse(MouseEvent(kind: .wheelDown, x: reader.x + 2, y: reader.y + 2)))
        #expect(state.reader.top > 0 || state.reader.layout.lines.count <= 27)
    }

    @Test func tooSmallSaysSo() throws {
        let state = try ReaderFixture.state(width: 30, height: 8)
        #expect(state.screenLines.joined().contains("too small"))
    }
}
