import BylineTestSupport
import BylineUI
import Testing

/// Mistakes in a theme file give one line: `PATH:LINE: problem`.
@Suite struct ThemeFileErrorTests {
    /// The error loading a user theme `mine` made of `inherits = "dark"`
    /// (line 1) and `body` (from line 2).
    func error(_ body: String) throws -> String {
        let (library, user) = try ThemeFixtures.libraryWithUserFolder()
        let path = try user.write("mine.toml", "inherits = \"dark\"\n" + body)
        switch library.load("mine") {
        case .success: return "loaded"
        case .failure(let error):
            #expect(error.path == path)
            return error.description.replacingOccurrences(of: path, with: "mine.toml")
        }
    }

    @Test func unknownColours() throws {
        #expect(try error("[person]\nfg = \"blurple\"") == #"mine.toml:3: unknown colour "blurple""#)
        #expect(try error("[person]\nfg = 300") == "mine.toml:3: colour 300 is out of range (0–255)")
        #expect(try error("[person]\nbg = -1") == "mine.toml:3: colour -1 is out of range (0–255)")
        #expect(try error("[person]\nfg = \"#12345\"") == ##"mine.toml:3: colour "#12345" is not of the form "#rrggbb""##)
        #expect(try error("[person]\nfg = true") == "mine.toml:3: fg must be a colour (0–255 or a name in quotes), not a boolean")
        #expect(try error("[person]\nfg8 = 12")
            == #"mine.toml:3: fg8 must be one of the 8 basic colours (0–7, a name such as "cyan", or "default"), not 12"#)
        #expect(try error("[person]\nbg8 = \"bright-red\"").hasPrefix("mine.toml:3: bg8 must be one of the 8 basic colours"))
    }

    @Test func unknownRolesKeysAndMarks() throws {
        #expect(try error("\n[persn]\nfg = 1") == #"mine.toml:3: unknown role "persn" (did you mean "person"?)"#)
        #expect(try error("[zebra]") == #"mine.toml:2: unknown role "zebra""#)
        #expect(try error("[person]\ncolour = 3")
            == #"mine.toml:3: unknown key "colour" in [person] (keys are fg, bg, attrs, fg8, bg8, attrs8, mono)"#)
        #expect(try error("[person]\nattr = []") == #"mine.toml:3: unknown key "attr" in [person] (did you mean "attrs"?)"#)
        #expect(try error("[marks.selction]\nbg = 1") == #"mine.toml:2: unknown mark "selction" (did you mean "selection"?)"#)
        #expect(try error("[marks.foo]").hasPrefix(#"mine.toml:2: unknown mark "foo" (marks are claim_marked, "#))
        #expect(try error("colour = 1") == #"mine.toml:2: unknown key "colour""#)
        #expect(try error("nmae = \"x\"") == #"mine.toml:2: unknown key "nmae" (did you mean "name"?)"#)
        #expect(try error("person = 1") == "mine.toml:2: person must be a table ([person]), not a value")
        #expect(try error("[person.extra]") == "mine.toml:2: unknown table [person.extra]")
        #expect(try error("marks.selection = 1") == "mine.toml:2: marks.selection must be a table ([marks.selection]), not a value")
    }

    @Test func badAttributes() throws {
        #expect(try error("[person]\nattrs = [\"blink\"]")
            == #"mine.toml:3: unknown attribute "blink" (use bold, dim, italic, underline, reverse)"#)
        #expect(try error("[person]\nmono = 1") == #"mine.toml:3: mono must be a list of attributes such as ["bold"], not an integer"#)
        #expect(try error("[person]\nattrs8 = [1]") == "mine.toml:3: attrs8 must list attribute names in quotes, not an integer")
    }

    @Test func namesPaletteAndKeep() throws {
        #expect(try error("name = 3") == "mine.toml:2: name must be a string, not an integer")
        #expect(try error("[palette]\nred = 1") == #"mine.toml:3: palette name "red" would hide the built-in colour of that name"#)
        #expect(try error("[palette]\nx = \"nope\"") == #"mine.toml:3: unknown colour "nope""#)
        #expect(try error("[person]\nfg = \"keep\"") == #"mine.toml:3: "keep" is only for marks; a role's fg is a colour or "default""#)
    }

    @Test func syntaxErrorsNameTheLine() throws {
        #expect(try error("[person]\nfg = 81\nbg 0") == #"mine.toml:4: expected '=' after the key "bg", found '0'"#)
        #expect(try error("[person]\nfg = 1.5") == "mine.toml:3: floats are not supported")
    }

    @Test func themesWithoutInheritsMustBeComplete() throws {
        let (library, user) = try ThemeFixtures.libraryWithUserFolder()
        let path = try user.write("bare.toml", "[text]\nfg = 1\n")
        let error = try #require(library.load("bare").themeError)
        #expect(error.description == path + #": missing [dim], [border], [border_focused], [pane_title], [pane_title_focused], [status_bar] and 34 more (a theme without "inherits" sets every role and mark)"#)
        try user.write("almost.toml", ThemeFixtures.completeTheme().replacingOccurrences(of: "[marks.search_current]\n", with: "[palette]\n"))
        #expect(library.load("almost").themeError?.problem == #"missing [marks.search_current] (a theme without "inherits" sets every role and mark)"#)
        try user.write("complete.toml", ThemeFixtures.completeTheme())
        #expect(library.load("complete").themeError == nil)
    }

    @Test func descriptionsStayOnOneLine() {
        let error = ThemeError(path: "/tmp/odd\nname.toml", line: 3, problem: "bad\rthing")
        #expect(error.description == #"/tmp/odd\nname.toml:3: bad\rthing"#)
        #expect(ThemeError(path: "/a.toml", problem: "x").description == "/a.toml: x")
        #expect(ThemeError(problem: "unknown theme").description == "unknown theme")
    }
}

extension Result {
    /// The failure, if this is one.
    var themeError: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
