import BylineUI
import Testing

/// The prompt on the bottom line keeps the cursor in view, however long
/// the text typed or pasted into it.
@Suite struct PromptLineTests {
    /// The bottom line and where the cursor is drawn on it.
    func promptLine(_ state: AppState) -> (line: String, cursor: Int?) {
        let screen = AppView.render(state)
        let line = screen.lines.last ?? ""
        return (String(line.reversed().drop { $0 == " " }.reversed()), screen.cursor.map(\.x))
    }

    @Test func aLongQueryShowsItsEndWithTheCursorAfterIt() throws {
        var state = try ReaderFixture.state(width: 60, height: 20)
        state.press(.character("/"))
        let text = (1...30).map { "w\($0)" }.joined(separator: " ")
        state.type(text)
        let (line, cursor) = promptLine(state)
        #expect(line.hasPrefix("/"))
        #expect(line.contains("w29 w30"), "\(line)")
        #expect(!line.contains("w1 "), "the start scrolled out: \(line)")
        #expect(line.hasSuffix("0 of 3"), "the count stays: \(line)")
        let end = try #require(line.range(of: "w30")).upperBound
        #expect(cursor == line.distance(from: line.startIndex, to: end))
        // Home shows the start again, the cursor on its first character.
        state.press(.home)
        let (start, atStart) = promptLine(state)
        #expect(start.hasPrefix("/w1 w2 w3"), "\(start)")
        #expect(atStart == 1)
    }

    @Test func wideCharactersNeverCrossTheCount() throws {
        var state = try ReaderFixture.state(width: 50, height: 20)
        state.press(.character("/"))
        state.type(String(repeating: "東京", count: 40))
        let (line, cursor) = promptLine(state)
        let counter = "0 of 3"
        #expect(line.hasSuffix(counter), "\(line)")
        let shown = line.dropFirst().prefix { $0 != " " }
        #expect(shown.allSatisfy { $0 == "東" || $0 == "京" })
        #expect(shown.last == "京")
        #expect(cursor.map { $0 <= 50 - counter.count - 2 } == true, "cursor \(cursor ?? -1)")
    }

    /// Ten thousand characters, as a paste leaves them (typing them one
    /// by one here would mostly time the filter on every keystroke).
    @Test func tenThousandPastedCharactersShowTheirEnd() throws {
        var state = try ReaderFixture.state(width: 80, height: 20)
        state.press(.character("/"))
        let pasted = String(repeating: "\"((!!person: org:\" ", count: 526) + "harbou"
        #expect(pasted.count >= 10_000)
        state.prompt = Prompt(kind: .filter, text: pasted)
        state.type("r")
        let (line, cursor) = promptLine(state)
        #expect(line.contains("org:\" harbour"), "\(line)")
        #expect(cursor != nil)
        state.press(.escape)
        #expect(state.prompt == nil)
        #expect(state.list.visible.count == 3)
    }
}
