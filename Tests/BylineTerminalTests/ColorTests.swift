import BylineTerminal
import BylineUI
import Testing

@Suite("ColorPairs")
struct ColorPairsTests {
    private let plain = ColorPairs.Colors(foreground: -1, background: -1)
    private func colors(_ foreground: Int16, _ background: Int16) -> ColorPairs.Colors {
        ColorPairs.Colors(foreground: foreground, background: background)
    }

    @Test("pair 0 serves the terminal's own colours")
    func pairZero() {
        var pairs = ColorPairs(capacity: 64, pairZero: plain)
        #expect(pairs.pair(for: plain) == .existing(0))
        #expect(pairs.allocatedCount == 0)
    }

    @Test("pairs are allocated lazily, once per combination")
    func lazy() {
        var pairs = ColorPairs(capacity: 64, pairZero: plain)
        #expect(pairs.pair(for: colors(1, -1)) == .new(1))
        #expect(pairs.pair(for: colors(2, 4)) == .new(2))
        #expect(pairs.pair(for: colors(1, -1)) == .existing(1))
        #expect(pairs.pair(for: colors(2, 4)).pair == 2)
        #expect(pairs.allocatedCount == 2)
    }

    @Test("when pairs run out, the closest existing pair is reused and none beyond the limit is made")
    func exhausted() {
        var pairs = ColorPairs(capacity: 4, pairZero: plain)  // pairs 1…3 usable
        #expect(pairs.pair(for: colors(1, 4)) == .new(1))
        #expect(pairs.pair(for: colors(2, 6)) == .new(2))
        #expect(pairs.pair(for: colors(3, -1)) == .new(3))
        // Same background as pair 2.
        #expect(pairs.pair(for: colors(7, 6)) == .existing(2))
        // Default background: pair 0 keeps bars and highlights apart.
        #expect(pairs.pair(for: colors(5, -1)) == .existing(0))
        // No background match: same foreground as pair 1.
        #expect(pairs.pair(for: colors(1, 2)) == .existing(1))
        // Nothing in common: pair 0.
        #expect(pairs.pair(for: colors(5, 3)) == .existing(0))
        // Asked again, the same answer.
        #expect(pairs.pair(for: colors(7, 6)) == .existing(2))
        #expect(pairs.allocatedCount == 3)
    }

    @Test("a terminal without colour pairs only ever gets pair 0")
    func noPairs() {
        var pairs = ColorPairs(capacity: 0, pairZero: colors(7, 0))
        #expect(pairs.pair(for: colors(1, 0)) == .existing(0))
        #expect(pairs.pair(for: colors(7, 0)) == .existing(0))
        #expect(pairs.allocatedCount == 0)
    }

    @Test("the capacity is capped where init_pair's short ends")
    func cap() {
        #expect(ColorPairs(capacity: 65_536, pairZero: plain).capacity == 32_767)
        #expect(ColorPairs(capacity: 64, pairZero: plain).capacity == 64)
    }
}

@Suite("ColorPalette")
struct ColorPaletteTests {
    @Test("the terminal default is -1, or white on black without default colours")
    func defaults() {
        let withDefaults = ColorPalette(colors: 256, hasDefaultColors: true)
        #expect(withDefaults.number(for: .terminalDefault, isForeground: true) == -1)
        #expect(withDefaults.number(for: .terminalDefault, isForeground: false) == -1)
        let without = ColorPalette(colors: 8, hasDefaultColors: false)
        #expect(without.number(for: .terminalDefault, isForeground: true) == 7)
        #expect(without.number(for: .terminalDefault, isForeground: false) == 0)
    }

    @Test("colours the terminal has are used as they are")
    func available() {
        let palette = ColorPalette(colors: 256, hasDefaultColors: true)
        #expect(palette.number(for: .indexed(0), isForeground: true) == 0)
        #expect(palette.number(for: .indexed(208), isForeground: true) == 208)
        #expect(palette.number(for: .indexed(255), isForeground: false) == 255)
    }

    @Test("colours beyond the terminal's map to the closest basic colour", arguments: [
        (UInt8(196), 8, Int16(1)), (21, 8, 4), (46, 8, 2), (9, 8, 1), (14, 8, 6), (196, 16, 1), (12, 16, 12),
    ])
    func closest(index: UInt8, colors: Int, expected: Int16) {
        let palette = ColorPalette(colors: colors, hasDefaultColors: true)
        #expect(palette.number(for: .indexed(index), isForeground: true) == expected)
    }

    @Test("a terminal without colours gets the default colour")
    func noColours() {
        #expect(ColorPalette(colors: 0, hasDefaultColors: true).number(for: .indexed(1), isForeground: true) == -1)
        #expect(ColorPalette(colors: 0, hasDefaultColors: false).number(for: .indexed(1), isForeground: false) == 0)
    }
}
