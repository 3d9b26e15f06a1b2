import BylineUI
import Testing

@Suite("DisplayWidth")
struct DisplayWidthTests {
    @Test("scalar widths", arguments: [
        ("a", 1), (" ", 1), ("é", 1), ("\u{AD}", 1), ("中", 2), ("한", 2), ("😀", 2), ("Ａ", 2),
        ("\u{301}", 0), ("\u{200B}", 0), ("\u{1160}", 0), ("\u{FE0F}", 0), ("\u{7}", 0), ("\u{85}", 0),
        ("❤", 1), ("\u{1F1EB}", 1), ("\u{1FA77}", 1), ("\u{E000}", 1), ("\u{20000}", 2),
    ] as [(Unicode.Scalar, Int)])
    func scalars(scalar: Unicode.Scalar, columns: Int) {
        #expect(DisplayWidth.columns(of: scalar) == columns)
    }

    @Test("a grapheme is as wide as its first scalar; a string is the sum")
    func graphemesAndStrings() {
        #expect(DisplayWidth.columns(of: "e\u{301}" as Character) == 1)
        #expect(DisplayWidth.columns(of: "👍🏽" as Character) == 2)
        #expect(DisplayWidth.columns(of: "中文 ok") == 7)
        #expect(DisplayWidth.columns(of: "Byline"[...]) == 6)
        #expect(DisplayWidth.columns(of: "") == 0)
    }

    @Test("terminalSafe keeps a spacing scalar and its marks, nothing more", arguments: [
        ("a", "a"), ("e\u{301}", "e\u{301}"), ("👍🏽", "👍"), ("🇫🇷", "🇫"), ("👨‍👩‍👧", "👨"), ("❤️", "❤"),
        ("🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}", "🏴"),
        ("a\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}", "a\u{301}\u{302}\u{303}\u{304}"),
        ("\u{7}", "\u{FFFD}"), ("\r\n", "\u{FFFD}"), ("\u{1FA77}", "\u{FFFD}"), ("\u{FFFF}", "\u{FFFD}"),
        ("\u{E000}", "\u{E000}"),
    ] as [(Character, Character)])
    func terminalSafe(input: Character, expected: Character) {
        let safe = DisplayWidth.terminalSafe(input)
        #expect(safe == expected)
        #expect(Array(safe.unicodeScalars) == Array(expected.unicodeScalars))
    }
}
