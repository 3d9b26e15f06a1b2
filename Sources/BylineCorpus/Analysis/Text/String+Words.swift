extension String {
    /// The parts of the string between spaces, empty parts dropped: the
    /// words of a name as the analysis writes it ("Jeroen van der Veer").
    ///
    /// Split on the UTF-8 byte of a space rather than on Characters, which
    /// would walk grapheme clusters; a space is never inside another
    /// character's UTF-8 bytes. A name of one word is returned as it is.
    var spaceSeparatedWords: [String] {
        var text = self
        return text.withUTF8 { bytes in
            guard bytes.contains(0x20) else { return bytes.isEmpty ? [] : [self] }
            var words: [String] = []
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 {
                if end > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
                start = end + 1
            }
            return words
        }
    }

    /// Whether the string has a space (U+0020) in it: the words of a name.
    var containsSpace: Bool {
        var text = self
        return text.withUTF8 { $0.contains(0x20) }
    }

    /// The last of ``spaceSeparatedWords``, or nil when there is none.
    var lastSpaceSeparatedWord: String? {
        var text = self
        return text.withUTF8 { bytes in
            guard var end = bytes.lastIndex(where: { $0 != 0x20 }) else { return nil }
            end += 1
            var start = end - 1
            while start > 0 && bytes[start - 1] != 0x20 { start -= 1 }
            if start == 0 && end == bytes.count { return self }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }
}
