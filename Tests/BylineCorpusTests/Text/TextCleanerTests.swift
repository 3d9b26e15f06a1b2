import Testing
@testable import BylineCorpus

@Suite struct TextCleanerTests {
    /// Compared as scalars: String equality would let NFC differences pass.
    private func document(_ text: String) -> [Unicode.Scalar] {
        scalars(TextCleaner.document(Array(text.utf8)))
    }

    private func inline(_ text: String, collapsingSpaces: Bool = false) -> [Unicode.Scalar] {
        scalars(TextCleaner.inline(text, collapsingSpaces: collapsingSpaces))
    }

    @Test func lineEndsBecomeNewlines() {
        #expect(document("one\r\ntwo\rthree\nfour\r\n\r\nfive") == scalars("one\ntwo\nthree\nfour\n\nfive"))
    }

    @Test func controlCharactersAreRemoved() {
        #expect(document("a\u{01}b\u{08}c\u{7F}d\u{85}e\u{9F}f\tg\nh") == scalars("abcdef\tg\nh"))
    }

    @Test func escapeSequencesAreRemovedWhole() {
        #expect(document("\u{1B}[31mred\u{1B}[0m") == scalars("red"))
        #expect(document("\u{1B}]0;title\u{07}Story") == scalars("Story"))
        #expect(document("\u{1B}]8;;https://example.com\u{1B}\\link\u{1B}]8;;\u{1B}\\") == scalars("link"))
        #expect(document("\u{9B}1;32mgreen") == scalars("green"))
        #expect(document("a\u{1B}(Bb") == scalars("ab"))
        #expect(document("\u{9D}0;title\u{07}Story") == scalars("Story"))
        #expect(inline("\u{1B}[1mBold\u{1B}[0m news") == scalars("Bold news"))
    }

    @Test func textIsPutInNFC() {
        #expect(document("Cafe\u{301} cre\u{300}me") == scalars("Café crème"))
        #expect(inline("Cafe\u{301}") == scalars("Café"))
    }

    @Test func inlineCollapsesLineEndsTabsAndNoBreakSpaces() {
        #expect(inline("one\ntwo\tthree\u{A0}four\r\n five") == scalars("one two three four five"))
        #expect(inline("  padded  ") == scalars("padded"))
    }

    @Test func inlineKeepsPlainSpaceRunsUnlessAsked() {
        #expect(inline("two  spaces") == scalars("two  spaces"))
        #expect(inline("two  spaces", collapsingSpaces: true) == scalars("two spaces"))
    }

    @Test func aCharacterToCleanIsFoundAtAnyPlaceOfALongLine() {
        // Lines are checked eight bytes at a time: put each kind of character
        // that must be cleaned at every place of the first words.
        let words = "Thirty two plain ASCII letters and more"
        for (dirty, clean) in [("\t", " "), ("\u{07}", ""), ("\u{7F}", ""), ("\u{A0}", " "), ("\u{200B}", "")] {
            for place in 1..<20 {
                var line = Array(words.unicodeScalars)
                line.insert(contentsOf: dirty.unicodeScalars, at: place)
                var expected = Array(words.unicodeScalars)
                expected.insert(contentsOf: clean.unicodeScalars, at: place)
                // White space next to a space collapses into it.
                let wanted = scalars(String(String.UnicodeScalarView(expected)).replacingOccurrences(of: "  ", with: " "))
                #expect(inline(String(String.UnicodeScalarView(line))) == wanted, "\(dirty.unicodeScalars.first!.value) at \(place)")
            }
        }
    }

    @Test func invisibleCharactersAreDropped() {
        #expect(inline("zero\u{200B}width") == scalars("zerowidth"))
        #expect(inline("co\u{AD}operate") == scalars("cooperate"))
        #expect(document("zero\u{200B}width") == scalars("zerowidth"))
    }

    @Test func cleanTextIsUnchanged() {
        let text = "“Quotes” — dashes, £5 and €3… naïve café"
        #expect(inline(text) == scalars(text))
        #expect(document(text + "\n\nSecond.") == scalars(text + "\n\nSecond."))
    }

    /// The check that lets clean documents skip the cleaner must never pass
    /// a document that the cleaner would change: every pair of pieces below,
    /// joined, gets the same result both ways.
    @Test func documentsSkippingTheCleanerAreThoseItWouldNotChange() {
        let pieces = [
            "plain", " ", "\n", "\t", "\r", "\u{1B}[1m", "\u{07}", "\u{7F}", "\u{85}", "\u{AD}", "£", "é",
            "\u{2000}", "\u{2001}", "\u{2002}", "\u{200B}", "\u{200D}", "\u{2013}", "’", "“", "…", "\u{2028}",
            "\u{2029}", "€", "\u{20BF}", "™", "\u{3000}", "\u{FEFF}", "e\u{301}", "Ω", "\u{212B}", "\u{F900}", "😀", "ǅ",
        ]
        var skipped = 0
        for first in pieces {
            for second in pieces {
                let bytes = Array((first + "x" + second + "y").utf8)
                let fast = TextCleaner.document(bytes)
                let full = TextCleaner.fullyCleanedDocument(bytes)
                #expect(scalars(fast) == scalars(full), "\(first.unicodeScalars.map(\.value)) \(second.unicodeScalars.map(\.value))")
                if TextCleaner.isCleanDocument(bytes) { skipped += 1 }
            }
        }
        #expect(skipped > 200)
    }

    /// Long runs of printable ASCII are checked eight bytes at a time: a
    /// piece the cleaner would change is still seen at every offset in them.
    @Test func documentsAreCheckedAtEveryOffsetOfALongLine() {
        let pieces = ["\u{1B}", "\u{07}", "\u{7F}", "\r", "\u{85}", "\u{200B}", "e\u{301}", "\u{FEFF}", "\u{1F}", "\u{0}"]
        let run = "The harbour reopened on Monday!"
        for piece in pieces {
            for offset in 0...run.utf8.count {
                let index = run.utf8.index(run.startIndex, offsetBy: offset)
                let bytes = Array((run[..<index] + piece + run[index...] + " and more words follow here.").utf8)
                #expect(!TextCleaner.isCleanDocument(bytes), "\(piece.unicodeScalars.map(\.value)) at \(offset)")
                #expect(scalars(TextCleaner.document(bytes)) == scalars(TextCleaner.fullyCleanedDocument(bytes)))
            }
        }
        #expect(TextCleaner.isCleanDocument(Array((run + "\n\n" + run + " £5 “quoted”").utf8)))
    }
}
