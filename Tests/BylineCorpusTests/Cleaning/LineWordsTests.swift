import BylineTestSupport
import Testing
@testable import BylineCorpus

/// `LineWords` works on bytes with a table and a word-start summary; these
/// tests hold it to a plain reading of what it promises, over random lines.
@Suite struct LineWordsTests {
    /// Lines of words, digits, apostrophes, punctuation, spaces, tabs,
    /// capitals and non-ASCII letters, drawn the same every run.
    static let lines: [String] = {
        var random = SeededRandom(seed: 7)
        let pieces = ["Sign", "up", "sign-up", "NEWSLETTER", "news", "Read", "more", ":", " ", "  ", "\t", "don't",
                      "©", "(c)", "Copyright", "2024", "1.2K", "café", "Ünïcode", "—", "-", ".", "!", "'", "x", "Getty",
                      "Images", "click", "here", "all", "rights", "reserved", "ab", "a", "'s"]
        return (0..<600).map { _ in
            (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined(separator: Bool.random(using: &random) ? " " : "")
        }
    }()

    static func lowered(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// The words as the type documents them: runs of ASCII letters, digits,
    /// apostrophes and non-ASCII bytes, lower-cased.
    static func words(of line: String) -> [String] {
        let lower = line.utf8.map(lowered)
        return lower.split(whereSeparator: { b in
            !((b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x27 || b >= 0x80)
        }).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func lowerJoinedAndCountMatchThePlainReading() {
        for line in Self.lines {
            let words = LineWords(line)
            let expected = Self.words(of: line)
            #expect(words.lower == line.utf8.map(Self.lowered), "\(line)")
            #expect(words.joined == expected.joined(separator: " "), "\(line)")
            #expect(words.count == expected.count, "\(line)")
        }
    }

    @Test func phrasesAreFoundWhereverASearchFindsThem() {
        let phrases = ["sign up", "newsletter", "read more", "don't", "café", "all rights", "ab", "'s", "2024", "up"]
        for line in Self.lines {
            let words = LineWords(line)
            for phrase in phrases {
                let searched = words.lower.withUnsafeBufferPointer {
                    UTF8Search.contains($0, bytes: Array(phrase.utf8), atWordStart: true)
                }
                #expect(words.contains(anyOf: LineWords.Phrases([phrase])) == searched, "\(phrase) in \(line)")
            }
        }
    }

    @Test func beginningsAndEndsMatchStringComparisons() {
        let prefixes = ["sign up", "read more", "©", "(c) ", "copyright ", "getty images", "click here", "don't", "a"]
        for line in Self.lines {
            let words = LineWords(line)
            let trimmed = String(decoding: words.lower.drop(while: { $0 == 0x20 || $0 == 0x09 }), as: UTF8.self)
            for prefix in prefixes {
                let bytes = Array(prefix.utf8)
                #expect(words.startsWith(bytes) == trimmed.utf8.starts(with: prefix.utf8), "\(prefix) at \(line)")
                let wordsBegin = words.joined == prefix || words.joined.hasPrefix(prefix + " ")
                #expect(words.wordsBegin(with: bytes) == wordsBegin, "\(prefix) begins \(line)")
                #expect(words.wordsEnd(with: bytes) == words.joined.hasSuffix(prefix), "\(prefix) ends \(line)")
            }
            #expect(words.startsWith(anyOf: LineWords.Prefixes(prefixes))
                    == prefixes.contains { trimmed.utf8.starts(with: $0.utf8) })
        }
    }
}
