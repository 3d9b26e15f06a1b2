import BylineUI
import Testing

/// Whole screens at several sizes, compared with golden files.
@Suite struct ScreenSnapshotTests {
    @Test func threePanesAt140() throws {
        var state = try ReaderFixture.state(width: 140, height: 30)
        state.press(.enter)
        ScreenSnapshot.check(AppView.render(state), named: "three-panes-140x30")
    }

    @Test func listAndReaderAt100() throws {
        var state = try ReaderFixture.state(width: 100, height: 24)
        state.press(.down, .enter)
        ScreenSnapshot.check(AppView.render(state), named: "list-reader-100x24")
    }

    @Test func claimsBelowReaderAt100() throws {
        var state = try ReaderFixture.state(width: 100, height: 30)
        state.press(.character("G"), .enter, .character("c"))
        ScreenSnapshot.check(AppView.render(state), named: "claims-below-100x30")
    }

    @Test func onePaneAt60() throws {
        var state = try ReaderFixture.state(width: 60, height: 20)
        ScreenSnapshot.check(AppView.render(state), named: "list-60x20")
        state.press(.enter)
        ScreenSnapshot.check(AppView.render(state), named: "reader-60x20")
    }

    @Test func tooSmall() throws {
        let state = try ReaderFixture.state(width: 39, height: 12)
        ScreenSnapshot.check(AppView.render(state), named: "too-small-39x12")
    }

    @Test func helpOverlay() throws {
        var state = try ReaderFixture.state(width: 100, height: 30)
        state.press(.character("?"))
        ScreenSnapshot.check(AppView.render(state), named: "help-100x30")
    }

    @Test func filterPrompt() throws {
        var state = try ReaderFixture.state(width: 100, height: 20)
        state.press(.character("/"))
        state.type("grain")
        ScreenSnapshot.check(AppView.render(state), named: "filter-grain-100x20")
    }

    @Test func snippetsUnderTitlesWhileFiltering() throws {
        var state = try ReaderFixture.state(width: 100, height: 20)
        state.press(.character("/"))
        state.type("said")
        ScreenSnapshot.check(AppView.render(state), named: "filter-snippets-100x20")
    }
}
