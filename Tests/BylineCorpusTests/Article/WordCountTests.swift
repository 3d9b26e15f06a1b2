import Testing
@testable import BylineCorpus
import BylineTestSupport

struct WordCountTests {
    /// Bytes that decide word counts: separators, letters and digits at the
    /// edges of their ranges, lead bytes around 0xC3, 0xE2 and 0xE3, and
    /// continuation bytes around 0x81 and 0xBF.
    static let telling: [UInt8] = [0x20, 0x0A, 0x09, 0x0D, 0x00, 0x2F, 0x30, 0x39, 0x3A, 0x40, 0x41, 0x5A, 0x5B, 0x60,
                                   0x61, 0x7A, 0x7B, 0x7F, 0x10, 0x19, 0x80, 0x81, 0xBF, 0xC0, 0xC2, 0xC3, 0xE1, 0xE2,
                                   0xE3, 0xE4, 0xF0, 0xFF, 0x2D, 0x2E]

    private func fast(_ bytes: [UInt8]) -> Int { bytes.withUnsafeBufferPointer { Article.wordCount(in: $0) } }
    private func slow(_ bytes: [UInt8]) -> Int { bytes.withUnsafeBufferPointer { Article.wordCountByteByByte(in: $0) } }

    @Test func eightAtATimeEqualsByteByByteOnRandomBytesOfEveryLength() {
        var generator = SeededRandom(seed: 6)
        for length in 0...70 {
            for _ in 0..<300 {
                let bytes = (0..<length).map { _ in Self.telling[Int(generator.next() % UInt64(Self.telling.count))] }
                #expect(fast(bytes) == slow(bytes), "\(bytes)")
            }
        }
        for _ in 0..<2000 {
            let bytes = (0..<Int(generator.next() % 200)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            #expect(fast(bytes) == slow(bytes), "\(bytes)")
        }
    }

    @Test func everyByteAloneAndBetweenSeparatorsAndAfterE3() {
        for byte in 0...255 {
            let b = UInt8(byte)
            for bytes in [[b], [0x20, b, 0x20], [0xE3, b], [0x61, 0x20, 0xE3, b, 0x0A], [UInt8](repeating: 0x20, count: 7) + [0xE3, b]] {
                #expect(fast(bytes) == slow(bytes), "\(bytes)")
            }
        }
    }

    @Test func countsWordsOfText() {
        let text = "東京の市場は上昇した。 Stocks rose 8,200 — café …\nend"
        #expect(fast(Array(text.utf8)) == 6)
        #expect(slow(Array(text.utf8)) == 6)
    }
}
