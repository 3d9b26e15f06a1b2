import Testing
@testable import BylineCorpus

@Suite struct TextDecodingTests {
    private func decoded(_ bytes: [UInt8]) -> (text: String, encoding: TextDecoding.Encoding)? {
        guard case .success(let result) = TextDecoding.utf8(from: bytes) else { return nil }
        return (String(decoding: result.bytes, as: UTF8.self), result.encoding)
    }

    @Test func utf8WithoutByteOrderMark() {
        let result = decoded(Array("Café costs £3".utf8))
        #expect(result?.text == "Café costs £3")
        #expect(result?.encoding == .utf8)
    }

    @Test func utf8ByteOrderMarkIsRemoved() {
        let result = decoded([0xEF, 0xBB, 0xBF] + Array("Café".utf8))
        #expect(result.map { scalars($0.text) } == scalars("Café"))
        #expect(result?.encoding == .utf8)
    }

    @Test func utf16LittleEndianWithByteOrderMark() {
        let units = Array("£5 “quoted” 😀".utf16)
        let bytes: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let result = decoded(bytes)
        #expect(result?.text == "£5 “quoted” 😀")
        #expect(result?.encoding == .utf16LittleEndian)
    }

    @Test func utf16BigEndianWithByteOrderMark() {
        let units = Array("£5 “quoted” 😀".utf16)
        let bytes: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let result = decoded(bytes)
        #expect(result?.text == "£5 “quoted” 😀")
        #expect(result?.encoding == .utf16BigEndian)
    }

    @Test func aUTF16MarkWithoutAnyNULAfterItIsAStrayPrefix() {
        // Two ASCII letters would otherwise become one CJK sign each.
        let plain = decoded([0xFF, 0xFE] + Array("Hello plain text\n\nCafé body.\n".utf8))
        #expect(plain?.text == "Hello plain text\n\nCafé body.\n")
        #expect(plain?.encoding == .utf8)
        let latin1 = decoded([0xFE, 0xFF] + Array("Price ".utf8) + [0xA3] + Array("5".utf8))
        #expect(latin1?.text == "Price £5")
        #expect(latin1?.encoding == .windows1252)
        // An odd-length UTF-16 file (its last byte cut) is still UTF-16.
        let units = Array("Cut short\n".utf16)
        let cut: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } + [0x41]
        #expect(decoded(cut)?.text == "Cut short\n")
        #expect(decoded(cut)?.encoding == .utf16LittleEndian)
    }

    @Test func invalidUTF8IsReadAsWindows1252() {
        let bytes: [UInt8] = [0x93] + Array("Tickets".utf8) + [0x94] + Array(" cost ".utf8) + [0xA3] + Array("5 ".utf8) + [0x96, 0x20, 0xE9]
        let result = decoded(bytes)
        #expect(result?.text == "“Tickets” cost £5 – é")
        #expect(result?.encoding == .windows1252)
    }

    @Test func stringFromBytes() {
        #expect((try? TextDecoding.string(from: [0xA3, 0x31]).get()) == "£1")
    }

    /// `string(from:)` takes a shorter way for UTF-8 than `utf8(from:)`: it
    /// must give the same text for every kind of input.
    @Test(arguments: [
        Array("Plain “quoted” café".utf8), [0xEF, 0xBB, 0xBF] + Array("Marked £5".utf8), [0xEF, 0xBB, 0xBF],
        [0x93, 0x48, 0x69, 0x94, 0x20, 0xE9], [0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00], [0xFE, 0xFF, 0x00, 0x48, 0x00, 0x69],
        [0xFF, 0xFE, 0x41, 0x42], [0xC3, 0x28], [],
    ] as [[UInt8]])
    func stringFromBytesIsTheDecodedBytes(_ bytes: [UInt8]) throws {
        let viaBytes = try TextDecoding.utf8(from: bytes).get().bytes
        #expect(try TextDecoding.string(from: bytes).get() == String(decoding: viaBytes, as: UTF8.self))
    }

    @Test func nulBytesMeanBinary() {
        #expect(throws: TextDecoding.Failure.binary) { try TextDecoding.utf8(from: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).get() }
        #expect(throws: TextDecoding.Failure.binary) { try TextDecoding.string(from: Array("text".utf8) + [0x00]).get() }
        let utf16WithNul: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00, 0x42, 0x00]
        #expect(throws: TextDecoding.Failure.binary) { try TextDecoding.utf8(from: utf16WithNul).get() }
    }
}
