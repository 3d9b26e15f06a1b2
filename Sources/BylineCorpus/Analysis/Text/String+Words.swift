extension String {
    /// The parts of the string between spaces, empty parts dropped: the
    /// words of a name as the analysis writes it ("Jeroen van der Veer").
    ///
    /// Split on the UTF-8 byte of a space rather than on Characters, which
    /// would walk grapheme clusters; a space is never inside another
    /// character's UTF-8 bytes.
    var spaceSeparatedWords: [String] {
        // Split through a buffer pointer: about half the instructions of a split of the view.
        utf8.withContiguousStorageIfAvailable { $0.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) } }
            ?? split(separator: " ").map(String.init)
    }

    /// The last of ``spaceSeparatedWords``, or nil when there is none.
    var lastSpaceSeparatedWord: String? {
        let bytes = utf8
        guard let end = bytes.lastIndex(where: { $0 != 0x20 }) else { return nil }
        let start = bytes[..<end].lastIndex(of: 0x20).map(bytes.index(after:)) ?? bytes.startIndex
        return String(self[start...end])
    }
}
