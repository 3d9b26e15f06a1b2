import BylineTerminal
import BylineUI
import CNCursesW
import Testing

@Suite("KeyDecoder")
struct KeyDecoderTests {
    @Test("characters and control codes", arguments: [
        (UInt32(13), Key.enter), (10, .enter), (9, .tab), (27, .escape), (8, .backspace), (127, .backspace),
        (1, .control("a")), (4, .control("d")), (12, .control("l")), (26, .control("z")),
        (0x61, .character("a")), (0x20, .character(" ")), (0x2F, .character("/")),
        (0x4E2D, .character("中")), (0x1F600, .character("😀")), (0xE9, .character("é")),
    ])
    func characters(code: UInt32, key: Key) {
        #expect(KeyDecoder.key(status: OK, code: code) == key)
    }

    @Test("controls without a key, invalid scalars and errors decode to nil", arguments: [
        (OK, 0), (OK, 28), (OK, 31), (OK, 0x85), (OK, 0x9F), (OK, 0xD800), (OK, 0x110000), (ERR, 0x61),
    ] as [(Int32, UInt32)])
    func nothing(status: Int32, code: UInt32) {
        #expect(KeyDecoder.key(status: status, code: code) == nil)
    }

    @Test("function keys", arguments: [
        (KEY_UP, Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete), (KEY_IC, .insert),
        (KEY_HOME, .home), (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_BTAB, .backTab),
        (KEY_F0 + 1, .function(1)), (KEY_F0 + 5, .function(5)), (KEY_F0 + 12, .function(12)),
    ])
    func functionKeys(code: Int32, key: Key) {
        #expect(KeyDecoder.key(status: KEY_CODE_YES, code: UInt32(code)) == key)
    }

    @Test("function codes that are not keys decode to nil", arguments: [
        KEY_F0, KEY_F0 + 13, KEY_RESIZE, KEY_MOUSE, KEY_SLEFT,
    ])
    func unknownFunctionCodes(code: Int32) {
        #expect(KeyDecoder.key(status: KEY_CODE_YES, code: UInt32(code)) == nil)
    }

    @Test("a function code is not read as a character with the same number")
    func statusMatters() {
        // KEY_UP is 259 (U+0103 "ă" as a character).
        #expect(KeyDecoder.key(status: OK, code: UInt32(KEY_UP)) == .character("ă"))
        #expect(KeyDecoder.key(status: KEY_CODE_YES, code: UInt32(KEY_UP)) == .up)
    }

    @Test("Esc followed by a character is Alt plus it; anything else stays two keys")
    func alt() {
        #expect(KeyDecoder.alt(after: .character("x")) == .alt("x"))
        #expect(KeyDecoder.alt(after: .character("中")) == .alt("中"))
        #expect(KeyDecoder.alt(after: .escape) == nil)
        #expect(KeyDecoder.alt(after: .up) == nil)
        #expect(KeyDecoder.alt(after: .control("c")) == nil)
    }
}

@Suite("MouseDecoder")
struct MouseDecoderTests {
    @Test("button 1 press and the wheel (buttons 4 and 5 in ncurses 6)")
    func events() {
        #expect(MouseDecoder.event(buttons: CNC_BUTTON1_PRESSED, x: 3, y: 7) == MouseEvent(kind: .press, x: 3, y: 7))
        #expect(MouseDecoder.event(buttons: CNC_BUTTON4_PRESSED, x: 0, y: 1) == MouseEvent(kind: .wheelUp, x: 0, y: 1))
        #expect(MouseDecoder.event(buttons: CNC_BUTTON5_PRESSED, x: 9, y: 2) == MouseEvent(kind: .wheelDown, x: 9, y: 2))
    }

    @Test("the wheel masks are distinct from each other and from button 1")
    func masks() {
        #expect(CNC_BUTTON4_PRESSED != CNC_BUTTON5_PRESSED)
        #expect(CNC_BUTTON1_PRESSED & (CNC_BUTTON4_PRESSED | CNC_BUTTON5_PRESSED) == 0)
    }

    @Test("releases and other buttons are not events")
    func ignored() {
        #expect(MouseDecoder.event(buttons: 0, x: 0, y: 0) == nil)
        #expect(MouseDecoder.event(buttons: CNC_REPORT_MOUSE_POSITION, x: 1, y: 1) == nil)
        #expect(MouseDecoder.event(buttons: CNC_BUTTON1_PRESSED << 1, x: 1, y: 1) == nil)  // BUTTON1_RELEASED
    }
}
