import Testing
@testable import BylineCorpus

@Suite struct SearchSnippetTests {
    private func snippet(_ text: String, _ query: String, width: Int = 40) -> SearchSnippet? {
        SearchSnippet.make(text: text, query: SearchQuery(parsing: query), width: width)
    }

    /// The highlighted parts of a snippet, as strings.
    private func marked(_ snippet: SearchSnippet) -> [String] {
        let scalars = Array(snippet.text.unicodeScalars)
        return snippet.highlights.map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    @Test func aShortTextIsWholeWithItsMatchesMarked() throws {
        let s = try #require(snippet("Oil prices rose.", "pri"))
        #expect(s.text == "Oil prices rose.")
        #expect(marked(s) == ["prices"])
    }

    @Test func aLongTextIsCutAroundTheFirstMatchAtWords() throws {
        let text = "Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor oil incididunt ut labore et dolore magna aliqua"
        let s = try #require(snippet(text, "oil "))
        #expect(s.text.hasPrefix("…"))
        #expect(s.text.hasSuffix("…"))
        #expect(s.text.unicodeScalars.count <= 40)
        #expect(marked(s) == ["oil"])
        #expect(s.text.contains("tempor oil"))
        // Cut at word boundaries: no partial word after the leading ellipsis.
        let firstWord = s.text.dropFirst().split(separator: " ").first.map(String.init)
        #expect(firstWord.map { text.contains(" " + $0 + " ") } == true)
    }

    @Test func theSnippetIsOneLine() throws {
        let s = try #require(snippet("Title here\n\nFirst  para\twith oil.\nNext", "oil", width: 80))
        #expect(s.text == "Title here First para with oil. Next")
        #expect(marked(s) == ["oil"])
    }

    @Test func everyMatchInTheWindowIsMarked() throws {
        let s = try #require(snippet("Oil and gas: oil, gas and more oil.", "oil gas", width: 80))
        #expect(marked(s) == ["Oil", "gas", "oil", "gas", "oil"])
    }

    @Test func phrasesAreMarkedWhole() throws {
        let s = try #require(snippet("The crude oil price fell.", "\"oil price\"", width: 80))
        #expect(marked(s) == ["oil price"])
    }

    @Test func aMatchCutByTheWidthIsMarkedUpToTheCut() throws {
        let s = try #require(snippet("Supercalifragilisticexpialidocious", "super", width: 10))
        #expect(s.text.unicodeScalars.count <= 10)
        #expect(s.text.hasSuffix("…"))
        #expect(marked(s) == ["Supercali"])
    }

    @Test func textPastALongRunOfSpaceAfterTheMatchStillMarksTheCut() throws {
        let spaces = String(repeating: " ", count: 500)
        let s = try #require(snippet("Oil prices rose." + spaces + "More text follows, and goes on well past the width of one line.", "oil", width: 40))
        #expect(s.text.hasPrefix("Oil prices rose. More"))
        #expect(s.text.hasSuffix("…"))
        let ended = try #require(snippet("Oil prices rose." + spaces, "oil", width: 40))
        #expect(ended.text == "Oil prices rose.")
    }

    @Test func noMatchInTheTextNoSnippet() {
        #expect(snippet("Nothing here", "oil") == nil)
        #expect(snippet("Blair spoke", "person:blair") == nil)
        #expect(snippet("Anything", "") == nil)
    }

    @Test func nonASCIITextKeepsOffsetsRight() throws {
        let s = try #require(snippet("“Élysée” café — naïve 東京 prices", "naive 東京", width: 80))
        #expect(marked(s) == ["naïve", "東京"])
    }

    @Test func decodingOnlyAroundTheMatchGivesTheSnippetOfTheWholeText() {
        let pieces = ["oil", "Oil", "price", "prices", "a", "the", "é", "Élysée", "東京", "’", " ", "  ", "\n", "\n\n", ", ",
                      "-", "\u{301}", "\t", "          ", "crude", "OIL", "\u{A0}", "\u{2003}", "\u{1}", "\u{85}", "😀", "\r\n"]
        let queries = ["o", "oi", "oil ", "oil p", "\"oil price\"", "pri", "e", "elysee", "東", "crude oil", "x"]
        var seed: UInt64 = 7
        func random(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % n
        }
        for _ in 0..<4000 {
            let text = (0..<random(160)).map { _ in pieces[random(pieces.count)] }.joined(separator: random(3) == 0 ? "" : " ")
            let query = SearchQuery(parsing: queries[random(queries.count)])
            let width = [5, 20, 40, 80][random(4)]
            #expect(SearchSnippet.make(text: text, query: query, width: width)
                    == SearchSnippet.makeFromWholeText(text: text, query: query, width: width), "\(text.debugDescription) \(width)")
        }
    }

    @Test func theBodyFoundInTheBytesIsTheBodyFoundByCharacters() {
        let texts = ["", "Title only", "Title\n", "Title\n\n\nBody", "Title\r\n\nBody", "Title\n\r\nBody", "Élysée\n\n\u{301}x",
                     "\n\nBody", "a\nb\nc", "东京\n\n\n", "Title\n \nBody"]
        for text in texts {
            let byCharacters: Substring = text.utf8.firstIndex(of: 0x0A).map { text[$0...].drop { $0 == "\n" } } ?? ""
            let body = SearchableCorpus.body(of: text)
            #expect(body == byCharacters, "\(text.debugDescription)")
            #expect(!text.contains("\n") || body.endIndex == text.endIndex, "\(text.debugDescription): a part of the text, to its end")
            #expect(body.utf8.count == byCharacters.utf8.count, "\(text.debugDescription)")
        }
    }

    @Test func aSnippetOfTheBodyInPlaceIsTheSnippetOfTheBodyCopied() {
        let titles = ["Oil price rises", "Élysée talks", "", "东京 prices"]
        let bodies = ["The oil price rose.", "\n\nCrude oil fell as prices eased, the café said.", "No match here at all.",
                      "“Élysée” café — naïve 東京 prices", "   \n  oil"]
        for title in titles {
            for body in bodies {
                let text = title + "\n\n" + body
                let copied = String(SearchableCorpus.body(of: text))
                for query in ["o", "oil p", "pri", "東", "elysee", "\"oil price\"", "zzz"] {
                    let parsed = SearchQuery(parsing: query)
                    for width in [5, 20, 80] {
                        let expected = SearchSnippet.make(text: copied, query: parsed, width: width)
                            ?? SearchSnippet.lead(of: copied, width: width)
                        #expect(SearchableCorpus.listSnippet(of: text, query: parsed, width: width) == expected, "\(text.debugDescription) \(query)")
                    }
                }
            }
        }
    }
}
