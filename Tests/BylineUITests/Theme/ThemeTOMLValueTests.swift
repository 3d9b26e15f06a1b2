import BylineUI
import Testing

/// Each kind of value the TOML subset reads.
@Suite struct ThemeTOMLValueTests {
    func value(_ line: String) throws -> TOMLValue? {
        try TOMLDocument(parsing: line)["a"]
    }

    @Test func basicStringsWithEscapes() throws {
        #expect(try value(#"a = "plain""#) == .string("plain"))
        #expect(try value(#"a = "tab\there \"q\" back\\slash""#) == .string("tab\there \"q\" back\\slash"))
        #expect(try value(#"a = "\u00e9\U0001F600\n\e""#) == .string("é😀\n\u{1B}"))
        #expect(try value(#"a = """#) == .string(""))
        #expect(try value("a = \"naïve # not a comment\"") == .string("naïve # not a comment"))
    }

    @Test func literalStringsKeepBackslashes() throws {
        #expect(try value(#"a = 'C:\themes\dark'"#) == .string(#"C:\themes\dark"#))
        #expect(try value("a = '#5fd7ff'") == .string("#5fd7ff"))
    }

    @Test func integers() throws {
        #expect(try value("a = 42") == .integer(42))
        #expect(try value("a = -17") == .integer(-17))
        #expect(try value("a = +3") == .integer(3))
        #expect(try value("a = 0") == .integer(0))
        #expect(try value("a = 1_000") == .integer(1000))
        #expect(try value("a = 0xff") == .integer(255))
        #expect(try value("a = 0o17") == .integer(15))
        #expect(try value("a = 0b101") == .integer(5))
    }

    @Test func booleans() throws {
        #expect(try value("a = true") == .boolean(true))
        #expect(try value("a = false") == .boolean(false))
    }

    @Test func arrays() throws {
        #expect(try value("a = []") == .array([]))
        #expect(try value(#"a = ["bold", "underline"]"#) == .array([.string("bold"), .string("underline")]))
        #expect(try value("a = [1, [2, 3]]") == .array([.integer(1), .array([.integer(2), .integer(3)])]))
        let multiLine = """
        a = [
            "bold",     # a comment
            'italic',

            "underline",  # trailing comma
        ]
        b = 1
        """
        let document = try TOMLDocument(parsing: multiLine)
        #expect(document["a"] == .array([.string("bold"), .string("italic"), .string("underline")]))
        #expect(document.entry(at: ["b"])?.line == 7)
    }

    @Test func tablesAndKeys() throws {
        let text = """
        # A comment line
        top = 1

        [person]            # a table
        fg = 81
        "quoted key" = 'x'
        [marks.search_match]
        bg = 58
        [palette]
        sky-blue = 117
        dotted.key = 2
        """
        let document = try TOMLDocument(parsing: text)
        #expect(document["top"] == .integer(1))
        #expect(document["person", "fg"] == .integer(81))
        #expect(document["person", "quoted key"] == .string("x"))
        #expect(document["marks", "search_match", "bg"] == .integer(58))
        #expect(document["palette", "sky-blue"] == .integer(117))
        #expect(document["palette", "dotted", "key"] == .integer(2))
        #expect(document.entry(at: ["person", "fg"])?.line == 5)
        #expect(document.entry(at: ["person", "fg"])?.column == 1)
        #expect(document.tables.map(\.path) == [["person"], ["marks", "search_match"], ["palette"]])
        #expect(document.tables.map(\.line) == [4, 7, 9])
        #expect(document.hasTable(["marks"]))
        #expect(!document.hasTable(["place"]))
    }

    @Test func lineEndingsAndByteOrderMark() throws {
        let document = try TOMLDocument(parsing: Array("\u{FEFF}a = 1\r\n\r\nb = 'two'\r\n".utf8))
        #expect(document["a"] == .integer(1))
        #expect(document["b"] == .string("two"))
        #expect(document.entry(at: ["b"])?.line == 3)
    }

    @Test func emptyDocuments() throws {
        #expect(try TOMLDocument(parsing: "").entries.isEmpty)
        #expect(try TOMLDocument(parsing: "# only a comment\n\n   \n").entries.isEmpty)
    }
}
