import BylineUI
import BylineTestSupport
import Testing

/// Bad input gives the line, column and a short problem, never a crash.
@Suite struct ThemeTOMLErrorTests {
    /// The error parsing `text` throws.
    func error(_ text: String) -> TOMLError? {
        do {
            _ = try TOMLDocument(parsing: text)
            return nil
        } catch {
            return error
        }
    }

    @Test func missingEqualsSign() {
        let found = error("a = 1\nperson fg\n")
        #expect(found == TOMLError(line: 2, column: 8, problem: #"expected '=' after the key "person", found 'f'"#))
        #expect(found?.description == #"line 2, column 8: expected '=' after the key "person", found 'f'"#)
    }

    @Test func stringProblems() {
        #expect(error("a = \"open\nb = 1")?.problem == "unterminated string (started at column 5)")
        #expect(error("a = 'open")?.line == 1)
        #expect(error(#"a = "bad \q escape""#)?.problem == #"unknown escape \q in a string"#)
        #expect(error(#"a = "\u12""#)?.problem == #"\u needs 4 hex digits"#)
        #expect(error(#"a = "\uD800""#)?.problem == #"\u escape is not a Unicode character"#)
        #expect(error("a = \"bell\u{07}\"")?.problem == "character U+0007 in a string (write it as an escape)")
    }

    @Test func unsupportedSyntaxIsNamed() {
        #expect(error("a = 3.14")?.problem == "floats are not supported")
        #expect(error("a = 1e6")?.problem == "floats are not supported")
        #expect(error("a = -inf")?.problem == "floats are not supported")
        #expect(error("a = 1979-05-27")?.problem == "dates and times are not supported")
        #expect(error("a = 07:32:00")?.problem == "dates and times are not supported")
        #expect(error("a = { fg = 1 }")?.problem == "inline tables ({…}) are not supported; use a [table] header")
        #expect(error("[[themes]]")?.problem == "arrays of tables ([[…]]) are not supported")
        #expect(error(#"a = """multi""""#)?.problem == #"multi-line strings ("""…""") are not supported"#)
        #expect(error("a = '''multi'''")?.problem == "multi-line strings ('''…''') are not supported")
    }

    @Test func badValues() {
        #expect(error("fg = blurple")?.problem == #"unknown value "blurple" (strings need quotes)"#)
        #expect(error("a = 007")?.problem == "integers cannot have leading zeros")
        #expect(error("a = 1__0")?.problem == #"invalid integer "1__0""#)
        #expect(error("a = 99999999999999999999")?.problem == #"integer "99999999999999999999" is too large"#)
        #expect(error("a = 0xfffffffffffffffff")?.problem == #"integer "0xfffffffffffffffff" is too large"#)
        #expect(error("a = -0xff")?.problem == "a 0x integer cannot have a sign")
        #expect(error("a =")?.problem == "missing value at the end of the file")
        #expect(error("a = # nothing")?.problem == "missing value after '='")
        #expect(error("a = 1 2")?.problem == "expected the end of the line after the value, found '2'")
        #expect(error("a = @")?.problem == "expected a value (a string, integer, true/false or array), found '@'")
    }

    @Test func arrayProblems() {
        let unterminated = error("a = [\n  1,\n  2\n")
        #expect(unterminated?.problem == "unterminated array (opened on line 1)")
        #expect(unterminated?.line == 4)
        #expect(error("a = [1 2]")?.problem == "expected ',' or ']' in the array, found '2'")
        #expect(error("a = [,]")?.line == 1)
        let deep = String(repeating: "[", count: 100)
        #expect(error("a = " + deep)?.problem == "arrays nested more than 32 deep")
    }

    @Test func duplicatesAndConflicts() {
        #expect(error("a = 1\na = 2") == TOMLError(line: 2, column: 1, problem: #""a" is set twice"#))
        #expect(error("[t]\n[t]")?.problem == "the table [t] is defined twice")
        #expect(error("[t]\nx = 1\n[t.x]")?.problem == #""t.x" is already set to a value, it cannot also be a table"#)
        #expect(error("a = 1\na.b = 2")?.problem == #""a" is set to a value, it cannot hold keys"#)
        #expect(error("[a.b]\n[a]\nb = 1")?.problem == #""a.b" is a table, it cannot also be set to a value"#)
    }

    @Test func headerProblems() {
        #expect(error("[person")?.problem == "expected ']' to close the table header, found the end of the file")
        #expect(error("[]")?.problem == "expected a key, found ']'")
        #expect(error("[person] fg = 1")?.problem == "expected the end of the line after the table header, found 'f'")
    }

    @Test func columnsCountCharacters() {
        #expect(error("\"é\" = 1 x")?.column == 9)
    }

    @Test func bytesThatAreNotText() {
        let bytes = Array("a = 1\nb = 2\nc = \"".utf8) + [0xFF, 0xFE] + Array("\"\n".utf8)
        #expect(throws: TOMLError(line: 3, column: 1, problem: "the file is not UTF-8 text")) {
            try TOMLDocument(parsing: bytes)
        }
        #expect(error("a = 1\u{0}")?.problem == "expected the end of the line after the value, found character U+0000")
        #expect(error("# comment \u{1}")?.problem == "character U+0001 in a comment")
        #expect(error("a = 1\rb = 2")?.problem == "carriage return without a line feed")
    }

    /// A megabyte of garbage fails at once, whatever it is made of.
    @Test(arguments: ["random", "brackets", "word", "key", "quotes"])
    func megabyteOfGarbageFailsFast(kind: String) throws {
        let size = 1 << 20
        var generator = SeededRandom(seed: 42)
        let bytes: [UInt8]
        switch kind {
        case "random": bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
        case "brackets": bytes = Array("a = ".utf8) + Array(repeating: UInt8(ascii: "["), count: size)
        case "word": bytes = Array(repeating: UInt8(ascii: "a"), count: size)
        case "key": bytes = Array("a = \"".utf8) + Array(repeating: UInt8(ascii: "x"), count: size)
        default: bytes = Array(repeating: UInt8(ascii: "\""), count: size)
        }
        let clock = ContinuousClock()
        let start = clock.now
        #expect(throws: TOMLError.self) { try TOMLDocument(parsing: bytes) }
        #expect(clock.now - start < .seconds(2))
    }
}
