extension String {
    /// The parts of the string between single spaces, empty parts dropped:
    /// the words of a name as the analysis writes it ("Jeroen van der Veer").
    ///
    /// Split on the UTF-8 byte of a space rather than on Characters, which
    /// would walk grapheme clusters; a space is never inside another
    /// character's UTF-8 bytes.
    var spaceSeparatedWords: [String] {
        var words: [String] = []
        utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0
            for (k, byte) in bytes.enumerated() where byte == 0x20 {
                if k > start { words.append(String(decoding: bytes[start..<k], as: UTF8.self)) }
                start = k + 1
            }
            if bytes.count > start { words.append(String(decoding: bytes[start...], as: UTF8.self)) }
        } ?? { words = split(separator: " ").map(String.init) }()
        return words
    }

    /// The last of ``spaceSeparatedWords``, or nil when there is none.
    var lastSpaceSeparatedWord: String? {
        let bytes = utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == 0x20 { end = bytes.index(before: end) }
        guard end > bytes.startIndex else { return nil }
        var start = end
        while start > bytes.startIndex, bytes[bytes.index(before: start)] != 0x20 { start = bytes.index(before: start) }
        return String(self[start..<end])
    }
}
