import BylineUI
import Testing

/// Colour names, `#rrggbb` to the nearest palette entry, and the basic
/// colour nearest a 256-colour entry.
@Suite struct ThemeColorTests {
    @Test func names() {
        #expect(TerminalColor(name: "black") == .indexed(0))
        #expect(TerminalColor(name: "red") == .indexed(1))
        #expect(TerminalColor(name: "White") == .indexed(7))
        #expect(TerminalColor(name: "bright-black") == .indexed(8))
        #expect(TerminalColor(name: "bright-cyan") == .indexed(14))
        #expect(TerminalColor(name: "default") == .terminalDefault)
        #expect(TerminalColor(name: "blurple") == nil)
        #expect(TerminalColor(name: "bright-default") == nil)
    }

    @Test func hexMapsToTheNearestPaletteEntry() {
        #expect(TerminalColor(hex: "#000000") == .indexed(16))
        #expect(TerminalColor(hex: "#ffffff") == .indexed(231))
        #expect(TerminalColor(hex: "#FF0000") == .indexed(196))
        #expect(TerminalColor(hex: "#5fd7ff") == .indexed(81))
        #expect(TerminalColor(hex: "#808080") == .indexed(244))
        #expect(TerminalColor(hex: "#5fd7fe") == .indexed(81))
        #expect(TerminalColor(hex: "#E69F00") == .indexed(178))
        #expect(TerminalColor(hex: "#0072B2") == .indexed(25))
        #expect(TerminalColor(hex: "#12345") == nil)
        #expect(TerminalColor(hex: "#gggggg") == nil)
        #expect(TerminalColor(hex: "#1234567") == nil)
    }

    @Test func paletteRGB() {
        #expect(TerminalColor.indexed(81).rgb! == (0x5F, 0xD7, 0xFF))
        #expect(TerminalColor.indexed(232).rgb! == (8, 8, 8))
        #expect(TerminalColor.indexed(9).rgb! == (0xFF, 0, 0))
        #expect(TerminalColor.terminalDefault.rgb == nil)
    }

    @Test func basicApproximation() {
        let cases: [(UInt8, UInt8)] = [
            (3, 3), (9, 1), (15, 7), (196, 1), (226, 3), (46, 2), (51, 6), (21, 4), (201, 5),
            (214, 3), (81, 6), (177, 5), (244, 7), (252, 7), (236, 0), (16, 0), (231, 7),
        ]
        for (index, basic) in cases {
            #expect(TerminalColor.indexed(index).basicApproximation == .indexed(basic), "colour \(index)")
        }
        #expect(TerminalColor.terminalDefault.basicApproximation == .terminalDefault)
    }

    @Test func colourDepthFromTheTerminalAndNoColor() {
        #expect(ColorDepth(terminalColors: 256, environment: [:]) == .extended)
        #expect(ColorDepth(terminalColors: 16_777_216, environment: [:]) == .extended)
        #expect(ColorDepth(terminalColors: 16, environment: [:]) == .basic)
        #expect(ColorDepth(terminalColors: 8, environment: [:]) == .basic)
        #expect(ColorDepth(terminalColors: 2, environment: [:]) == .monochrome)
        #expect(ColorDepth(terminalColors: -1, environment: [:]) == .monochrome)
        #expect(ColorDepth(terminalColors: 256, environment: ["NO_COLOR": "1"]) == .monochrome)
        #expect(ColorDepth(terminalColors: 256, environment: ["NO_COLOR": ""]) == .extended)
    }
}
