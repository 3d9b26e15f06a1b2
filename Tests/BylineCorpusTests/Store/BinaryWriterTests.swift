import Testing
@testable import BylineCorpus

/// A writer that hands its bytes over in blocks writes what one that keeps
/// them all does, and the checksum taken block by block is the whole one.
@Suite struct BinaryWriterTests {
    func write(_ writer: inout BinaryWriter) {
        for k in 0..<5000 {
            writer.unsigned(UInt64(k) * 977)
            writer.string("word \(k) ü 東京")
            writer.bool(k % 3 == 0)
            writer.fixed(UInt64(k) &* 0x9E37_79B9_7F4A_7C15)
            writer.uint32s((0..<(k % 7)).map { UInt32($0 * k) })
            writer.optionalString(k % 2 == 0 ? nil : "x")
            writer.blob(Array(repeating: UInt8(k & 0xFF), count: k % 13))
        }
    }

    @Test func blocksHandedOverMakeTheSameBytesAndChecksum() {
        var whole = BinaryWriter()
        write(&whole)
        for flushSize in [8, 13, 1000, 4096] {
            var handedOver: [UInt8] = []
            var sum = CorpusCache.Checksum()
            var sizes: [Int] = []
            var streamed = BinaryWriter(flushingEvery: flushSize) { block in
                handedOver.append(contentsOf: block)
                sum.add(words: block)
                sizes.append(block.count)
            }
            write(&streamed)
            #expect(streamed.count == whole.bytes.count)
            #expect(sizes.allSatisfy { $0 % 8 == 0 }, "blocks are whole words")
            #expect(!sizes.isEmpty)
            handedOver += streamed.bytes
            #expect(handedOver == whole.bytes, "flushing every \(flushSize)")
            streamed.bytes.withUnsafeBytes { rest in
                let words = rest.count & ~7
                sum.add(words: UnsafeRawBufferPointer(rebasing: rest[..<words]))
                sum.add(tail: UnsafeRawBufferPointer(rebasing: rest[words...]))
            }
            #expect(sum.hash == CorpusCache.checksum(whole.bytes))
        }
    }
}
