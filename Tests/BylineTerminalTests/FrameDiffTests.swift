import BylineTerminal
import BylineUI
import Testing

@Suite("FrameDiff")
struct FrameDiffTests {
    private func screen(_ lines: [String], width: Int = 6) -> Screen {
        var screen = Screen(size: Size(width: width, height: lines.count))
        for (y, line) in lines.enumerated() { screen.write(line, x: 0, y: y, role: .text) }
        return screen
    }

    private func at(_ x: Int, _ y: Int = 0) -> FrameDiff.Position { FrameDiff.Position(x: x, y: y) }

    @Test("the first frame writes every cell but continuations")
    func firstFrame() {
        let next = screen(["a中b", "xyz"])
        let positions = FrameDiff.positions(from: nil, to: next)
        #expect(positions.count == 12 - 1)
        #expect(!positions.contains(at(2)))
        #expect(positions.first == at(0) && positions.last == at(5, 1))
    }

    @Test("an unchanged frame writes nothing")
    func unchanged() {
        let next = screen(["a中b", "xyz"])
        #expect(FrameDiff.positions(from: next, to: next).isEmpty)
    }

    @Test("a resized frame writes everything")
    func resized() {
        let previous = screen(["abc"], width: 5)
        let next = screen(["abc"], width: 6)
        #expect(FrameDiff.positions(from: previous, to: next).count == 6)
    }

    @Test("only changed cells are written, in reading order")
    func changedCells() {
        let previous = screen(["abcdef", "ghijkl"])
        let next = screen(["abXdef", "ghijkY"])
        #expect(FrameDiff.positions(from: previous, to: next) == [at(2, 0), at(5, 1)])
    }

    @Test("a style change alone rewrites the cell")
    func styleOnly() {
        let previous = screen(["abc"])
        var next = previous
        next.mark(Rect(x: 1, y: 0, width: 1, height: 1), .selection)
        #expect(FrameDiff.positions(from: previous, to: next) == [at(1)])
    }

    @Test("a wide character over two narrow ones is written once, through its first cell")
    func narrowToWide() {
        let previous = screen(["abcd"])
        let next = screen(["中cd"])
        #expect(FrameDiff.positions(from: previous, to: next) == [at(0)])
    }

    @Test("narrow characters over a wide one rewrite both of its cells")
    func wideToNarrow() {
        let previous = screen(["中cd"])
        let next = screen(["abcd"])
        #expect(FrameDiff.positions(from: previous, to: next) == [at(0), at(1)])
    }

    @Test("a wide character moving right rewrites the cells it leaves and enters")
    func wideShifted() {
        let previous = screen(["中cd"])
        let next = screen(["a中d"])
        #expect(FrameDiff.positions(from: previous, to: next) == [at(0), at(1)])
    }

    @Test("a change on a continuation cell alone rewrites its wide character")
    func continuationOnly() {
        let previous = screen(["a中b"])
        var next = previous
        next.mark(Rect(x: 2, y: 0, width: 1, height: 1), .match)
        #expect(FrameDiff.positions(from: previous, to: next) == [at(1)])
    }

    @Test("a continuation with no wide character before it is listed itself")
    func orphanContinuation() {
        let previous = screen(["abc"])
        var next = previous
        next[1, 0] = Cell(" ", width: 0)
        #expect(FrameDiff.positions(from: previous, to: next) == [at(1)])
    }
}

@Suite("FrameDiff.glyph")
struct FrameDiffGlyphTests {
    private func row(_ cells: [Cell]) -> ArraySlice<Cell> { cells[...] }

    @Test("cells that fit are drawn as they are")
    func fitting() {
        let cells = row([Cell("a"), Cell("中", width: 2), Cell(" ", width: 0), Cell("e\u{301}")])
        #expect(FrameDiff.glyph(at: 0, in: cells, available: 4) == .character("a", columns: 1))
        #expect(FrameDiff.glyph(at: 1, in: cells, available: 4) == .character("中", columns: 2))
        #expect(FrameDiff.glyph(at: 3, in: cells, available: 4) == .character("e\u{301}", columns: 1))
    }

    @Test("glyphs work on a row slice that does not start at index 0")
    func sliceOffsets() {
        let cells = [Cell("x"), Cell("y"), Cell("中", width: 2), Cell(" ", width: 0)]
        #expect(FrameDiff.glyph(at: 0, in: cells[2..<4], available: 2) == .character("中", columns: 2))
    }

    @Test("a wide character cut by the terminal's edge becomes a blank")
    func clipped() {
        let cells = row([Cell("a"), Cell("中", width: 2), Cell(" ", width: 0)])
        #expect(FrameDiff.glyph(at: 1, in: cells, available: 2) == .blank(columns: 1))
    }

    @Test("cells whose character does not match their width become blanks of that width")
    func malformed() {
        // A wide character in a narrow cell, and a narrow one in a wide cell.
        #expect(FrameDiff.glyph(at: 0, in: row([Cell("中"), Cell("b")]), available: 2) == .blank(columns: 1))
        #expect(FrameDiff.glyph(at: 0, in: row([Cell("a", width: 2), Cell(" ", width: 0)]), available: 2) == .blank(columns: 2))
        // A wide cell without its continuation, and a continuation alone.
        #expect(FrameDiff.glyph(at: 0, in: row([Cell("中", width: 2), Cell("b")]), available: 2) == .blank(columns: 1))
        #expect(FrameDiff.glyph(at: 1, in: row([Cell("a"), Cell(" ", width: 0)]), available: 2) == .blank(columns: 1))
        // A zero-width mark alone.
        #expect(FrameDiff.glyph(at: 0, in: row([Cell("\u{301}")]), available: 1) == .blank(columns: 1))
    }

    @Test("control characters are drawn as U+FFFD")
    func control() {
        #expect(FrameDiff.glyph(at: 0, in: row([Cell("\u{1B}")]), available: 1) == .character("\u{FFFD}", columns: 1))
    }
}
