/// Substring search on UTF-8 bytes: much faster than Foundation's
/// `String.contains(_:)`, which goes through UTF-16 and locale-aware search.
enum UTF8Search {
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
