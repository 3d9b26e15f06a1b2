import BylineTestSupport
import BylineUI
import Foundation
import Testing

/// A broken theme gives one line naming the file, line and problem, and
/// Byline falls back to the default theme, then to `Theme.plain`.
@Suite struct ThemeFallbackTests {
    @Test func aBrokenUserThemeFallsBackToTheDefault() throws {
        let (library, user) = try ThemeFixtures.libraryWithUserFolder()
        let path = try user.write("mine.toml", """
        inherits = "dark"
        [person]
        fg = 81

        [place]
        fg = "blurple"
        """)
        let choice = library.loadOrFallback("mine")
        #expect(choice.name == "dark")
        #expect(choice.theme == (try ThemeFixtures.shipped("dark")))
        #expect(choice.notice == path + #":6: unknown colour "blurple" — using theme "dark""#)
        #expect(choice.error?.line == 6)
        #expect(choice.notice?.contains("\n") == false)
    }

    @Test func anUnknownNameFallsBackToo() {
        let library = ThemeLibrary(shippedFolder: ThemeFixtures.shippedFolder, userFolder: nil)
        let choice = library.loadOrFallback("solarized")
        #expect(choice.name == "dark")
        #expect(choice.notice == #"unknown theme "solarized" (themes: colorblind, dark, high-contrast, light) — using theme "dark""#)
    }

    @Test func aGoodThemeHasNoNotice() {
        let library = ThemeLibrary(shippedFolder: ThemeFixtures.shippedFolder, userFolder: nil)
        let choice = library.loadOrFallback("light")
        #expect(choice.name == "light")
        #expect(choice.theme.name == "Light")
        #expect(choice.notice == nil && choice.error == nil)
    }

    @Test func aBrokenDefaultFallsBackToPlain() throws {
        let shipped = try TemporaryFolder()
        let dark = try shipped.write("dark.toml", "[text]\nfg = 1\n[text]\n")
        let library = ThemeLibrary(shippedFolder: shipped.root, userFolder: nil)
        let choice = library.loadOrFallback(nil)
        #expect(choice.theme == Theme.plain)
        #expect(choice.name == "plain")
        #expect(choice.notice == dark + #":3: the table [text] is defined twice — using the built-in "plain" theme"#)
        let other = library.loadOrFallback("other")
        #expect(other.theme == Theme.plain)
        #expect(other.notice == #"unknown theme "other" (themes: dark) — using the built-in "plain" theme"#)
        let nothing = ThemeLibrary(shippedFolder: nil, userFolder: nil).loadOrFallback(nil)
        #expect(nothing.theme == Theme.plain)
    }

    /// A megabyte of garbage in a theme file is refused quickly, with a message.
    @Test func aMegabyteOfGarbage() throws {
        let (library, user) = try ThemeFixtures.libraryWithUserFolder()
        var generator = SeededRandom(seed: 7)
        let path = try user.write("junk.toml", bytes: (0..<(1 << 20)).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let clock = ContinuousClock()
        let start = clock.now
        let choice = library.loadOrFallback("junk")
        #expect(clock.now - start < .seconds(2))
        #expect(choice.name == "dark")
        #expect(choice.notice == path + #": file is 1024 KiB, over the 256 KiB limit for a theme — using theme "dark""#)
        // Just under the limit, the parser itself fails at the first bad line.
        let small = try user.write("small.toml", bytes: Array("[text]\n".utf8) + (0..<(200 << 10)).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let error = try #require(library.load("small").themeError)
        #expect(error.path == small && error.line != nil)
    }
}

/// `F2`/`F3` skip a broken theme instead of falling back into a loop.
@Suite struct ThemeCyclingTests {
    @Test func brokenThemesAreSkipped() throws {
        let (library, user) = try ThemeFixtures.libraryWithUserFolder()
        let mine = try user.write("mine.toml", "inherits = \"dark\"\n[place]\nfg = \"blurple\"\n")
        try user.write("zen.toml", "inherits = \"light\"\n")
        let forward = library.cycle(from: "light", by: 1)
        #expect(forward.name == "zen")
        #expect(forward.notice == mine + #":3: unknown colour "blurple" — skipped "mine""#)
        let back = library.cycle(from: "zen", by: -1)
        #expect(back.name == "light")
        #expect(back.notice?.hasSuffix(#"— skipped "mine""#) == true)
        let clean = library.cycle(from: "dark", by: 1)
        #expect(clean.name == "high-contrast" && clean.notice == nil)
        #expect(library.cycle(from: "zen", by: 1).name == "colorblind")
        #expect(library.cycle(from: "dark", by: 0).name == "dark")
    }

    @Test func whenNothingLoadsThePlainThemeIsUsed() throws {
        let shipped = try TemporaryFolder()
        let broken = try shipped.write("dark.toml", "oops\n")
        try shipped.write("light.toml", "oops\n")
        let choice = ThemeLibrary(shippedFolder: shipped.root, userFolder: nil).cycle(from: "dark", by: 1)
        #expect(choice.theme == Theme.plain)
        #expect(choice.notice == broken + #":1: expected '=' after the key "oops", found the end of the line — using the built-in "plain" theme"#)
    }
}
