import Testing
@testable import BylineCorpus

/// The evidence's table of word counts: counts add up, survive growing and
/// merging, and a word never added is not there.
@Suite struct WordCaseCountsTests {
    @Test func countsAddUpThroughGrowth() throws {
        var table = WordCaseCounts(capacity: 2)
        for key in UInt64(1)...5_000 {
            table.add(key &* 0x9E37_79B9_7F4A_7C15, lowerCase: 1, capitalised: 0)
            table.add(key &* 0x9E37_79B9_7F4A_7C15, lowerCase: 0, capitalised: Int32(key % 3))
        }
        #expect(table.count == 5_000)
        let counts = try #require(table.counts(of: 7 &* 0x9E37_79B9_7F4A_7C15))
        #expect(counts.lowerCase == 1 && counts.capitalised == 1)
        #expect(table.counts(of: 5_001 &* 0x9E37_79B9_7F4A_7C15) == nil)
    }

    @Test func mergingAddsEveryCount() throws {
        var a = WordCaseCounts(), b = WordCaseCounts()
        a.add(10, lowerCase: 2, capitalised: 1)
        b.add(10, lowerCase: 1, capitalised: 4)
        b.add(20, lowerCase: 0, capitalised: 3)
        a.merge(b)
        #expect(a.count == 2)
        #expect(try #require(a.counts(of: 10)) == (3, 5))
        #expect(try #require(a.counts(of: 20)) == (0, 3))
        var empty = WordCaseCounts()
        empty.merge(a)
        #expect(empty.count == 2)
    }

    @Test func aKeyOfZeroIsKept() throws {
        var table = WordCaseCounts()
        table.add(0, lowerCase: 1, capitalised: 0)
        #expect(try #require(table.counts(of: 0)) == (1, 0))
    }
}
