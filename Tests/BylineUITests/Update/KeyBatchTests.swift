import BylineTestSupport
import BylineUI
import Testing

/// Events read together (a paste) end in the same state as the same events
/// handled one at a time; characters typed into a prompt are filtered once.
@Suite struct KeyBatchTests {
    /// What a user sees of the list and the prompt, and what the next key
    /// acts on (the reader and claims panes left out).
    func summary(_ state: AppState) -> [String] {
        var lines = state.screenLines
        if let edge = lines.first?.firstIndex(of: "┐") {
            let width = lines[0].distance(from: lines[0].startIndex, to: edge) + 1
            lines = lines.dropLast(2).map { String($0.prefix(width)) } + lines.suffix(2)
        }
        return lines + [
            "visible \(state.list.visible) selected \(state.list.selected) query \(state.list.query)",
            "prompt \(state.prompt.map { "\($0.kind) \($0.text) \($0.cursor)" } ?? "none") focus \(state.focus)",
            "overlay \(state.overlay == nil ? "none" : "open")",
        ]
    }

    /// The keys typed one by one and handled together end the same, but
    /// for the reader pane's state carried from before: typing one by one
    /// previews articles on the way (which resets a search in the reader or
    /// its scroll), a paste does not; the article previewed at the end is
    /// the same whenever the list is left with one selected.
    func compare(_ keys: [Key]) throws {
        var oneByOne = try ReaderFixture.state()
        for key in keys { oneByOne.press(key) }
        var together = try ReaderFixture.state()
        together.perform(together.handle(keys.map { .key($0) }))
        let label = keys.map(\.label).joined()
        let (a, b) = (summary(together), summary(oneByOne))
        #expect(a == b, "\(label): \(zip(a, b).filter { $0 != $1 }.prefix(3).map { "\n  together \($0)\n  one by one \($1)" }.joined())")
        if oneByOne.focus == .list && !oneByOne.list.visible.isEmpty {
            #expect(together.reader.article == oneByOne.reader.article, "\(label)")
        }
    }

    @Test func aPastedQueryFiltersAsTypedOne() throws {
        try compare([.character("/")] + "port alder".map { .character($0) })
        try compare([.character("/")] + "\"said the\"".map { .character($0) } + [.enter, .character("j")])
        try compare([.character("/")] + "grain".map { .character($0) } + [.backspace, .backspace] + "ain x".map { .character($0) }
                    + [.home] + "wheat ".map { .character($0) } + [.escape])
    }

    @Test func randomKeySequencesEndTheSame() throws {
        var random = SeededRandom(seed: 6)
        let keys: [Key] = "abdehilnorstw \"!:".map { .character($0) }
            + [.character("/"), .character("/"), .character("j"), .character("k"), .enter, .escape, .backspace,
               .left, .home, .end, .down, .tab, .control("w"), .control("u")]
        for _ in 0..<60 {
            let sequence = (0..<Int.random(in: 1...24, using: &random)).map { _ in keys.randomElement(using: &random)! }
            try compare(sequence)
        }
    }

    @Test func aResizeInTheMiddleIsHandledInOrder() throws {
        var oneByOne = try ReaderFixture.state()
        var together = try ReaderFixture.state()
        let events: [TerminalEvent] = [.key(.character("/")), .key(.character("o")), .resize(Size(width: 90, height: 24)),
                                       .key(.character("i")), .key(.character("l"))]
        for event in events { oneByOne.perform(oneByOne.handle(event)) }
        together.perform(together.handle(events))
        #expect(summary(together) == summary(oneByOne))
        #expect(together.size == Size(width: 90, height: 24))
    }
}
