import Testing
@testable import BylineCorpus

@Suite struct WordTableTests {
    @Test func findsWhatADictionaryFinds() {
        // Words of every length around the eight-byte steps, non-ASCII, and near misses.
        var entries: [(String, Int)] = []
        for (k, word) in ["", "a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "Prime Minister", "prime minister",
                          "chief executive officer", "São Paulo", "東京", "Zürich", "U.S.", "US", "us"].enumerated() {
            entries.append((word, k))
        }
        for n in 0..<3000 { entries.append(("word\(n)", 100 + n)) }
        let table = WordTable(entries)
        var expected: [String: Int] = [:]
        for (word, value) in entries where expected[word] == nil { expected[word] = value }
        #expect(table.count == expected.count)
        for (word, value) in expected { #expect(table[word] == value, "\(word)") }
        for missing in ["abcdefgh ", "Abcdefgh", "u.s.", "word3000", "word", "São", "Zurich", "東"] {
            #expect(table[missing] == nil, "\(missing)")
        }
    }

    @Test func theFirstValueOfAWordGivenTwiceIsKept() {
        let table = WordTable([("Georgia", "country"), ("Georgia", "state"), ("Perth", "Australia")])
        #expect(table.count == 2)
        #expect(table["Georgia"] == "country")
        #expect(Set(table.words) == ["Georgia", "Perth"])
    }

    @Test func aSetOfWords() {
        let heads = WordTable(words: ["bank", "council", "bank"])
        #expect(heads.contains("bank") && heads.contains("council"))
        #expect(!heads.contains("Bank") && !heads.contains("banks"))
    }
}
