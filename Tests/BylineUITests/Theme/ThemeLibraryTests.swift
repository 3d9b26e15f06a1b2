import BylineTestSupport
import BylineUI
import Foundation
import Testing

/// Finding themes in the shipped and user folders, and cycling through them.
@Suite struct ThemeLibraryTests {
    @Test func userFolderFromTheEnvironment() {
        #expect(ThemeLibrary.userFolder(environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/u"]) == "/cfg/byline/themes")
        #expect(ThemeLibrary.userFolder(environment: ["XDG_CONFIG_HOME": "/cfg/", "HOME": "/home/u"]) == "/cfg/byline/themes")
        #expect(ThemeLibrary.userFolder(environment: ["XDG_CONFIG_HOME": "", "HOME": "/home/u"]) == "/home/u/.config/byline/themes")
        #expect(ThemeLibrary.userFolder(environment: ["XDG_CONFIG_HOME": "rel", "HOME": "/home/u"]) == "/home/u/.config/byline/themes")
        #expect(ThemeLibrary.userFolder(environment: [:]) == nil)
        let library = ThemeLibrary(shippedFolder: "/s", environment: ["HOME": "/h"])
        #expect(library.userFolder == "/h/.config/byline/themes")
        #expect(library.shippedFolder == "/s")
    }

    @Test func namesAreSortedAndUserThemesReplaceShippedOnes() throws {
        let (library, user) = try ThemeFixtures.libraryWithUserFolder()
        #expect(library.names == ThemeFixtures.shippedNames)
        #expect(library.defaultName == "dark")
        #expect(ThemeLibrary.defaultName == "dark")
        try user.write("amber.toml", "inherits = \"dark\"\n")
        let light = try user.write("light.toml", "inherits = \"dark\"\nname = \"My light\"\n")
        try user.write(".hidden.toml", "garbage")
        try user.write("notes.txt", "not a theme")
        try user.folder("folder.toml")
        #expect(library.names == ["amber", "colorblind", "dark", "high-contrast", "light"])
        #expect(library.path(of: "light") == light)
        #expect(library.path(of: "dark") == ThemeFixtures.shippedFolder + "/dark.toml")
        #expect(library.path(of: "nope") == nil)
        #expect(try library.load("light").get().name == "My light")
    }

    @Test func missingFoldersAreEmpty() {
        let library = ThemeLibrary(shippedFolder: "/nonexistent/shipped", userFolder: nil)
        #expect(library.names.isEmpty)
        #expect(library.load("dark").themeError?.description == #"unknown theme "dark" (no theme files were found)"#)
    }

    @Test func unknownThemesListTheKnownOnes() {
        let library = ThemeLibrary(shippedFolder: ThemeFixtures.shippedFolder, userFolder: nil)
        #expect(library.load("blurple").themeError?.description
            == #"unknown theme "blurple" (themes: colorblind, dark, high-contrast, light)"#)
    }

    @Test func themesCanBeLoadedByPath() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("elsewhere.toml", "inherits = \"light\"\n")
        let library = ThemeLibrary(shippedFolder: ThemeFixtures.shippedFolder, userFolder: nil)
        #expect(try library.load(path).get().name == "elsewhere")
        #expect(library.load(folder.path("missing.toml")).themeError?.problem == "cannot read (No such file or directory)")
    }

    @Test func cyclingWrapsRound() {
        let library = ThemeLibrary(shippedFolder: ThemeFixtures.shippedFolder, userFolder: nil)
        #expect(library.next(after: "dark") == "high-contrast")
        #expect(library.next(after: "light") == "colorblind")
        #expect(library.previous(before: "colorblind") == "light")
        #expect(library.previous(before: "dark") == "colorblind")
        #expect(library.next(after: "plain") == "colorblind")
        #expect(library.previous(before: "plain") == "light")
        #expect(library.name(2, from: "dark") == "light")
        #expect(library.name(-1, from: "dark") == "colorblind")
        #expect(library.name(0, from: "dark") == "dark")
        let empty = ThemeLibrary(shippedFolder: nil, userFolder: nil)
        #expect(empty.next(after: "dark") == "dark")
        #expect(empty.previous(before: "x") == "dark")
    }

    @Test func unreadableAndOddFiles() throws {
        let (library, user) = try ThemeFixtures.libraryWithUserFolder()
        let big = try user.write("big.toml", String(repeating: "# padding\n", count: 30_000))
        #expect(library.load("big").themeError?.description == big + ": file is 293 KiB, over the 256 KiB limit for a theme")
        user.fifo("pipe.toml")
        #expect(library.load("pipe").themeError?.description == user.path("pipe.toml") + ": not a regular file")
        if geteuid() != 0 {
            let locked = try user.write("locked.toml", "inherits = \"dark\"\n")
            chmod(locked, 0)
            #expect(library.load("locked").themeError?.description == locked + ": cannot read (Permission denied)")
        }
    }
}
