import Testing
@testable import BylineCorpus

/// The string-free token checks must say what the strings would.
@Suite struct TokenizedTextTests {
    static let samples = [
        "Mr Blair said: \"We will win,\" adding (in Paris) that O'Brien's firm - and ÉCOLE Polytechnique - agreed.",
        "ZOË Ball met İstanbul's mayor; the Kelvin sign \u{212A} and the Greek question mark \u{37E} stay apart.",
        "e\u{301}cole ‘quoted’ «guillemets» … ‑ done",
    ]

    static let words = [",", ";", ":", "(", ")", "-", "‑", "’", "to", "who", "said", "K", "mr", "Mr", "é", "école", ""]

    @Test(arguments: samples) func tokenIsSaysWhatStringEqualitySays(_ sample: String) {
        let text = TokenizedText(sample)
        for token in text.tokens {
            for word in Self.words {
                #expect(text.token(token, is: word) == (text.text(token) == word), "\(text.text(token)) is \(word)")
            }
        }
    }

    @Test(arguments: samples) func lowercasedTextIsTheLowercasedString(_ sample: String) {
        let text = TokenizedText(sample)
        for token in text.tokens {
            #expect(text.lowercasedText(token) == text.text(token).lowercased())
        }
        let all = (text.tokens.first!.start, text.tokens.last!.end)
        #expect(text.lowercasedText(all.0, all.1) == text.text(all.0, all.1).lowercased())
        #expect(text.lowercasedText(3, 3) == "")
    }

    @Test func canonicallyEquivalentScalarsAreTheSameWord() {
        let text = TokenizedText("a \u{37E} b")
        let mark = text.tokens[1]
        #expect(text.token(mark, is: ";"))
        #expect(!text.token(mark, is: ","))
    }

    @Test(arguments: ["", "a", "fifteen letters", "sixteen letters!", "Zoë", "São Paulo", "€100 and ¥5", "𝔸𝔹 ok",
                      "日本銀行の総裁", "e\u{301}cole", "a \u{1F1EC}\u{1F1E7} flag, fifteen+ bytes long"])
    func stringOfScalarsIsTheStringTheyMake(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        let made = TokenizedText.string(of: scalars)
        #expect(made == text)
        #expect(Array(made.utf8) == Array(text.utf8))
    }
}
