import Testing
@testable import BylineCorpus

@Suite struct SearchPhraseMatcherTests {
    @Test func punctuationBetweenWordsDoesNotBreakAPhrase() {
        let matcher = SearchPhraseMatcher(words: ["oil", "price"], lastIsPrefix: false)
        #expect(matcher.matches("the OIL, price"))
        #expect(!matcher.matches("oil. The price"))
        #expect(matcher.spans(in: "oil price oil price").count == 2)
    }

    @Test func overlappingOccurrencesAreAllFound() {
        let matcher = SearchPhraseMatcher(words: ["a", "a"], lastIsPrefix: false)
        #expect(matcher.spans(in: "a a a").map(\.start) == [0, 2])
    }

    @Test func wordsThatFoldToTheFirstWordAreNotSkipped() {
        let matcher = SearchPhraseMatcher(words: ["uber", "alles"], lastIsPrefix: false)
        #expect(matcher.spans(in: "x Über alles") == [TextSpan(start: 2, end: 12)])
        #expect(!matcher.matches("xÜber alles"))
        #expect(matcher.matches("’Über’ alles"))
    }

    @Test func theLastWordCanBeAPrefix() {
        let matcher = SearchPhraseMatcher(words: ["oil", "pr"], lastIsPrefix: true)
        #expect(matcher.matches("Oil prices"))
        #expect(!matcher.matches("prices oil"))
    }

    /// The words of `text`, read one by one.
    private func tokens(_ text: String) -> [([UInt8], TextSpan)] {
        var text = text
        var tokens = [([UInt8], TextSpan)]()
        text.withUTF8 { bytes in
            SearchTokenizer.forEachToken(in: bytes) { term, token in
                tokens.append((Array(term), TextSpan(start: token.scalarStart, end: token.scalarEnd)))
                return true
            }
        }
        return tokens
    }

    @Test func agreesWithAPlainScanOnRandomText() {
        let pieces = ["a", "b", "ab", "Ab", "ä", "é", "e\u{301}", "’", "'", " ", " ", ", ", "-", "東", "\n\n", "ba", "B"]
        agreesWithAPlainScan(pieces: pieces, vocabulary: ["a", "b", "ab", "ba", "e", "東"], seed: 42)
    }

    /// Words after every byte around the ASCII letters (`@` `[` `` ` `` `{`),
    /// digits and punctuation: the skip to a word's first letter must stop
    /// at every word start, whatever the byte before it.
    @Test func agreesWithAPlainScanAroundLetterBoundaries() {
        let pieces = ["a", "A", "z", "Z", "@", "[", "`", "{", "_", "3", "x3", "(", "\"", " ", "\n", "ab", "Ab", "ba", "é", "aé"]
        agreesWithAPlainScan(pieces: pieces, vocabulary: ["a", "ab", "z", "3", "a3"], seed: 7)
    }

    /// Words of two and three letters, which the skip looks for two bytes
    /// at a time, next to letters that fold to theirs ("oïl" is `oil`).
    @Test func agreesWithAPlainScanForWordsOfSeveralLetters() {
        let pieces = ["o", "O", "i", "I", "l", "ï", "Ï", "oï", "oil", "OIL", "Oil", "oi", " ", "x", "\n", "é", "1", "-", "o\u{308}"]
        agreesWithAPlainScan(pieces: pieces, vocabulary: ["oil", "oi", "il", "io", "o1"], seed: 3)
    }

    private func agreesWithAPlainScan(pieces: [String], vocabulary: [String], seed start: UInt64) {
        var seed = start
        func random(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % n
        }
        for _ in 0..<3000 {
            let text = (0..<random(80)).map { _ in pieces[random(pieces.count)] }.joined()
            let words = (0..<(1 + random(3))).map { _ in vocabulary[random(vocabulary.count)] }
            let prefix = random(2) == 0
            let matcher = SearchPhraseMatcher(words: words, lastIsPrefix: prefix)
            let wanted = words.map { Array($0.utf8) }
            let list = tokens(text)
            var expected = [TextSpan]()
            if list.count >= words.count {
                for start in 0...(list.count - words.count) {
                    let ok = wanted.indices.allSatisfy { k in
                        let term = list[start + k].0
                        return prefix && k == wanted.count - 1 ? term.starts(with: wanted[k]) : term == wanted[k]
                    }
                    if ok { expected.append(TextSpan(start: list[start].1.start, end: list[start + words.count - 1].1.end)) }
                }
            }
            #expect(matcher.spans(in: text) == expected, "\(text.debugDescription) \(words) prefix: \(prefix)")
        }
    }

    /// Looking for a word stops at the limit, even in a long run of text
    /// the matcher skips without reading: an occurrence starting before it
    /// is found, one starting at or after it is not.
    @Test func noOccurrenceIsLookedForFromTheLimitOn() {
        let filler = String(repeating: "of the other people on politics ", count: 20)
        let text = filler + "oil prices rose; " + filler + "oil again"
        let first = filler.unicodeScalars.count
        for (word, prefix) in [("oil", false), ("oi", true), ("pric", true)] {
            let matcher = SearchPhraseMatcher(words: [word], lastIsPrefix: prefix)
            let start = word == "pric" ? first + 4 : first
            #expect(matcher.spans(in: text, startingBefore: start).isEmpty, "\(word)")
            #expect(matcher.spans(in: text, startingBefore: start + 1).map(\.start) == [start], "\(word)")
            #expect(matcher.spans(in: text).first?.start == start, "\(word)")
        }
        // With a window, nothing further than it after the first.
        let oil = SearchPhraseMatcher(words: ["oil"], lastIsPrefix: false)
        #expect(oil.spans(in: text, window: 100).map(\.start) == [first])
        #expect(oil.spans(in: text).count == 2)
        // Text before the limit that is not ASCII is read, not skipped.
        #expect(oil.spans(in: "Café " + filler + "oil", startingBefore: 5 + first + 1).map(\.start) == [5 + first])
    }
}
