import Foundation

/// Makes text safe and uniform before anything else sees it.
///
/// - Line ends become `\n` (CRLF and lone CR included).
/// - Control characters are removed: C0 except tab and newline, DEL, C1, and
///   whole escape sequences (CSI, OSC, DCS and two-byte `ESC x`), so that no
///   article can ever drive the terminal that displays it.
/// - Text is put in Unicode Normalization Form C.
public enum TextCleaner {
    /// Cleans a whole document, keeping its line structure.
    public static func document(_ utf8: [UInt8]) -> String {
        let cleaned = clean(utf8, inline: false, keepSpaceRuns: true)
        return normalized(cleaned)
    }

    /// Cleans one run of text for display on a single logical line: controls
    /// removed as in ``document(_:)``, white space that includes a line end,
    /// tab or no-break space collapsed to one space, invisible format
    /// characters dropped, ends trimmed. Runs of plain spaces are kept as
    /// written unless `collapsingSpaces` (HTML, where they mean nothing).
    public static func inline(_ text: String, collapsingSpaces: Bool = false) -> String {
        if isCleanASCIILine(text, allowingSpaceRuns: !collapsingSpaces) { return text }
        return normalized(clean(Array(text.utf8), inline: true, keepSpaceRuns: !collapsingSpaces))
    }

    /// True when `text` is printable ASCII with trimmed ends (and single
    /// inner spaces, unless runs are allowed): the common case, which needs no copy.
    private static func isCleanASCIILine(_ text: String, allowingSpaceRuns: Bool) -> Bool {
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            if byte < 0x20 || byte >= 0x7F { return false }
            if byte == 0x20 && previous == 0x20 && !allowingSpaceRuns { return false }
            previous = byte
        }
        if text.utf8.first == 0x20 { return false }
        return previous != 0x20 || text.isEmpty
    }

    private static func normalized(_ bytes: [UInt8]) -> String {
        let string = String(decoding: bytes, as: UTF8.self)
        // Only non-ASCII text can be un-normalized.
        if bytes.allSatisfy({ $0 < 0x80 }) { return string }
        return string.precomposedStringWithCanonicalMapping
    }

    private static func clean(_ input: [UInt8], inline: Bool, keepSpaceRuns: Bool) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(input.count)
        input.withUnsafeBufferPointer { s in
            let n = s.count
            var i = 0
            // White space seen since the last character (inline mode only):
            // plain spaces, and whether a line end, tab or other space was among them.
            var pendingSpaces = 0
            var pendingBreak = false
            @inline(__always) func emit(_ b: UInt8) {
                if inline && (pendingSpaces > 0 || pendingBreak) && !out.isEmpty {
                    let count = keepSpaceRuns && !pendingBreak ? pendingSpaces : 1
                    for _ in 0..<count { out.append(0x20) }
                }
                pendingSpaces = 0
                pendingBreak = false
                out.append(b)
            }
            /// White space other than a plain space: a line end, tab or no-break space.
            @inline(__always) func whiteSpace(_ documentByte: UInt8) {
                if inline { pendingBreak = true } else { out.append(documentByte) }
            }
            while i < n {
                let b = s[i]
                switch b {
                case 0x0A:
                    whiteSpace(0x0A)
                    i += 1
                case 0x0D:
                    whiteSpace(0x0A)
                    i += (i + 1 < n && s[i + 1] == 0x0A) ? 2 : 1
                case 0x09:
                    whiteSpace(0x09)
                    i += 1
                case 0x20:
                    if inline { pendingSpaces += 1 } else { out.append(0x20) }
                    i += 1
                case 0x1B:
                    i = skipEscapeSequence(s, from: i + 1)
                case 0x00..<0x20, 0x7F:
                    i += 1
                case 0xC2 where i + 1 < n && s[i + 1] >= 0x80 && s[i + 1] <= 0xA0:
                    // C1 controls U+0080–U+009F; U+009B (CSI) and U+009D (OSC)
                    // start sequences like ESC [ and ESC ].
                    let c = s[i + 1]
                    if c == 0xA0 { whiteSpace(0x20); i += 2; break }
                    if c == 0x9B { i = skipEscapeSequence(s, from: i + 1, introducer: UInt8(ascii: "[")) }
                    else if c == 0x9D { i = skipEscapeSequence(s, from: i + 1, introducer: UInt8(ascii: "]")) }
                    else { i += 2 }
                case 0xC2 where inline && i + 1 < n && s[i + 1] == 0xAD:
                    i += 2  // soft hyphen: invisible, and it splits words for search
                case 0xE2 where inline && i + 2 < n && s[i + 1] == 0x80 && (s[i + 2] >= 0x80 && s[i + 2] <= 0x8A || s[i + 2] == 0xAF):
                    whiteSpace(0x20); i += 3  // U+2000–U+200A and U+202F spaces
                case 0xE2 where i + 2 < n && s[i + 1] == 0x80 && (s[i + 2] == 0x8B || s[i + 2] == 0xA8 || s[i + 2] == 0xA9):
                    // zero-width space (dropped); line and paragraph separators
                    if s[i + 2] != 0x8B { whiteSpace(0x0A) }
                    i += 3
                case 0xEF where i + 2 < n && s[i + 1] == 0xBB && s[i + 2] == 0xBF:
                    i += 3  // stray byte-order mark / zero-width no-break space
                case 0xE3 where inline && i + 2 < n && s[i + 1] == 0x80 && s[i + 2] == 0x80:
                    whiteSpace(0x20); i += 3  // ideographic space
                default:
                    emit(b)
                    i += 1
                }
            }
        }
        return out
    }

    /// Returns the index after an escape sequence whose ESC (or C1
    /// introducer) ended just before `start`.
    private static func skipEscapeSequence(_ s: UnsafeBufferPointer<UInt8>, from start: Int, introducer: UInt8? = nil) -> Int {
        let n = s.count
        var i = start
        let kind: UInt8
        if let introducer {
            kind = introducer
            i += 1  // past the second byte of the two-byte C1 character
        } else {
            guard i < n else { return i }
            kind = s[i]
            i += 1
        }
        switch kind {
        case UInt8(ascii: "["):
            // CSI: parameter and intermediate bytes, then one final byte.
            while i < n && s[i] >= 0x20 && s[i] <= 0x3F { i += 1 }
            while i < n && s[i] >= 0x20 && s[i] <= 0x2F { i += 1 }
            if i < n && s[i] >= 0x40 && s[i] <= 0x7E { i += 1 }
            return i
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_"):
            // String sequences end at BEL or ST (ESC \); a newline also ends
            // them here so that a broken sequence cannot swallow the article.
            while i < n {
                let b = s[i]
                if b == 0x07 { return i + 1 }
                if b == 0x1B { return (i + 1 < n && s[i + 1] == UInt8(ascii: "\\")) ? i + 2 : i }
                if b == 0x0A || b == 0x0D { return i }
                i += 1
            }
            return i
        default:
            // ESC, optional intermediates, one final byte.
            var j = i - 1
            while j < n && s[j] >= 0x20 && s[j] <= 0x2F { j += 1 }
            if j < n && s[j] >= 0x30 && s[j] <= 0x7E { j += 1 }
            return j
        }
    }
}
