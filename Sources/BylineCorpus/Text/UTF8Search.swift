import Foundation

/// Substring search on UTF-8 bytes: much faster than Foundation's
/// `String.contains(_:)`, which goes through UTF-16 and locale-aware search.
enum UTF8Search {
    /// The offset of the first `byte` in `bytes[start..<end]` (by `memchr`),
    /// nil when there is none.
    @inline(__always)
    static func offset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, to end: Int? = nil) -> Int? {
        let end = end ?? bytes.count
        guard let base = bytes.baseAddress, start < end, let found = memchr(base + start, Int32(byte), end - start) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// Whether the UTF-8 of `text` contains `needle`.
    static func contains(_ text: String, _ needle: String) -> Bool {
        var text = text
        return text.withUTF8 { contains($0, bytes: Array(needle.utf8), atWordStart: false) }
    }

    /// Whether `haystack` contains the bytes `pattern`; with `atWordStart`,
    /// only where the match begins a word (it may end inside one:
    /// "newsletter" is in "newsletters", "sign up" is not in "design update").
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, bytes pattern: [UInt8], atWordStart: Bool) -> Bool {
        guard let first = pattern.first, pattern.count <= haystack.count else { return false }
        return pattern.withUnsafeBufferPointer { pattern in
            let last = haystack.count - pattern.count
            var i = 0
            while i <= last {
                if haystack[i] == first && (!atWordStart || i == 0 || !LineWords.isWordByte(haystack[i - 1])) {
                    var j = 1
                    while j < pattern.count && haystack[i + j] == pattern[j] { j += 1 }
                    if j == pattern.count { return true }
                }
                i += 1
            }
            return false
        }
    }
}
