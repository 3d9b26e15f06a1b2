import BylineTestSupport
import BylineUI
import Testing

/// `inherits`: start from another theme, override key by key, and refuse
/// cycles.
@Suite struct ThemeInheritanceTests {
    @Test func overridesKeepTheRestOfTheParent() throws {
        let (library, user) = try ThemeFixtures.libraryWithUserFolder()
        try user.write("mine.toml", """
        name = "Mine"
        inherits = "dark"
        [person]
        fg = 196
        [marks.selection]
        bg = "sky"            # a palette colour of dark.toml
        """)
        let dark = try ThemeFixtures.shipped("dark")
        let mine = try library.load("mine").get()
        #expect(mine.name == "Mine")
        let person = try #require(mine.roles[.person])
        let darkPerson = try #require(dark.roles[.person])
        #expect(person.extended.foreground == .indexed(196))
        #expect(person.extended.attributes == darkPerson.extended.attributes)
        // fg8 follows the new fg, since the override did not set it.
        #expect(person.basic.foreground == .indexed(1))
        #expect(person.monochrome == darkPerson.monochrome)
        #expect(mine.marks[.selection]?.extended.background == .indexed(117))
        #expect(mine.marks[.selection]?.extended.attributes == dark.marks[.selection]?.extended.attributes)
        for role in StyleRole.allCases where role != .person {
            #expect(mine.roles[role] == dark.roles[role], "\(role)")
        }
    }

    @Test func explicitFallbacksAndKeep() throws {
        let (library, user) = try ThemeFixtures.libraryWithUserFolder()
        try user.write("base.toml", ThemeFixtures.completeTheme("[palette]\nbrand = 33\n"))
        try user.write("child.toml", """
        inherits = "base"
        [person]
        fg8 = "magenta"
        [marks.search_match]
        fg = "brand"
        fg8 = "keep"
        """)
        let child = try library.load("child").get()
        #expect(child.name == "child")
        #expect(child.roles[.person]?.extended.foreground == .indexed(1))
        #expect(child.roles[.person]?.basic.foreground == .indexed(5))
        let match = try #require(child.marks[.match])
        #expect(match.extended.foreground == .indexed(33))
        #expect(match.basic.foreground == nil)
        #expect(match.extended.background == .indexed(2))
    }

    @Test func aUserThemeMayInheritTheShippedThemeItReplaces() throws {
        let (library, user) = try ThemeFixtures.libraryWithUserFolder()
        try user.write("dark.toml", "inherits = \"dark\"\n[place]\nfg = 34\n")
        let dark = try library.load("dark").get()
        #expect(dark.roles[.place]?.extended.foreground == .indexed(34))
        #expect(dark.roles[.person] == (try ThemeFixtures.shipped("dark")).roles[.person])
    }

    @Test func cyclesAreErrorsNamingTheFileAndLine() throws {
        let (library, user) = try ThemeFixtures.libraryWithUserFolder()
        try user.write("a.toml", "inherits = \"b\"\n")
        let b = try user.write("b.toml", "# b\ninherits = \"c\"\n")
        try user.write("c.toml", "inherits = \"b\"\n")
        let error = try #require(library.load("a").themeError)
        #expect(error.description == b.replacingOccurrences(of: "b.toml", with: "c.toml")
            + #":1: inherits "b", which makes a cycle: b → c → b"#)
        let me = try user.write("me.toml", "\n\ninherits = \"me\"\n")
        #expect(library.load("me").themeError?.description == me + ":3: a theme cannot inherit from itself")
    }

    @Test func unknownParentsAndBadInherits() throws {
        let (library, user) = try ThemeFixtures.libraryWithUserFolder()
        let path = try user.write("orphan.toml", "inherits = \"nowhere\"\n")
        let error = try #require(library.load("orphan").themeError)
        #expect(error.description.hasPrefix(path + #":1: inherits unknown theme "nowhere" (themes: colorblind, dark, "#))
        let number = try user.write("number.toml", "inherits = 3\n")
        #expect(library.load("number").themeError?.description == number + #":1: inherits must be the name of a theme in quotes, such as "dark""#)
    }

    @Test func errorsInAParentNameTheParentsFile() throws {
        let (library, user) = try ThemeFixtures.libraryWithUserFolder()
        let parent = try user.write("parent.toml", "inherits = \"dark\"\n[place]\nfg = \"nope\"\n")
        try user.write("kid.toml", "inherits = \"parent\"\n")
        #expect(library.load("kid").themeError?.description == parent + #":3: unknown colour "nope""#)
    }

    @Test func inheritanceDepthIsLimited() throws {
        let (library, user) = try ThemeFixtures.libraryWithUserFolder()
        for step in 0..<20 { try user.write("t\(step).toml", "inherits = \"t\(step + 1)\"\n") }
        try user.write("t20.toml", "inherits = \"dark\"\n")
        #expect(library.load("t0").themeError?.problem == "inherits go more than 16 themes deep")
        #expect(library.load("t10").themeError == nil)
    }
}
